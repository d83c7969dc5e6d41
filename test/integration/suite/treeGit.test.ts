// Runs last (file order): it turns the workspace into a git repository.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as vscode from 'vscode';
import type { GitExtension } from '../../../src/vscode/workspace/gitApi';
import type { WorkNode } from '../../../src/core/view/okrTree';
import { workspaceRoot } from '../helpers/workspace';
import { linksApi, treeNodes, waitForWork } from '../helpers/links';

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: workspaceRoot().fsPath, encoding: 'utf8' });

describe('branches from the git extension', () => {
  before(async () => {
    git('init', '-q', '-b', 'main');
    git('commit', '-q', '--allow-empty', '-m', 'start');
    const api = (await vscode.extensions.getExtension<GitExtension>('vscode.git')!.activate()).getAPI(1) as unknown as {
      openRepository?(root: vscode.Uri): Promise<unknown>;
    };
    await api.openRepository?.(workspaceRoot());
  });

  it('"Create branch" on a KR creates and checks out kr/<id>-<slug>, shown under the KR as current', async () => {
    const links = await linksApi();
    await waitForWork(links, () => (links.workspace.snapshot().branches.some((b) => b.name === 'main') ? true : undefined), 'the main branch');
    const name = await vscode.commands.executeCommand<string>('okr.createBranch', 'PLAT-1.1');
    assert.strictEqual(name, 'kr/PLAT-1.1-cut-project-lead-time-from-10-to-8-days');
    assert.strictEqual(git('rev-parse', '--abbrev-ref', 'HEAD').trim(), name);

    const branch = await waitForWork(
      links,
      () => treeNodes(links.trees.objectives).find((n: WorkNode) => n.kind === 'branch' && n.branch?.name === name && n.branch.current),
      'the new branch under PLAT-1.1',
    );
    const kr = links.trees.objectives.getParent(branch)!;
    assert.strictEqual(kr.id, 'PLAT-1.1');
    assert.match(String(links.trees.objectives.getTreeItem(kr).description), /2 TODOs · 1 branch\b/);
    const item = links.trees.objectives.getTreeItem(branch);
    assert.strictEqual(item.contextValue, 'okr.branch');
    assert.match(String(item.description), /^current · last commit \d{4}-\d{2}-\d{2}$/);
  });

  it('lists a kr/ branch that names no KR under Unlinked work', async () => {
    const links = await linksApi();
    git('branch', 'kr/PLAT-7.7-typo');
    const stray = await waitForWork(
      links,
      () => treeNodes(links.trees.unlinked).find((n: WorkNode) => n.kind === 'branch' && n.label === 'kr/PLAT-7.7-typo'),
      'the stray kr/ branch in Unlinked work',
    );
    assert.strictEqual(links.trees.unlinked.getParent(stray)?.label, 'Branches matching no key result');
  });
});
