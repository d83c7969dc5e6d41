// What a person sees of progress: the status bar item, the progress panel in the dark and light
// themes (screenshots test-results/e2e-panel-*.png), and a check-in typed into the command palette
// prompts showing up in the panel. Same shape as checks.mjs: { name, run({ workbench, page }) }.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { testResultsDir } from '../../scripts/lib/paths.mjs';
import { UI_TIMEOUT_MS } from './workbench.mjs';


/** The panel fits its width: nothing but the alignment graph (which scrolls in its own box) is wider. */
async function assertNoHorizontalScrolling(frame) {
  const overflow = await frame.locator('body').evaluate((body) => {
    const width = document.documentElement.clientWidth;
    const wide = [...body.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.alignment-graph'));
    const describe = (e) => `${e.tagName}.${e.getAttribute('class')} right ${Math.round(e.getBoundingClientRect().right)}`;
    return { scrollWidth: document.documentElement.scrollWidth, width, scrollX: window.scrollX, wide: wide.slice(0, 6).map(describe) };
  });
  assert.ok(overflow.scrollWidth <= overflow.width && overflow.scrollX === 0, `no horizontal scrolling in the panel: ${JSON.stringify(overflow)}`);
}

async function waitForPanel(workbench) {
  const frame = workbench.webviewFrame();
  await frame.locator('li.kr[data-kr="PLAT-1.1"]').waitFor({ timeout: UI_TIMEOUT_MS });
  return frame;
}

/** Ctrl+K Ctrl+T: the color theme picker (its palette title also matches the welcome walkthrough). */
async function chooseTheme(workbench, page, theme) {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  const input = workbench.quickInput().locator('.quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  await input.fill(theme);
  await workbench.quickInput().locator('.monaco-list-row', { hasText: theme }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.press('Enter');
}

async function answer(workbench, page, text) {
  const input = workbench.quickInput().locator('.quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  await input.fill(text);
  return input;
}

export const panelChecks = [
  {
    name: 'the status bar shows the quarter progress, reminds of stale KRs and opens the panel',
    async run({ workbench, page }) {
      const item = page.locator('.part.statusbar .statusbar-item a[aria-label^="OKRs 2026-Q4"]');
      await item.waitFor({ timeout: UI_TIMEOUT_MS });
      assert.match(await item.innerText(), /\d+%/);
      // stale KRs in the examples: the once-a-day reminder offers to check in
      const reminder = page.locator('.notification-toast', { hasText: 'due for a check-in' });
      await reminder.waitFor({ timeout: UI_TIMEOUT_MS });
      await reminder.getByRole('button', { name: 'Check in now' }).waitFor({ timeout: UI_TIMEOUT_MS });
      await item.click();
      const frame = await waitForPanel(workbench);
      assert.match(await frame.locator('.period h2').first().innerText(), /2026-Q4/);
    },
  },
  {
    name: 'the progress panel renders the examples in the dark and light themes',
    async run({ workbench, page }) {
      await workbench.runCommand('OKR: Show Progress');
      let frame = await waitForPanel(workbench);
      assert.ok((await frame.locator('article.objective').count()) >= 5, 'a card per objective');
      // Cards off-screen are not laid out (content-visibility): scroll to the row as a person would.
      await frame.locator('li.kr[data-kr="PLAT-1.1"]').evaluate((row) => row.scrollIntoView({ block: 'center' }));
      await assertNoHorizontalScrolling(frame);
      assert.match(await frame.locator('li.kr[data-kr="PLAT-1.1"]').innerText(), /Cut project lead time/);
      assert.equal(await frame.locator('li.kr[data-kr="PLAT-1.1"] svg.chart circle').count(), 2, 'one point per check-in');
      // whichever theme the workbench starts with, then the other one
      const startsDark = /vscode-dark/.test((await frame.locator('body').getAttribute('class')) ?? '');
      const [first, second] = startsDark ? ['dark', 'light'] : ['light', 'dark'];
      await page.screenshot({ path: path.join(testResultsDir, `e2e-panel-${first}.png`) });

      await chooseTheme(workbench, page, second === 'dark' ? 'Dark Modern' : 'Light Modern');
      frame = workbench.webviewFrame();
      await frame.locator(`body.vscode-${second}`).waitFor({ timeout: UI_TIMEOUT_MS });
      await frame.locator('li.kr[data-kr="PLAT-1.1"]').waitFor({ timeout: UI_TIMEOUT_MS });
      await page.screenshot({ path: path.join(testResultsDir, `e2e-panel-${second}.png`) });
      await chooseTheme(workbench, page, first === 'dark' ? 'Dark Modern' : 'Light Modern');
    },
  },
  {
    name: 'a check-in typed into the command palette prompts shows up in the panel',
    async run({ workbench, page }) {
      // Open the panel only when it is not open yet: revealing it moves the focus into the webview,
      // which can close a quick input opened in the same moment.
      if ((await workbench.webviewFrame().locator('li.kr').count()) === 0) {
        await workbench.runCommandSettled('OKR: Show Progress');
        await waitForPanel(workbench);
      }
      await workbench.runCommandSettled('OKR: Check In');
      await answer(workbench, page, 'PLAT-1.1');
      await workbench.quickInput().locator('.monaco-list-row', { hasText: 'PLAT-1.1' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      await page.keyboard.press('Enter');

      const step = (text) => workbench.quickInput().getByText(text, { exact: false }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      await step('Check in PLAT-1.1');
      // the value box refuses text before it accepts a number
      await answer(workbench, page, 'abc');
      await step('is not a number');
      await page.keyboard.press('Enter'); // refused: the box stays open
      await answer(workbench, page, '8.6');
      await step('baseline 10 days, target 8 days');
      await page.keyboard.press('Enter');

      await workbench.quickInput().locator('input[placeholder^="How confident are you"]').waitFor({ timeout: UI_TIMEOUT_MS });
      await answer(workbench, page, '0.8');
      await workbench.quickInput().locator('.monaco-list-row', { hasText: 'likely' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
      await page.keyboard.press('Enter');
      await step('A note for the team');
      await answer(workbench, page, 'Checked in from the **e2e** test');
      await page.keyboard.press('Enter');
      await page.locator('.part.statusbar', { hasText: 'Checked in PLAT-1.1' }).waitFor({ timeout: UI_TIMEOUT_MS });

      const row = workbench.webviewFrame().locator('li.kr[data-kr="PLAT-1.1"]');
      await row.locator('.note strong', { hasText: 'e2e' }).waitFor({ timeout: UI_TIMEOUT_MS });
      await row.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await assertNoHorizontalScrolling(workbench.webviewFrame());
      assert.match(await row.innerText(), /8\.6 days/);
      assert.match(await row.innerText(), /confidence 0\.8/);
      assert.equal(await row.locator('svg.chart circle').count(), 3);
      await page.screenshot({ path: path.join(testResultsDir, 'e2e-panel-after-checkin.png') });
    },
  },
];
