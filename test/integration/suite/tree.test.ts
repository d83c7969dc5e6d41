import * as assert from 'assert';
import * as vscode from 'vscode';
import type { WorkNode } from '../../../src/core/view/okrTree';
import { okrExtension, workspaceFile } from '../helpers/workspace';
import { ruleOf, waitForDiagnostics, withRule } from '../helpers/diagnostics';
import { linksApi, treeNodes, waitForWork } from '../helpers/links';

const krNode = (nodes: WorkNode[], id: string) => nodes.find((n) => n.kind === 'kr' && n.id === id);

describe('the OKRs sidebar', () => {
  it('is contributed as the "OKR Lens" activity bar container with the OKRs and Unlinked work views', () => {
    const contributes = okrExtension().packageJSON.contributes;
    const containers = contributes.viewsContainers.activitybar.map((c: { id: string; title: string }) => `${c.id}=${c.title}`);
    assert.ok(containers.includes('okrLens=OKR Lens'), containers.join(', '));
    const views = contributes.views.okrLens.map((v: { id: string; name: string }) => `${v.id}=${v.name}`);
    assert.deepStrictEqual(views.slice(0, 2), ['okr.objectives=OKRs', 'okr.unlinked=Unlinked work']);
  });

  it('shows the examples: teams, objectives and KRs, with TODO counts and the TODOs under PLAT-1.1', async () => {
    const { trees } = await linksApi();
    const provider = trees.objectives;
    const labels = provider.getChildren().map((n) => n.label);
    for (const team of ['Acme', 'Growth', 'Platform']) assert.ok(labels.includes(team), `no ${team} in ${labels.join(', ')}`);
    const nodes = await waitForWork(await linksApi(), () => {
      const all = treeNodes(provider);
      return krNode(all, 'PLAT-1.1')?.children.length ? all : undefined;
    }, 'PLAT-1.1 with its references');
    assert.ok(krNode(nodes, 'GROW-1.1') && nodes.some((n) => n.kind === 'objective' && n.id === 'CO-1'));

    const kr = krNode(nodes, 'PLAT-1.1')!;
    const item = provider.getTreeItem(kr);
    assert.match(item.label as string, /^PLAT-1\.1 Cut project lead time/);
    assert.match(String(item.description), /^\d+% · 2 TODOs\b/);
    assert.strictEqual(item.contextValue, 'okr.kr');
    assert.strictEqual(item.id, kr.key);
    assert.ok(item.iconPath instanceof vscode.ThemeIcon && item.iconPath.color instanceof vscode.ThemeColor, 'a status-coloured codicon');
    assert.ok(item.tooltip instanceof vscode.MarkdownString && /Owner: bob/.test(item.tooltip.value));
    assert.strictEqual(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);

    const references = provider.getChildren(kr).filter((n) => n.kind === 'reference');
    assert.deepStrictEqual(references.map((n) => n.label), ['cache.ts:3', 'cache.ts:8']);
    assert.ok(references.every((n) => n.file === workspaceFile('src/ci/cache.ts').toString()));
    assert.strictEqual(provider.getTreeItem(references[0]).contextValue, 'okr.reference');
  });

  it('knows every node\'s parent, so reveal works', async () => {
    const { trees } = await linksApi();
    const reference = treeNodes(trees.objectives).find((n) => n.kind === 'reference')!;
    const chain: string[] = [];
    for (let node: WorkNode | undefined = reference; node; node = trees.objectives.getParent(node)) chain.push(node.kind);
    assert.deepStrictEqual(chain, ['reference', 'kr', 'objective', 'file']);
    const selected = new Promise<string | undefined>((resolve) => {
      const subscription = trees.objectivesView.onDidChangeSelection((event) => {
        subscription.dispose();
        resolve(event.selection[0]?.key);
      });
    });
    await trees.objectivesView.reveal(reference, { select: true, focus: true, expand: true });
    assert.strictEqual(await selected, reference.key);
    assert.strictEqual(trees.objectivesView.visible, true);
  });

  it('selects the KR id in the YAML when the KR is clicked', async () => {
    const { trees } = await linksApi();
    const kr = krNode(treeNodes(trees.objectives), 'PLAT-1.1')!;
    const command = trees.objectives.getTreeItem(kr).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), workspaceFile('teams/platform.okr.yaml').toString());
    assert.strictEqual(editor.document.getText(editor.selection), 'PLAT-1.1');
  });

  it('opens the file at the TODO when a reference is clicked', async () => {
    const { trees } = await linksApi();
    const reference = krNode(treeNodes(trees.objectives), 'PLAT-1.1')!.children.find((n) => n.label === 'cache.ts:8')!;
    const command = trees.objectives.getTreeItem(reference).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), workspaceFile('src/ci/cache.ts').toString());
    assert.strictEqual(editor.selection.active.line, 7);
    assert.strictEqual(editor.document.getText(editor.selection), 'PLAT-1.1');
  });

  it('filters to my key results and says so in the view description', async () => {
    const { trees } = await linksApi();
    try {
      trees.setFilter({ kind: 'owner', owner: 'bob' });
      assert.strictEqual(trees.objectivesView.description, 'owner: bob');
      const krs = treeNodes(trees.objectives).filter((n) => n.kind === 'kr').map((n) => n.id);
      assert.deepStrictEqual(krs, ['PLAT-1.1']);
    } finally {
      trees.setFilter({ kind: 'all' });
    }
    assert.strictEqual(trees.objectivesView.description, undefined);
    assert.ok(treeNodes(trees.objectives).filter((n) => n.kind === 'kr').length > 5);
  });

  it('lists the dangling reference and the KRs without linked work under Unlinked work', async () => {
    const { trees } = await linksApi();
    const groups = trees.unlinked.getChildren();
    const dangling = groups.find((g) => g.label === 'Dangling references')!;
    assert.ok(dangling, `groups: ${groups.map((g) => g.label).join(', ')}`);
    assert.ok(trees.unlinked.getChildren(dangling).some((n) => n.label === 'PLAT-9.9 in flow.py:6'));
    const unlinkedKrs = trees.unlinked.getChildren(groups.find((g) => g.label === 'Key results without linked work')).map((n) => n.id);
    assert.ok(unlinkedKrs.includes('GROW-1.1') && !unlinkedKrs.includes('PLAT-1.1'), unlinkedKrs.join(', '));
  });

  it('"Create an OKR file" writes a commented template, opens it, and the tree shows it', async () => {
    const links = await linksApi();
    const uri = workspaceFile('okrs.okr.yaml');
    await vscode.commands.executeCommand('okr.createFile');
    try {
      const editor = vscode.window.activeTextEditor!;
      assert.strictEqual(editor.document.uri.toString(), uri.toString());
      assert.match(editor.document.getText(), /^# OKRs of /);
      await waitForWork(links, () => krNode(treeNodes(links.trees.objectives), 'TEAM-1.1'), 'TEAM-1.1 from the template in the tree');
    } finally {
      // Deleted before its editor closes, so closing cannot re-read the file into the model.
      await vscode.workspace.fs.delete(uri);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
    await waitForWork(links, () => (krNode(treeNodes(links.trees.objectives), 'TEAM-1.1') ? undefined : true), 'the template gone');
  });
});

