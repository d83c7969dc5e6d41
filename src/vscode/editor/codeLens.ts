// Above each KR in an OKR file: how much work links to it (`3 TODOs · 1 branch`); a click lists the
// TODOs in the references peek.
import * as vscode from 'vscode';
import type { WorkModel } from '../workspace/workspaceService';
import { linkSummary } from '../../core/view/labels';
import { toRange } from '../common/convert';

export const SHOW_REFERENCES_COMMAND = 'okr.showReferences';

export class KeyResultCodeLensProvider implements vscode.CodeLensProvider {
  readonly onDidChangeCodeLenses: vscode.Event<void>;

  constructor(private readonly model: WorkModel) {
    this.onDidChangeCodeLenses = model.onDidChange;
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const parsed = this.model.index.get(document.uri);
    const { work } = this.model.current();
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
export async function showReferences(model: WorkModel, id: string): Promise<void> {
  const entry = model.lookup(id);
  if (!entry) return;
  const ranges = (entry.keyResult ?? entry.objective).ranges;
  const at = toRange(ranges.values.id ?? ranges.node).start;
  const locations = model.current().work.referencesTo(entry.id).map(
    (ref) => new vscode.Location(vscode.Uri.parse(ref.file), new vscode.Range(ref.line, ref.character, ref.line, ref.endCharacter)),
  );
  await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(entry.file), at, locations);
}
