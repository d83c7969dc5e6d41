// Dangling references in code (`TODO(PLAT-9.9)` when no PLAT-9.9 exists) as diagnostics of the code
// file, rule `unknown-kr-reference` at the severity of that file's folder, like every other finding.
import * as vscode from 'vscode';
import { danglingReferenceFindings } from '../../core/links';
import type { WorkspaceService } from '../workspace/workspaceService';
import { toDiagnostic } from './index';

export function registerReferenceDiagnostics(context: vscode.ExtensionContext, workspace: WorkspaceService): void {
  const collection = vscode.languages.createDiagnosticCollection('okr-references');
  // Nothing before the OKR files are read and the code is scanned: every reference would dangle.
  let firstScanDone = false;
  const publish = () => {
    if (!firstScanDone) return;
    const snapshot = workspace.snapshot();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const ref of snapshot.work.dangling) {
      for (const finding of danglingReferenceFindings([ref], snapshot.configOf(ref.file))) {
        const list = byFile.get(finding.file) ?? [];
        list.push(toDiagnostic(finding));
        byFile.set(finding.file, list);
      }
    }
    const stale: vscode.Uri[] = [];
    collection.forEach((uri) => {
      if (!byFile.has(uri.toString())) stale.push(uri);
    });
    stale.forEach((uri) => collection.delete(uri));
    for (const [file, diagnostics] of byFile) collection.set(vscode.Uri.parse(file), diagnostics);
  };
  context.subscriptions.push(collection, workspace.onDidChange(publish));
  void workspace.ready.then(() => {
    firstScanDone = true;
    publish();
  });
}
