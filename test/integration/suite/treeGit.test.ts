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

  it('"Create branch" on a KR proposes kr/<id>-<slug> for editing, creates and checks it out, shown under the KR as current', async () => {
    const links = await linksApi();
    await waitForWork(links, () => (links.workspace.snapshot().branches.some((b) => b.name === 'main') ? true : undefined), 'the main branch');
    const proposals: string[] = [];
    let problems: (string | undefined)[] = [];
    const editName = (proposed: string, validate: (name: string) => string | undefined) => {
      proposals.push(proposed);
      problems = [validate('kr/a b'), validate('main'), validate(proposed)];
      return Promise.resolve(proposed);
    };
    const name = await vscode.commands.executeCommand<string>('okr.createBranch', 'PLAT-1.1', { prompts: { editName } });
    assert.deepStrictEqual(proposals, ['kr/PLAT-1.1-cut-project-lead-time-from-10-to-8-days']);
    assert.match(String(problems[0]), /spaces/);
    assert.match(String(problems[1]), /already exists/);
    assert.strictEqual(problems[2], undefined);
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

  it('"Create branch" warns about uncommitted changes and can create the branch without switching', async () => {
    git('add', 'teams/platform.okr.yaml');
    git('commit', '-q', '-m', 'platform OKRs');
    const file = vscode.Uri.joinPath(workspaceRoot(), 'teams/platform.okr.yaml');
    const original = (await vscode.workspace.fs.readFile(file)).toString();
    await vscode.workspace.fs.writeFile(file, Buffer.from(original + '# uncommitted\n'));
    try {
      const head = git('rev-parse', '--abbrev-ref', 'HEAD').trim();
      const warned: [string, number][] = [];
      const prompts = {
        editName: () => Promise.resolve('kr/PLAT-1.2-edited-name'),
        confirmSwitch: (name: string, changes: number) => {
          warned.push([name, changes]);
          return Promise.resolve('create' as const);
        },
      };
      const name = await vscode.commands.executeCommand<string>('okr.createBranch', 'PLAT-1.2', { prompts });
      assert.strictEqual(name, 'kr/PLAT-1.2-edited-name');
      assert.deepStrictEqual(warned, [['kr/PLAT-1.2-edited-name', 1]]);
      assert.strictEqual(git('rev-parse', '--abbrev-ref', 'HEAD').trim(), head, 'the branch is created, not switched to');
      assert.match(git('branch', '--list', 'kr/PLAT-1.2-edited-name'), /kr\/PLAT-1\.2-edited-name/);
    } finally {
      await vscode.workspace.fs.writeFile(file, Buffer.from(original));
    }
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