describe('a typo in an OKR file', () => {
  it('keeps the objective in the tree with its title and KRs, says the file is not re-read, and raises only the syntax error', async () => {
    const { trees } = await linksApi();
    const uri = workspaceFile('teams/typo.okr.yaml');
    const text = ['okr: 1', 'team: Typo', 'period: 2026-Q4', 'objectives:', '  - id: TYPO-1', '    title: Make payments boring', '    owner: dana', '    key_results:',
      '      - id: TYPO-1.1', '        title: Cut failed payments from 40 to 10 a week', '        owner: dana', '        baseline: 40', '        target: 10',
      '      - id: TYPO-1.2', '        title: Raise retried payments that succeed from 50% to 80%', '        owner: dana', '        unit: "%"', '        baseline: 50', '        target: 80', ''].join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await waitForWork(await linksApi(), () => krNode(treeNodes(trees.objectives), 'TYPO-1.2'), 'TYPO-1.2 in the tree');
      const titleLine = editor.document.lineAt(5);
      await editor.edit((edit) => edit.insert(titleLine.range.end, ': and: broken "quote"'));
      const diagnostics = await waitForDiagnostics(uri, withRule('yaml-syntax'));
      assert.deepStrictEqual(diagnostics.map((d) => ruleOf(d)), ['yaml-syntax'], 'no false finding about the objective the typo broke');
      assert.strictEqual(diagnostics[0].range.start.line, 5);
      const file = await waitForWork(await linksApi(), () => treeNodes(trees.objectives).find((n) => n.kind === 'file' && n.label === 'Typo' && n.description.includes('not re-read')), 'the stale file in the tree');
      assert.match(file.description, /not re-read: syntax error on line 6/);
      const objective = treeNodes(trees.objectives).find((n) => n.kind === 'objective' && n.id === 'TYPO-1')!;
      assert.strictEqual(objective.label, 'TYPO-1 Make payments boring');
      assert.deepStrictEqual(objective.children.filter((n) => n.kind === 'kr').map((n) => n.id), ['TYPO-1.1', 'TYPO-1.2']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
