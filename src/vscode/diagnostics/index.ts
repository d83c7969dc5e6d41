// Publishes the workspace model's findings as diagnostics: every OKR file, open or not.
import * as vscode from 'vscode';
import { ruleDocsUrl } from '../../core/docs';
import type { Finding, Severity } from '../../core/types';
import type { WorkspaceService } from '../workspace/workspaceService';
import { toRange } from '../common/convert';

export const DIAGNOSTIC_SOURCE = 'okr';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function registerDiagnostics(context: vscode.ExtensionContext, workspace: WorkspaceService): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const published = new Set<string>();
  let queued = false;
  // Nothing before the first pass is done: a file read before its parent would show a false
  // `parent-missing` for a moment.
  let firstPassDone = false;
  const publish = () => {
    queued = false;
    if (!firstPassDone) return;
    const all = workspace.snapshot().findings;
    for (const file of published) {
      if (!all.has(file)) collection.delete(vscode.Uri.parse(file));
    }
    published.clear();
    for (const [file, findings] of all) {
      collection.set(vscode.Uri.parse(file), findings.map(toDiagnostic));
      published.add(file);
    }
  };
  // Coalesce bursts (a workspace pass, a rename) into one publication.
  const schedule = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(publish);
  };
  context.subscriptions.push(collection, workspace.onDidChange(schedule));
  void workspace.filesRead.then(() => {
    firstPassDone = true;
    schedule();
  });
  return collection;
}

export function toDiagnostic(finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.rule, target: vscode.Uri.parse(ruleDocsUrl(finding.rule)) };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(r.file), toRange(r.range)), r.message),
    );
  }
  return diagnostic;
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}
