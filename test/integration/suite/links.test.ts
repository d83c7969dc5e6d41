import * as assert from 'assert';
import * as vscode from 'vscode';
import { describeDiagnostics, ruleOf, waitForDiagnostics, withRule } from '../helpers/diagnostics';
import { showWorkspaceFile, workspaceFile } from '../helpers/workspace';
import { linksApi, treeNodes, waitForWork } from '../helpers/links';

describe('links from code to key results', () => {
  it('warns about the dangling PLAT-9.9 in flow.py, on the id, with the rule and its docs', async () => {
    const uri = workspaceFile('src/deploy/flow.py');
    const diagnostics = await waitForDiagnostics(uri, withRule('unknown-kr-reference'));
    const dangling = diagnostics.filter((d) => ruleOf(d) === 'unknown-kr-reference');
    assert.strictEqual(dangling.length, 1, describeDiagnostics(diagnostics));
    assert.deepStrictEqual(dangling[0].range, new vscode.Range(5, 10, 5, 18));
    assert.strictEqual(dangling[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.match(dangling[0].message, /PLAT-9\.9/);
    assert.ok(typeof dangling[0].code === 'object' && dangling[0].code.target instanceof vscode.Uri);
  });

  it('does not flag the references to ids that exist', async () => {
    const uri = workspaceFile('src/ci/cache.ts');
    await waitForDiagnostics(uri, (diagnostics) => !diagnostics.some((d) => ruleOf(d) === 'unknown-kr-reference'));
  });

  it('shows a TODO typed into an unsaved buffer in the tree, and drops it on undo', async () => {
    const links = await linksApi();
    const editor = await showWorkspaceFile('src/ci/cache.ts');
    const typed = '  // TODO(PLAT-2.2): alert when the cache hit rate drops\n';
    const referencesTo = (id: string) =>
      treeNodes(links.trees.objectives).filter((n) => n.kind === 'reference' && n.reference?.id === id && n.file === editor.document.uri.toString());

    assert.strictEqual(referencesTo('PLAT-2.2').length, 0, 'PLAT-2.2 has no reference in cache.ts to begin with');
    assert.ok(await editor.edit((builder) => builder.insert(new vscode.Position(2, 0), typed)));
    const added = await waitForWork(links, () => referencesTo('PLAT-2.2')[0], 'the typed TODO in the tree');
    assert.strictEqual(added.label, 'cache.ts:3');
    assert.strictEqual(added.description, 'alert when the cache hit rate drops');
    assert.ok(editor.document.isDirty, 'the buffer is unsaved');
    const kr = links.trees.objectives.getParent(added)!;
    assert.strictEqual(kr.id, 'PLAT-2.2');
    assert.match(links.trees.objectives.getTreeItem(kr).description as string, /1 TODO\b/);
    // The TODOs below the typed line moved down by one.
    await waitForWork(links, () => referencesTo('PLAT-1.1').find((n) => n.label === 'cache.ts:4'), 'PLAT-1.1 moved to line 4');

    await vscode.commands.executeCommand('undo');
    await waitForWork(links, () => (referencesTo('PLAT-2.2').length === 0 ? true : undefined), 'the TODO gone after undo');
    await waitForWork(links, () => referencesTo('PLAT-1.1').find((n) => n.label === 'cache.ts:3'), 'PLAT-1.1 back on line 3');
    assert.strictEqual(editor.document.isDirty, false);
  });

  it('picks up a TODO in a file created on disk, and forgets it when the file is deleted', async () => {
    const links = await linksApi();
    const uri = workspaceFile('src/ci/retry.go');
    const find = () => links.workspace.snapshot().work.referencesTo('PLAT-2.1').find((r) => r.file === uri.toString());
    await vscode.workspace.fs.writeFile(uri, Buffer.from('package ci\n\n// FIXME(PLAT-2.1): retry flaky deploys\n'));
    const ref = await waitForWork(links, find, 'the reference in retry.go');
    assert.strictEqual(ref.line, 2);
    await vscode.workspace.fs.delete(uri);
    await waitForWork(links, () => (find() ? undefined : true), 'the reference gone with the file');
  });

  it('does not index files that .gitignore excludes', async () => {
    const links = await linksApi();
    await vscode.workspace.fs.writeFile(workspaceFile('.gitignore'), Buffer.from('generated/\n'));
    const ignored = workspaceFile('generated/out.ts');
    const visible = workspaceFile('src/visible.ts');
    await vscode.workspace.fs.writeFile(ignored, Buffer.from('// TODO(PLAT-2.1): generated\n'));
    await vscode.workspace.fs.writeFile(visible, Buffer.from('// TODO(PLAT-2.1): visible\n'));
    const files = () => links.workspace.snapshot().work.referencesTo('PLAT-2.1').map((r) => r.file);
    await waitForWork(links, () => (files().includes(visible.toString()) ? true : undefined), 'the visible file indexed');
    assert.ok(!files().includes(ignored.toString()), `generated/ is ignored: ${files().join(', ')}`);
    await vscode.workspace.fs.delete(visible);
    await vscode.workspace.fs.delete(workspaceFile('generated'), { recursive: true });
    await vscode.workspace.fs.delete(workspaceFile('.gitignore'));
  });
});
