// `okr.createBranch` (kr/<id>-<slug> for a KR, proposed for editing, checked out after a warning
// about uncommitted changes) and `okr.checkoutBranch` (after a confirmation), through the git
// extension's API.
import * as vscode from 'vscode';
import { branchNameFor, branchNameProblem } from '../../core/links';
import { localName } from '../../core/links/linkedWork';
import { ChangeStatus, Repository } from '../workspace/gitApi';
import type { WorkspaceService } from '../workspace/workspaceService';
import type { WorkNode } from '../../core/view/okrTree';

/** The prompts of `okr.createBranch`; integration tests pass stubs (extension test mode only). */
export interface BranchPrompts {
  /** The name to create, edited from the proposal; undefined on Escape. */
  editName(proposed: string, validate: (name: string) => string | undefined): Promise<string | undefined>;
  /** With `changes` uncommitted changes: switch to the new branch, only create it, or neither. */
  confirmSwitch(name: string, changes: number): Promise<'switch' | 'create' | undefined>;
}

const NOT_TRACKED = new Set<number>([ChangeStatus.Untracked, ChangeStatus.Ignored]);
const SWITCH = 'Create and Switch';
const CREATE_ONLY = 'Create Without Switching';

const vscodeBranchPrompts: BranchPrompts = {
  editName: (proposed, validate) =>
    Promise.resolve(
      vscode.window.showInputBox({
        title: 'Create a branch for a key result',
        prompt: 'Branch name (edit it as you like)',
        value: proposed,
        valueSelection: [proposed.length, proposed.length],
        validateInput: validate,
      }),
    ),
  async confirmSwitch(name, changes) {
    const answer = await vscode.window.showWarningMessage(
      `You have ${changes} uncommitted change${changes === 1 ? '' : 's'}. Switching to "${name}" carries ${changes === 1 ? 'it' : 'them'} onto the new branch.`,
      { modal: true, detail: 'Commit or stash them first to leave them on the current branch, or create the branch without switching.' },
      SWITCH,
      CREATE_ONLY,
    );
    return answer === SWITCH ? 'switch' : answer === CREATE_ONLY ? 'create' : undefined;
  },
};

const NO_GIT = 'Git is not available: enable the built-in Git extension and open a folder inside a repository.';

export function registerGitCommands(context: vscode.ExtensionContext, workspace: WorkspaceService): void {
  const scripted = context.extensionMode === vscode.ExtensionMode.Test;
  context.subscriptions.push(
    vscode.commands.registerCommand('okr.createBranch', (target?: WorkNode | string, options?: { prompts?: Partial<BranchPrompts> }) =>
      createBranch(workspace, target, scripted ? options?.prompts : undefined),
    ),
    vscode.commands.registerCommand('okr.checkoutBranch', (node?: WorkNode) => checkoutBranch(workspace, node)),
  );
}

/** Creates the branch for a KR (and checks it out when asked); returns its name, or undefined when nothing was done. */
async function createBranch(workspace: WorkspaceService, target?: WorkNode | string, scripted?: Partial<BranchPrompts>): Promise<string | undefined> {
  const prompts: BranchPrompts = { ...vscodeBranchPrompts, ...scripted };
  const id = typeof target === 'string' ? target : target?.id ?? (await pickKeyResult(workspace));
  const entry = id ? workspace.snapshot().lookup(id) : undefined;
  if (!entry) return undefined;
  const repository = workspace.repositoryFor(vscode.Uri.parse(entry.file));
  if (!repository) {
    void vscode.window.showErrorMessage(NO_GIT);
    return undefined;
  }
  const existing = new Set(workspace.snapshot().branches.filter((b) => !b.remote).map((b) => b.name));
  const validate = (name: string) => branchNameProblem(name) ?? (existing.has(name) ? `A branch "${name}" already exists.` : undefined);
  const name = await prompts.editName(branchNameFor(entry.id, entry.keyResult?.title ?? entry.objective.title), validate);
  if (name === undefined) return undefined;
  const problem = validate(name);
  if (problem) {
    void vscode.window.showErrorMessage(problem);
    return undefined;
  }
  const changes = await uncommittedChanges(repository);
  const choice = changes > 0 ? await prompts.confirmSwitch(name, changes) : 'switch';
  if (choice === undefined) return undefined;
  try {
    await repository.createBranch(name, choice === 'switch');
    return name;
  } catch (error) {
    void vscode.window.showErrorMessage(`Could not create branch ${name}: ${(error as Error).message}`);
    return undefined;
  }
}

/** Changes to tracked files, staged or not: what a checkout carries to the new branch. */
async function uncommittedChanges(repository: Repository): Promise<number> {
  await repository.status().catch(() => undefined);
  const { workingTreeChanges = [], indexChanges = [] } = repository.state;
  const tracked = [...workingTreeChanges, ...indexChanges].filter((change) => !NOT_TRACKED.has(change.status));
  return new Set(tracked.map((change) => change.uri.toString())).size;
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
