// The progress panel, the review report export and the status bar's command in a real VS Code.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { OkrLensTestApi } from '../../../src/extension';
import { okrExtension, workspaceFile } from '../helpers/workspace';

const isProgressTab = (tab: vscode.Tab): boolean => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('okr.progress');

function progressTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter(isProgressTab);
}

/** Resolves with the matching tabs once there is one (the tab model updates after a command returns). */
function waitForTabs(matches: (tab: vscode.Tab) => boolean, what: string, timeoutMs = 10_000): Promise<vscode.Tab[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter(matches);
      if (tabs.length === 0) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(tabs);
    };
    const subscription = vscode.window.tabGroups.onDidChangeTabs(check);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no ${what} appeared`));
    }, timeoutMs);
    check();
  });
}

const waitForProgressTab = () => waitForTabs(isProgressTab, 'OKR Progress tab');

describe('progress panel and report', () => {
  before(async () => {
    const api = (await okrExtension().activate()) as OkrLensTestApi;
    await api.ready;
  });
  after(async () => {
    await vscode.window.tabGroups.close(progressTabs());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens one "OKR Progress" webview, however often the command runs', async () => {
    await vscode.commands.executeCommand('okr.showProgress');
    await waitForProgressTab();
    await vscode.commands.executeCommand('okr.showProgress');
    // The first tab already satisfies a wait for "a tab": open a marker editor after the second run,
    // and count once the workbench shows it, so a second panel's tab would have arrived before it.
    const marker = await vscode.workspace.openTextDocument({ content: 'marker' });
    await vscode.window.showTextDocument(marker, { preview: false });
    await waitForTabs((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === marker.uri.toString(), 'marker tab');
    const tabs = progressTabs();
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    assert.strictEqual(tabs.length, 1);
    assert.strictEqual(tabs[0].label, 'OKR Progress');
  });

  it('exports the review report as a new Markdown document', async () => {
    const uri = await vscode.commands.executeCommand<string>('okr.exportReport', 'untitled');
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    assert.ok(document, 'the report is open');
    assert.strictEqual(document.languageId, 'markdown');
    assert.strictEqual(document.uri.scheme, 'untitled');
    const text = document.getText();
    assert.match(text, /^# OKR review \d{4}-\d{2}-\d{2}/);
    assert.match(text, /### PLAT-1: Release value faster to customers/);
    assert.match(text, /PLAT-1\.1/);
  });

  it('saves the review report to a chosen file', async () => {
    const target = workspaceFile('review.md');
    const uri = await vscode.commands.executeCommand<string>('okr.exportReport', target.toString());
    assert.strictEqual(uri, target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /^# OKR review/);
    assert.match(text, /GROW-/);
    await vscode.workspace.fs.delete(target);
  });
});
