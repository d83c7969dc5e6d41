// Completion of objective and KR ids after a comment tag: `// TODO(` lists them, title as detail.
import * as vscode from 'vscode';
import type { WorkspaceService } from '../workspace/workspaceService';
import { idCompletionStart } from '../../core/links/idText';

export const ID_TRIGGER_CHARACTERS = ['(', '[', ':'];

export class IdCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly workspace: WorkspaceService) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const prefix = document.lineAt(position.line).text.slice(0, position.character);
    const snapshot = this.workspace.snapshot();
    const start = idCompletionStart(prefix, snapshot.configOf(document.uri.toString()).tags);
    if (start === undefined) return undefined;
    const range = new vscode.Range(position.line, start, position.line, position.character);
    return [...snapshot.ids.values()].map((entry, order) => {
      const title = entry.keyResult?.title ?? entry.objective.title;
      const item = new vscode.CompletionItem(
        { label: entry.id, description: entry.keyResult ? 'key result' : 'objective' },
        entry.keyResult ? vscode.CompletionItemKind.EnumMember : vscode.CompletionItemKind.Enum,
      );
      item.detail = title;
      item.range = range;
      item.insertText = entry.id;
      item.filterText = entry.id;
      item.sortText = String(order).padStart(6, '0');
      return item;
    });
  }
}
