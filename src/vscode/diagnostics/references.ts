// Dangling references in code (`TODO(PLAT-9.9)` when no PLAT-9.9 exists) as diagnostics of the code
// file, rule `unknown-kr-reference` at the severity of that file's folder, like every other finding;
// a "did you mean" quick fix when a known id is close (a rename done by hand, a typo).
import * as vscode from 'vscode';
import { similarId } from '../../core/cascade/similar';
import { danglingReferenceFindings } from '../../core/links';
import { UNKNOWN_KR_REFERENCE_RULE } from '../../core/links/danglingFindings';
import type { WorkspaceService } from '../workspace/workspaceService';
import { ruleOf, toDiagnostic } from './index';

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
  context.subscriptions.push(
    collection,
    workspace.onDidChange(publish),
    vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-remote' }], new DidYouMean(workspace), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
  );
  void workspace.ready.then(() => {
    firstScanDone = true;
    publish();
  });
}

class DidYouMean implements vscode.CodeActionProvider {
  constructor(private readonly workspace: WorkspaceService) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (ruleOf(diagnostic) !== UNKNOWN_KR_REFERENCE_RULE) continue;
      const written = document.getText(diagnostic.range);
      const id = similarId(written, this.workspace.snapshot().ids.keys());
      if (!id || id === written) continue;
      const action = new vscode.CodeAction(`Did you mean ${id}? Change to ${id}`, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, diagnostic.range, id);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    return actions;
  }
}
