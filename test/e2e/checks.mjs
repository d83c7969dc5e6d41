// What a person sees and does with OKR Lens installed from its .vsix, one check per behaviour.
// Each check gets { workbench, page, workspace } and throws to fail.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { UI_TIMEOUT_MS } from './workbench.mjs';
import { testResultsDir } from '../../scripts/lib/paths.mjs';

const PLATFORM_FILE = 'teams/platform.okr.yaml';
const TASK_LIKE_TITLE = 'Prepare a demo video of the deploy flow';

/**
 * The file's text once `accept` holds for it, watching the disk rather than sleeping. The editor
 * truncates before writing, so a change event may show an empty or partial file first.
 */
function waitForFile(file, accept, timeoutMs = UI_TIMEOUT_MS) {
  return new Promise((resolve, reject) => {
    let last = '';
    const finish = (outcome) => {
      clearTimeout(timer);
      watcher.close();
      outcome();
    };
    const check = () => {
      last = fs.readFileSync(file, 'utf8');
      let accepted = false;
      try {
        accepted = accept(last);
      } catch {
        // Half-written YAML; the next change event brings the rest.
      }
      if (accepted) finish(() => resolve(last));
    };
    const watcher = fs.watch(path.dirname(file), check);
    const timer = setTimeout(
      () => finish(() => reject(new Error(`${file} did not reach the expected content; it is:\n${last}`))),
      timeoutMs,
    );
    check();
  });
}

export const checks = [
  {
    name: 'the OKR Lens icon is in the activity bar and opens the OKRs of the workspace',
    async run({ workbench, page }) {
      const icon = workbench.activityBarItem('OKR Lens');
      await icon.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
      await icon.click();
      await workbench.sideBarTitle().filter({ hasText: /OKR Lens/i }).waitFor({ timeout: UI_TIMEOUT_MS });
      // The view container is static package.json; a team in the tree proves the extension runs.
      await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Platform' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    },
  },
  {
    name: 'the Problems panel lists the task-like key result as a kr-task-like warning',
    async run({ workbench }) {
      await workbench.openFile(PLATFORM_FILE);
      await workbench.openProblems();
      const row = workbench.problemRow('Prepare a demo video');
      await row.first().waitFor({ timeout: UI_TIMEOUT_MS });
      const label = (await row.first().getAttribute('aria-label')) ?? (await row.first().innerText());
      assert.match(label, /warning/i, `the row should be a warning: ${label}`);
      assert.match(await row.first().innerText(), /kr-task-like/, 'the row should show the rule id');
    },
  },
  {
    name: 'Ctrl+. on the key result offers "Move to initiatives", which moves it into initiatives',
    async run({ workbench, page, workspace }) {
      const file = path.join(workspace, PLATFORM_FILE);
      const before = fs.readFileSync(file, 'utf8');
      const line = before.split('\n').findIndex((text) => text.includes(TASK_LIKE_TITLE)) + 1;
      assert.ok(line > 0, `"${TASK_LIKE_TITLE}" is not in ${PLATFORM_FILE}`);

      await workbench.openFile(PLATFORM_FILE);
      await workbench.goToLine(line, before.split('\n')[line - 1].indexOf(TASK_LIKE_TITLE) + 1);
      await workbench.applyQuickFix('Move to initiatives');
      // The fix asks which key result the initiative serves; the default answer is fine here.
      const picker = workbench.quickInput();
      await picker.locator('.monaco-list-row').first().waitFor({ timeout: UI_TIMEOUT_MS });
      await page.keyboard.press('Enter');
      await workbench.problemRow('Prepare a demo video').first().waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
      await workbench.save();

      const plat1Of = (text) => parse(text).objectives.find((objective) => objective.id === 'PLAT-1');
      const after = await waitForFile(file, (text) =>
        plat1Of(text).initiatives.some((initiative) => initiative.title === TASK_LIKE_TITLE),
      );
      assert.deepEqual(plat1Of(after).key_results.map((kr) => kr.id), ['PLAT-1.1', 'PLAT-1.2']);
      assert.ok(after.startsWith('# Platform team OKRs.'), 'the fix must keep the comments');
      assert.ok(
        after.includes(`- title: ${TASK_LIKE_TITLE}   # a task, not an outcome`),
        'the initiative carries the KR\'s end-of-line comment',
      );
      await page.screenshot({ path: path.join(testResultsDir, 'e2e-move-keeps-comment.png') });
    },
  },
];
