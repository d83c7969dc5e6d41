// The panel's Alignment graph in real headless Chromium: it renders under the strict CSP (the graph
// CSS arrives through the nonce'd <style>), hostile titles stay text, and clicking or pressing
// Enter on a node asks the extension to reveal it.
import { strict as assert } from 'assert';

import { openPanel, PanelPage, sharedBrowser } from './chromium';
import { BLOCKED_OPS, exampleWorkspace, HOSTILE, LATE_Q4, modelsOf, XSS, wholeBody } from './fixtures';

function bodyOf(extra: Record<string, string>): string {
  const workspace = exampleWorkspace(extra);
  return wholeBody(modelsOf(workspace), workspace.progress(LATE_Q4), workspace.cascade());
}

const idCount = (extra: Record<string, string>) => exampleWorkspace(extra).idIndex().size;

const reveals = async (panel: PanelPage) => ((await panel.posted()) as { type: string }[]).filter((m) => m.type === 'reveal');

describe('panel alignment graph in Chromium', function () {
  this.timeout(60_000);
  const browser = sharedBrowser();

  it('draws the graph with the core stylesheet applied and no CSP violation', async () => {
    const panel = await openPanel(browser(), bodyOf({ 'teams/ops.okr.yaml': BLOCKED_OPS }));
    const { page } = panel;
    try {
      const graph = page.locator('.alignment-graph svg.okr-alignment-graph');
      assert.ok(await graph.isVisible());
      const box = (await graph.boundingBox())!;
      assert.ok(box.width > 400 && box.height > 200, JSON.stringify(box));
      assert.equal(await page.locator('.okr-alignment-graph .node').count(), idCount({ 'teams/ops.okr.yaml': BLOCKED_OPS }));
      assert.equal(await page.locator('.okr-alignment-graph .node[data-id="OPS-1.1"]').getAttribute('class'), 'node kind-kr status-at-risk');
      // Rules only ALIGNMENT_GRAPH_CSS has: they prove the nonce'd <style> was admitted.
      assert.equal(await page.locator('.okr-alignment-graph .node >> nth=0').evaluate((n) => getComputedStyle(n).cursor), 'pointer');
      assert.equal(await page.locator('.okr-alignment-graph .edge.alignment >> nth=0').evaluate((n) => getComputedStyle(n).strokeDasharray), '4px, 3px');
      assert.deepEqual(panel.errors, [], 'no script error and no CSP violation');
      assert.deepEqual(panel.foreignRequests, []);
    } finally {
      await page.close();
    }
  });

  it('reveals a node on click and on Enter, also after a live re-render', async () => {
    const panel = await openPanel(browser(), bodyOf({}));
    const { page } = panel;
    try {
      await page.locator('.okr-alignment-graph .node[data-id="PLAT-1.1"]').click();
      assert.deepEqual(await reveals(panel), [{ type: 'reveal', id: 'PLAT-1.1' }]);
      await page.locator('.okr-alignment-graph .node[data-id="CO-2"]').focus();
      await page.keyboard.press('Enter');
      assert.deepEqual((await reveals(panel)).at(-1), { type: 'reveal', id: 'CO-2' });
      await page.evaluate((html) => window.postMessage({ type: 'render', html }, '*'), bodyOf({ 'teams/ops.okr.yaml': BLOCKED_OPS }));
      await page.locator('.okr-alignment-graph .node[data-id="OPS-1.1"]').waitFor();
      await page.locator('.okr-alignment-graph .node[data-id="OPS-1.1"] text.title').click();
      assert.deepEqual((await reveals(panel)).at(-1), { type: 'reveal', id: 'OPS-1.1' });
      assert.equal((await reveals(panel)).length, 3);
    } finally {
      await page.close();
    }
  });

  it('fits the graph to the panel width on demand, and remembers it across a reload', async () => {
    const body = bodyOf({});
    const panel = await openPanel(browser(), body);
    const { page } = panel;
    const graphWidth = () => page.locator('.alignment-graph svg').evaluate((svg) => svg.getBoundingClientRect().width);
    const frameWidth = () => page.locator('.alignment-graph').evaluate((div) => div.clientWidth);
    try {
      await page.setViewportSize({ width: 900, height: 700 });
      const fullSize = await graphWidth();
      assert.ok(fullSize > (await frameWidth()), 'at full size the graph is wider than the panel and scrolls');
      const toggle = page.locator('button[data-graph-fit]');
      assert.equal(await toggle.innerText(), 'Fit to width');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
      assert.equal(await toggle.innerText(), 'Actual size');
      assert.ok(Math.abs((await graphWidth()) - (await frameWidth())) <= 1, 'fitted to the panel');
      assert.equal(((await panel.savedState()) as { graphFit: boolean }).graphFit, true);
      assert.deepEqual(await reveals(panel), [], 'the toggle reveals nothing');
    } finally {
      await page.close();
    }
    const reloaded = await openPanel(browser(), body, { filters: { team: '', owner: '', status: '' }, scrollY: 0, graphFit: true });
    try {
      assert.ok(await reloaded.page.locator('.alignment-graph.fit').isVisible());
      assert.equal(await reloaded.page.locator('button[data-graph-fit]').getAttribute('aria-pressed'), 'true');
    } finally {
      await reloaded.page.close();
    }
  });

  it('shows hostile titles in the graph as text and runs none of them', async () => {
    const panel = await openPanel(browser(), bodyOf({ 'evil.okr.yaml': HOSTILE }));
    const { page } = panel;
    try {
      const node = page.locator('.okr-alignment-graph .node[data-id="EVIL-1"]');
      await node.hover();
      assert.equal(await node.locator('title').textContent(), `EVIL-1 — ${XSS.script} · off-track · evil.okr.yaml`);
      assert.equal(await page.locator('.okr-alignment-graph script, .okr-alignment-graph style, .okr-alignment-graph iframe').count(), 0);
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
      assert.deepEqual(panel.errors, []);
      await node.click();
      assert.deepEqual((await reveals(panel)).at(-1), { type: 'reveal', id: 'EVIL-1' });
    } finally {
      await page.close();
    }
  });

  it('filters the KRs blocked by an off-track dependency', async () => {
    const panel = await openPanel(browser(), bodyOf({ 'teams/ops.okr.yaml': BLOCKED_OPS }));
    const { page } = panel;
    try {
      const rows = (selector: string) => page.locator(selector).evaluateAll((r) => r.map((e) => (e as HTMLElement).dataset.kr));
      const withChip = await rows('li.kr:has(.chip.blocked)');
      assert.ok(withChip.includes('OPS-1.1'), withChip.join());
      assert.equal(await page.locator('select[data-filter="status"] option[value="blocked"]').textContent(), 'Blocked');
      await page.selectOption('select[data-filter="status"]', 'blocked');
      assert.deepEqual(await rows('li.kr:visible'), withChip);
      assert.ok(withChip.length < (await rows('li.kr')).length);
    } finally {
      await page.close();
    }
  });
});
