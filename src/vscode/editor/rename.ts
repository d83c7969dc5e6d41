// F2 on an objective or KR id, in an OKR file or in code: renames its definition, every reference in
// every OKR file and every reference in code as one WorkspaceEdit (one undo step; VS Code previews
// it because each edit needs confirmation). Branch names are offered, not forced.
import * as vscode from 'vscode';
import { renameEverywhere } from '../../core/edit';
import type { BranchInfo } from '../../core/links/branches';
import { idAt } from '../../core/links/idText';
import { toRange } from '../common/convert';
import type { WorkspaceService } from '../workspace/workspaceService';

export class IdRenameProvider implements vscode.RenameProvider {
  constructor(private readonly workspace: WorkspaceService) {}

  prepareRename(document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
    const span = idAt(document.lineAt(position.line).text, position.character);
    const entry = span && this.workspace.snapshot().lookup(span.id);
    if (!span || !entry) throw new Error('Put the cursor on the id of an objective or key result to rename it.');
    return { range: new vscode.Range(position.line, span.start, position.line, span.end), placeholder: entry.id };
  }

  provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit {
    // Unsaved typing in this OKR file counts: re-read it now rather than after the debounce.
    if (document.fileName.endsWith('.okr.yaml')) this.workspace.refresh(document);
    const { placeholder: oldId } = this.prepareRename(document, position);
    const snapshot = this.workspace.snapshot();
    const newId = newName.trim();
    const result = renameEverywhere(snapshot.files, snapshot.work.referencesTo(oldId), oldId, newId, snapshot.ids.keys());
    if ('error' in result) throw new Error(result.error);
    const edit = new vscode.WorkspaceEdit();
    const metadata: vscode.WorkspaceEditEntryMetadata = {
      label: `Rename ${oldId} to ${newId}`,
      description: 'OKR Lens',
      needsConfirmation: true,
    };
    for (const { file, edits } of result.files) {
      for (const textEdit of edits) edit.replace(vscode.Uri.parse(file), toRange(textEdit.range), textEdit.newText, metadata);
    }
    const branches = snapshot.work.branchesFor(oldId).filter((branch) => !branch.remote);
    if (branches.length > 0) void offerBranchRenames(this.workspace, branches, oldId, newId);
    return edit;
  }
}

/** Branches keep their names unless the person asks: one message, one action. */
async function offerBranchRenames(workspace: WorkspaceService, branches: BranchInfo[], oldId: string, newId: string): Promise<void> {
  const names = branches.map((branch) => branch.name);
  const answer = await vscode.window.showInformationMessage(
    `${names.length === 1 ? `Branch ${names[0]} names` : `${names.length} branches name`} ${oldId}. Rename ${names.length === 1 ? 'it' : 'them'} to match ${newId}?`,
    'Rename Branches',
  );
  if (answer !== 'Rename Branches') return;
  const failed: string[] = [];
  for (const branch of branches) {
    const renamed = renamedBranch(branch.name, oldId, newId);
    const repository = workspace.repositoryWithBranch(branch.name);
    if (!repository || renamed === branch.name) continue;
    try {
      // Same commit: switching from the current branch to its renamed copy leaves the working tree as it is.
      await repository.createBranch(renamed, branch.current, branch.name);
      await repository.deleteBranch(branch.name);
    } catch (error) {
      failed.push(`${branch.name}: ${(error as Error).message}`);
    }
  }
  if (failed.length > 0) void vscode.window.showErrorMessage(`Could not rename ${failed.join('; ')}`);
}

/** The branch name with the id token replaced, whatever its case: `kr/plat-1.1-x` → `kr/PLAT-1.5-x`. */
function renamedBranch(name: string, oldId: string, newId: string): string {
  const escaped = oldId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return name.replace(new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, 'i'), newId);
}
