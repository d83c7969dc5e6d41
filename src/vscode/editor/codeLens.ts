// Above each KR in an OKR file: how much work links to it (`3 TODOs · 1 branch`); a click lists the
// TODOs in the references peek.
import * as vscode from 'vscode';
import type { WorkspaceService } from '../workspace/workspaceService';
import { linkSummary } from '../../core/view/labels';
import { toRange } from '../common/convert';

export const SHOW_REFERENCES_COMMAND = 'okr.showReferences';

export class KeyResultCodeLensProvider implements vscode.CodeLensProvider {
  readonly onDidChangeCodeLenses: vscode.Event<void>;

  constructor(private readonly workspace: WorkspaceService) {
    this.onDidChangeCodeLenses = workspace.onDidChange;
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const snapshot = this.workspace.snapshot();
    const parsed = snapshot.file(document.uri.toString());
    const { work } = snapshot;
    return (parsed?.model?.objectives ?? []).flatMap((objective) =>
      objective.key_results
        .filter((kr) => kr.id)
        .map((kr) => {
          const todos = work.referencesTo(kr.id).length;
          const title = linkSummary(todos, work.branchesFor(kr.id).length);
          const command: vscode.Command = todos > 0
            ? { title, command: SHOW_REFERENCES_COMMAND, arguments: [kr.id], tooltip: `Show the TODOs that reference ${kr.id}` }
            : { title, command: '' };
          return new vscode.CodeLens(toRange(kr.ranges.node), command);
        }),
    );
  }
}

/** Opens the references peek on the id's definition, listing every TODO that names it. */
export async function showReferences(workspace: WorkspaceService, id: string): Promise<void> {
  const snapshot = workspace.snapshot();
  const entry = snapshot.lookup(id);
  if (!entry) return;
  const ranges = (entry.keyResult ?? entry.objective).ranges;
  const at = toRange(ranges.values.id ?? ranges.node).start;
  const locations = snapshot.work.referencesTo(entry.id).map(
    (ref) => new vscode.Location(vscode.Uri.parse(ref.file), new vscode.Range(ref.line, ref.character, ref.line, ref.endCharacter)),
  );
  await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(entry.file), at, locations);
}
