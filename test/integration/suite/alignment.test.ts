// The Alignment view on the examples workspace: company → department → team → objective → KR, with
// status colours, "not aligned" and click-to-reveal; it follows unsaved edits.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { OkrLensTestApi } from '../../../src/extension';
import type { AlignmentItem } from '../../../src/core/view/alignmentItems';
import { okrExtension, revertDirtyDocuments, workspaceFile } from '../helpers/workspace';

async function api(): Promise<OkrLensTestApi> {
  const exports = (await okrExtension().activate()) as OkrLensTestApi;
  await exports.ready;
  return exports;
}

function labels(items: AlignmentItem[]): string[] {
  return items.map((item) => item.label);
}

function child(items: AlignmentItem[], labelStart: string): AlignmentItem {
  const found = items.find((item) => item.label.startsWith(labelStart));
  assert.ok(found, `no item "${labelStart}…" among ${JSON.stringify(labels(items))}`);
  return found;
}

/** Resolves once the workspace reports a change after which `predicate` holds (`uri` names it in the error). Never sleeps. */
function whenIndexed(exports: OkrLensTestApi, uri: vscode.Uri, predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`the alignment tree did not update for ${uri.toString()} within ${timeoutMs} ms`));
    }, timeoutMs);
    const subscription = exports.workspace.onDidChange(() => {
      if (!predicate()) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
}

describe('alignment view', () => {
  afterEach(revertDirtyDocuments);

  it('shows company → department → team files with their objectives and KRs', async () => {
    const { provider } = (await api()).alignment;
    const roots = provider.getChildren();
    assert.deepStrictEqual(labels(roots), ['Acme']);
    const acme = roots[0];
    assert.deepStrictEqual(labels(provider.getChildren(acme)), [
      'CO-1 Become the most reliable platform in our market',
      'CO-2 Deliver value to customers faster',
      'Engineering',
      'Growth',
    ]);
    const engineering = child(provider.getChildren(acme), 'Engineering');
    assert.deepStrictEqual(labels(provider.getChildren(engineering)), [
      'ENG-1 Make shipping safe and fast for every product team',
      'Platform',
    ]);
    const platform = child(provider.getChildren(engineering), 'Platform');
    const plat1 = child(provider.getChildren(platform), 'PLAT-1 ');
    assert.deepStrictEqual(labels(provider.getChildren(plat1)).map((l) => l.split(' ')[0]), ['PLAT-1.1', 'PLAT-1.2', 'PLAT-1.3']);
    assert.strictEqual(provider.getParent(plat1)?.key, platform.key, 'getParent lets reveal() walk up');
  });

  it('renders status colours, alignment and rollups as tree items', async () => {
    const { provider } = (await api()).alignment;
    const acme = provider.getChildren()[0];
    const co2 = child(provider.getChildren(acme), 'CO-2 ');
    const co21 = child(provider.getChildren(co2), 'CO-2.1 ');
    const co21Item = provider.getTreeItem(co21);
    assert.match(String(co21Item.description), /^\d+% · rollup of 4$/);
    const icon = co21Item.iconPath as vscode.ThemeIcon;
    assert.ok(icon instanceof vscode.ThemeIcon);
    assert.ok(['pass-filled', 'warning', 'error', 'verified-filled'].includes(icon.id), icon.id);
    assert.ok(icon.color instanceof vscode.ThemeColor, 'a status colour');

    const growth = child(provider.getChildren(acme), 'Growth');
    const grow1 = provider.getTreeItem(child(provider.getChildren(growth), 'GROW-1 '));
    assert.match(String(grow1.description), /^\d+% · ↑ CO-2$/);
    assert.strictEqual(grow1.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.strictEqual(grow1.contextValue, 'okr.alignment.objective');
    assert.match((grow1.tooltip as vscode.MarkdownString).value, /Aligns to CO\\-2/);
  });

  it('clicking a KR reveals its id in the YAML', async () => {
    const { provider } = (await api()).alignment;
    const item = provider.find((candidate) => candidate.okrId === 'PLAT-1.2');
    assert.ok(item);
    const command = provider.getTreeItem(item).command;
    assert.ok(command && command.arguments);
    await vscode.commands.executeCommand(command.command, ...command.arguments);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.strictEqual(editor.document.uri.toString(), workspaceFile('teams/platform.okr.yaml').toString());
    assert.strictEqual(editor.document.getText(editor.selection), 'PLAT-1.2');
  });

  it('shows an objective that stops aligning as "not aligned", from the unsaved buffer', async () => {
    const exports = await api();
    const { provider } = exports.alignment;
    // platform.okr.yaml, not growth: another suite needs growth.okr.yaml never opened.
    const uri = workspaceFile('teams/platform.okr.yaml');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const line = '    aligns_to: [CO-1]\n';
    const start = document.getText().indexOf(line);
    assert.ok(start > 0, 'PLAT-2 aligns to CO-1 in the examples');
    const notAligned = () => provider.find((item) => item.okrId === 'PLAT-2')?.notAligned === true;
    assert.strictEqual(notAligned(), false);
    const updated = whenIndexed(exports, uri, notAligned);
    await editor.edit((edit) => edit.delete(new vscode.Range(document.positionAt(start), document.positionAt(start + line.length))));
    await updated;
    const treeItem = provider.getTreeItem(provider.find((item) => item.okrId === 'PLAT-2')!);
    assert.match(String(treeItem.description), /not aligned$/);
    assert.strictEqual((treeItem.iconPath as vscode.ThemeIcon).id, 'debug-disconnect');
    assert.strictEqual(treeItem.contextValue, 'okr.alignment.objective.notAligned');
  });

  it('reveal() selects an item in the Alignment view', async () => {
    const { provider, view } = (await api()).alignment;
    const item = provider.find((candidate) => candidate.okrId === 'PLAT-2.1');
    assert.ok(item);
    await view.reveal(item, { select: true, focus: false, expand: true });
    assert.deepStrictEqual(view.selection.map((selected) => selected.okrId), ['PLAT-2.1']);
  });
});
