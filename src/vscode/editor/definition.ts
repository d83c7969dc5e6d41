// Go to Definition on an id in any file: the id in its OKR file.
import * as vscode from 'vscode';
import type { IdEntry } from '../../core/workspace';
import { toRange } from '../common/convert';
import type { WorkspaceService } from '../workspace/workspaceService';
import { idAt } from '../../core/links/idText';

export class IdDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly workspace: WorkspaceService) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const span = idAt(document.lineAt(position.line).text, position.character);
    const entry = span && this.workspace.snapshot().lookup(span.id);
    return entry ? definitionOf(entry) : undefined;
  }
}

export function definitionOf(entry: IdEntry): vscode.Location {
  const ranges = (entry.keyResult ?? entry.objective).ranges;
  return new vscode.Location(vscode.Uri.parse(entry.file), toRange(ranges.values.id ?? ranges.node));
}
