// What a person sees of the cascade in the progress panel, installed from the .vsix: the rollup KR
// says what it rolls up, the "Alignment" graph draws every objective and KR (screenshot
// test-results/e2e-alignment-graph.png), and clicking a box opens its YAML. Same shape as checks.mjs.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { testResultsDir } from '../../scripts/lib/paths.mjs';
import { UI_TIMEOUT_MS } from './workbench.mjs';

const OKR_FILES = ['company.okr.yaml', 'engineering.okr.yaml', 'teams/platform.okr.yaml', 'teams/growth.okr.yaml'];

/** Every objective and KR id the examples define, read from the files the workbench opened. */
function exampleIds(workspace) {
  const ids = OKR_FILES.flatMap((file) => [...fs.readFileSync(path.join(workspace, file), 'utf8').matchAll(/^\s*- id: (\S+)/gm)].map((m) => m[1]));
  return new Set(ids);
}

/** Runs in the webview: resolves once the element shows all its content (the window has grown). */
function untilNothingScrolls(element) {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 20_000;
    const check = () => {
      if (element.scrollWidth <= element.clientWidth) resolve();
      else if (Date.now() > deadline) reject(new Error(`still scrolls: ${element.scrollWidth} > ${element.clientWidth}`));
      else requestAnimationFrame(check);
    };
    check();
  });
}

export const alignmentChecks = [
  {
    name: 'the progress panel shows the rollup KR and the alignment graph of the examples',
    async run({ workbench, page, workspace }) {
      // The status bar item appears once the extension is active; it opens the panel.
      const item = page.locator('.part.statusbar .statusbar-item a[aria-label^="OKRs 2026-Q4"]');
      await item.waitFor({ timeout: UI_TIMEOUT_MS });
      await item.click();
      const frame = workbench.webviewFrame();
      const rollup = frame.locator('li.kr[data-kr="CO-2.1"] .chip.rollup');
      await rollup.waitFor({ timeout: UI_TIMEOUT_MS });
      assert.equal(await rollup.innerText(), 'rollup of 4');

      // The whole window for the panel, and a window as wide as the graph, for a picture of all of it.
      await workbench.runCommandSettled('View: Close Editors in Other Groups');
      await workbench.runCommandSettled('View: Toggle Primary Side Bar Visibility');
      await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
      const viewport = page.viewportSize();
      const graphWidth = await frame.locator('.alignment-graph svg').evaluate((svg) => svg.getBoundingClientRect().width);
      await page.setViewportSize({ width: Math.ceil(graphWidth) + 120, height: viewport.height });
      await frame.locator('.alignment-graph').evaluate(untilNothingScrolls);
      const section = frame.locator('section.alignment');
      await section.scrollIntoViewIfNeeded({ timeout: UI_TIMEOUT_MS });
      const nodes = frame.locator('.alignment-graph svg.okr-alignment-graph .node');
      const ids = await nodes.evaluateAll((all) => all.map((node) => node.getAttribute('data-id')));
      assert.deepEqual(new Set(ids), exampleIds(workspace));
      assert.match(await frame.locator('.node[data-id="CO-2.1"]').getAttribute('class'), /status-(on-track|at-risk|off-track|done)/);
      await section.screenshot({ path: path.join(testResultsDir, 'e2e-alignment-graph.png') });
      await page.setViewportSize(viewport);
      await workbench.runCommandSettled('View: Toggle Primary Side Bar Visibility');
    },
  },
  {
    name: 'clicking a box of the alignment graph opens its OKR file',
    async run({ workbench, page }) {
      const frame = workbench.webviewFrame();
      if ((await frame.locator('.alignment-graph').count()) === 0) await workbench.runCommandSettled('OKR: Show Progress');
      const node = frame.locator('.alignment-graph .node[data-id="PLAT-1.1"]');
      await node.waitFor({ timeout: UI_TIMEOUT_MS });
      await node.scrollIntoViewIfNeeded();
      await node.click();
      await page.locator('.tabs-container .tab.active', { hasText: 'platform.okr.yaml' }).waitFor({ timeout: UI_TIMEOUT_MS });
      const selected = page.locator('.editor-instance .monaco-editor .selected-text');
      await selected.first().waitFor({ timeout: UI_TIMEOUT_MS });
      const line = page.locator('.editor-instance .monaco-editor .view-line', { hasText: '- id: PLAT-1.1' });
      await line.waitFor({ timeout: UI_TIMEOUT_MS });
    },
  },
];
