// What a person does in the VS Code workbench, as Playwright steps: open a file by name, run a
// command from the palette, go to a line, open a view. Selectors are VS Code 1.99's DOM.
export const UI_TIMEOUT_MS = 20_000;

export class Workbench {
  constructor(page) {
    this.page = page;
  }

  async waitUntilReady() {
    await this.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await this.page.waitForSelector('.part.activitybar', { timeout: UI_TIMEOUT_MS });
  }

  quickInput() {
    return this.page.locator('.quick-input-widget');
  }

  async runCommand(title) {
    await this.page.keyboard.press('F1');
    const input = this.quickInput().locator('.quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await input.fill(`>${title}`);
    await this.quickInput().locator('.monaco-list-row', { hasText: title }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await this.page.keyboard.press('Enter');
  }

  /**
   * The palette, once more if the first one closed: a webview taking focus as it finishes loading
   * can hide a quick input opened a moment before.
   */
  async runCommandSettled(title) {
    try {
      await this.runCommand(title);
    } catch {
      await this.page.keyboard.press('Escape');
      await this.runCommand(title);
    }
  }

  /** The document of the last webview opened: VS Code nests its content in two iframes. */
  webviewFrame() {
    return this.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  }

  /** Quick Open (Ctrl+P) by file name, as a person would. */
  async openFile(relativePath) {
    await this.runCommand('Go to File...');
    const input = this.quickInput().locator('.quick-input-box input');
    await input.fill(relativePath);
    const name = relativePath.split('/').pop();
    await this.quickInput().locator('.monaco-list-row', { hasText: name }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: UI_TIMEOUT_MS });
    await this.page.locator('.editor-instance .monaco-editor.focused').waitFor({ timeout: UI_TIMEOUT_MS });
  }

  /** Moves the cursor to a 1-based line and column with Go to Line (Ctrl+G). */
  async goToLine(line, column = 1) {
    await this.page.keyboard.press('Control+G');
    const input = this.quickInput().locator('.quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.editor-instance .monaco-editor.focused').waitFor({ timeout: UI_TIMEOUT_MS });
  }

  activityBarItem(title) {
    return this.page.locator(`.part.activitybar .action-item a[aria-label^="${title}"]`);
  }

  sideBarTitle() {
    return this.page.locator('.part.sidebar .composite.title h2');
  }

  async openProblems() {
    await this.runCommand('Problems: Focus on Problems View');
    await this.page.locator('.markers-panel').waitFor({ timeout: UI_TIMEOUT_MS });
  }

  problemRow(text) {
    return this.page.locator('.markers-panel .monaco-list-row', { hasText: text });
  }

  /**
   * Opens the lightbulb menu (Ctrl+.) at the cursor and applies the entry titled `title` with the
   * arrow keys and Enter. Returns the titles the menu offered.
   */
  async applyQuickFix(title) {
    await this.page.keyboard.press('Control+.');
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    await rows.first().waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    const offered = await rows.allInnerTexts();
    const index = offered.findIndex((text) => text.includes(title));
    if (index < 0) throw new Error(`the lightbulb menu has no "${title}"; it offers: ${offered.join(' | ')}`);
    for (let attempt = 0; attempt <= offered.length; attempt += 1) {
      const focused = await this.page.locator('.action-widget .monaco-list-row.action.focused').innerText();
      if (focused.includes(title)) {
        await this.page.keyboard.press('Enter');
        return offered;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`could not move the lightbulb menu's focus to "${title}"`);
  }

  async save() {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
  }
}
