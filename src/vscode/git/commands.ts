// `okr.createBranch` (kr/<id>-<slug> for a KR, checked out) and `okr.checkoutBranch` (after a
// confirmation), through the git extension's API.
import * as vscode from 'vscode';
import { branchNameFor } from '../../core/links';
import { localName } from '../../core/links/linkedWork';
import type { WorkspaceService } from '../workspace/workspaceService';
import type { WorkNode } from '../../core/view/okrTree';

const NO_GIT = 'Git is not available: enable the built-in Git extension and open a folder inside a repository.';

export function registerGitCommands(context: vscode.ExtensionContext, workspace: WorkspaceService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('okr.createBranch', (target?: WorkNode | string) => createBranch(workspace, target)),
    vscode.commands.registerCommand('okr.checkoutBranch', (node?: WorkNode) => checkoutBranch(workspace, node)),
  );
}

/** Creates and checks out the branch for a KR; returns its name, or undefined when nothing was done. */
async function createBranch(workspace: WorkspaceService, target?: WorkNode | string): Promise<string | undefined> {
  const id = typeof target === 'string' ? target : target?.id ?? (await pickKeyResult(workspace));
  const entry = id ? workspace.snapshot().lookup(id) : undefined;
  if (!entry) return undefined;
  const repository = workspace.repositoryFor(vscode.Uri.parse(entry.file));
  if (!repository) {
    void vscode.window.showErrorMessage(NO_GIT);
    return undefined;
  }
  const name = branchNameFor(entry.id, entry.keyResult?.title ?? entry.objective.title);
  try {
    await repository.createBranch(name, true);
    return name;
  } catch (error) {
    void vscode.window.showErrorMessage(`Could not create branch ${name}: ${(error as Error).message}`);
    return undefined;
  }
}

async function checkoutBranch(workspace: WorkspaceService, node?: WorkNode): Promise<boolean> {
  const branch = node?.branch;
  if (!branch || branch.current) return false;
  const repository = workspace.repositoryWithBranch(branch.name);
  if (!repository) {
    void vscode.window.showErrorMessage(NO_GIT);
    return false;
  }
  const answer = await vscode.window.showInformationMessage(`Check out branch "${branch.name}"?`, { modal: true }, 'Check Out');
  if (answer !== 'Check Out') return false;
  try {
    const local = localName(branch);
    const hasLocal = workspace.snapshot().branches.some((b) => !b.remote && b.name === local);
    // A remote branch gets a local branch of the same name instead of a detached HEAD.
    if (branch.remote && !hasLocal) await repository.createBranch(local, true, branch.name);
    else await repository.checkout(local);
    return true;
  } catch (error) {
    void vscode.window.showErrorMessage(`Could not check out ${branch.name}: ${(error as Error).message}`);
    return false;
  }
}

async function pickKeyResult(workspace: WorkspaceService): Promise<string | undefined> {
  const items = [...workspace.snapshot().ids.values()]
    .filter((entry) => entry.keyResult)
    .map((entry) => ({ label: entry.id, description: entry.keyResult!.title }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Create a branch for a key result', matchOnDescription: true });
  return picked?.label;
}
