// What a person sees of the OKRs sidebar, installed from the .vsix: the tree with its counts, and a
// click on a TODO that opens the code at that line. Same shape as checks.mjs; run by run.mjs.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { testResultsDir } from '../../scripts/lib/paths.mjs';
import { UI_TIMEOUT_MS } from './workbench.mjs';

/** The OKRs view's pane (not the Alignment view's, which also lists objectives). */
function okrsPane(page) {
  return page.locator('.pane', { has: page.locator('.pane-header h3.title', { hasText: /^OKRs$/ }) });
}

function row(page, text) {
  return okrsPane(page).locator('.monaco-list-row', { hasText: text }).first();
}

async function expand(page, text) {
  const target = row(page, text);
  await target.waitFor({ timeout: UI_TIMEOUT_MS });
  if ((await target.getAttribute('aria-expanded')) !== 'true') await target.locator('.monaco-tl-twistie').click();
  await page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', await target.elementHandle(), { timeout: UI_TIMEOUT_MS });
}

/**
 * Collapses the sidebar's other views so the OKRs view gets the height: a row rendered below a
 * pane's visible area takes no clicks, and where it lands depends on the window's layout.
 */
async function giveOkrsViewTheHeight(page) {
  for (const title of [/^Unlinked work$/, /^Alignment$/]) {
    const header = page.locator('.pane-header', { has: page.locator('h3.title', { hasText: title }) });
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    await page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'false', await header.elementHandle(), { timeout: UI_TIMEOUT_MS });
  }
}

export const treeChecks = [
  {
    name: 'the OKRs view in the sidebar lists teams, objectives and KRs with their TODO counts',
    async run({ workbench, page }) {
      // The icon toggles the side bar: click it only when the view is not already showing.
      if (!(await okrsPane(page).isVisible())) await workbench.activityBarItem('OKR Lens').click();
      await okrsPane(page).waitFor({ timeout: UI_TIMEOUT_MS });
      for (const team of ['Acme', 'Growth', 'Platform']) await row(page, team).waitFor({ timeout: UI_TIMEOUT_MS });
      await expand(page, 'PLAT-1 Release value faster');
      const kr = row(page, 'PLAT-1.1 Cut project lead time');
      await kr.waitFor({ timeout: UI_TIMEOUT_MS });
      assert.match(await kr.innerText(), /\d+% · 2 TODOs/);
    },
  },
  {
    name: 'clicking a TODO under a KR opens the file at that line',
    async run({ page }) {
      await giveOkrsViewTheHeight(page);
      await expand(page, 'PLAT-1 Release value faster');
      await expand(page, 'PLAT-1.1 Cut project lead time');
      const todo = row(page, 'cache.ts:8');
      await todo.waitFor({ timeout: UI_TIMEOUT_MS });
      assert.match(await todo.innerText(), /restore partial caches on a miss/);
      await todo.click();
      await page.locator('.tabs-container .tab.active', { hasText: 'cache.ts' }).waitFor({ timeout: UI_TIMEOUT_MS });
      const cursor = page.locator('[id="status.editor.selection"]');
      await cursor.filter({ hasText: /Ln 8, Col/ }).waitFor({ timeout: UI_TIMEOUT_MS });
      await page.locator('.editor-instance .view-line', { hasText: 'FIXME [PLAT-1.1]' }).waitFor({ timeout: UI_TIMEOUT_MS });
      await page.screenshot({ path: path.join(testResultsDir, 'e2e-tree-todo-opened.png') });
    },
  },
];
