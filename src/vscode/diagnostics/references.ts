// Dangling references in code (`TODO(PLAT-9.9)` when no PLAT-9.9 exists) as diagnostics of the code
// file, rule `unknown-kr-reference`, rendered like every other OKR finding.
import * as vscode from 'vscode';
import type { Finding } from '../../core/types';
import { toDiagnostic } from './';
import type { WorkModel } from '../workspace/workspaceService';

export const UNKNOWN_REFERENCE_RULE = 'unknown-kr-reference';

export function registerReferenceDiagnostics(context: vscode.ExtensionContext, model: WorkModel): void {
  const collection = vscode.languages.createDiagnosticCollection('okr-references');
  const publish = () => {
    const severity = model.index.model.configuration.rules[UNKNOWN_REFERENCE_RULE] ?? 'warning';
    const byFile = new Map<string, vscode.Diagnostic[]>();
    if (severity !== 'off') {
      for (const ref of model.current().work.dangling) {
        const finding: Finding = {
          rule: UNKNOWN_REFERENCE_RULE,
          severity,
          message: `${ref.id} is not an objective or key result in any OKR file. Fix the id, or remove the reference.`,
          file: ref.file,
          range: { start: { line: ref.line, character: ref.character }, end: { line: ref.line, character: ref.endCharacter } },
          data: { id: ref.id },
        };
        const list = byFile.get(ref.file) ?? [];
        list.push(toDiagnostic(finding));
        byFile.set(ref.file, list);
      }
    }
    const stale: vscode.Uri[] = [];
    collection.forEach((uri) => {
      if (!byFile.has(uri.toString())) stale.push(uri);
    });
    stale.forEach((uri) => collection.delete(uri));
    for (const [file, diagnostics] of byFile) collection.set(vscode.Uri.parse(file), diagnostics);
  };
  context.subscriptions.push(collection, model.onDidChange(publish));
  publish();
}
