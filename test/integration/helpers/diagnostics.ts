import * as vscode from 'vscode';

export const EXTENSION_ID = 'okr-lens.okr-lens';

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function okrDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'okr');
}

/**
 * Resolves with the file's `okr` diagnostics as soon as `predicate` holds for them, checking now and
 * on every `onDidChangeDiagnostics` for the file. Event-driven, so tests never sleep.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const finish = (outcome: () => void): void => {
      clearTimeout(timer);
      subscription.dispose();
      outcome();
    };
    const check = (): void => {
      const diagnostics = okrDiagnostics(uri);
      if (predicate(diagnostics)) finish(() => resolve(diagnostics));
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new Error(
              `diagnostics for ${vscode.workspace.asRelativePath(uri)} did not reach the expected state within ` +
                `${timeoutMs} ms; they are: ${describeDiagnostics(okrDiagnostics(uri))}`,
            ),
          ),
        ),
      timeoutMs,
    );
    check();
  });
}

export function withRule(rule: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => diagnostics.some((diagnostic) => ruleOf(diagnostic) === rule);
}

/** The diagnostics of `rule` that lie within lines first..last. */
export function ruleWithin(diagnostics: readonly vscode.Diagnostic[], rule: string, lines: { first: number; last: number }): vscode.Diagnostic[] {
  return diagnostics.filter(
    (diagnostic) => ruleOf(diagnostic) === rule && diagnostic.range.start.line >= lines.first && diagnostic.range.end.line <= lines.last,
  );
}

export function withoutRule(rule: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => !diagnostics.some((diagnostic) => ruleOf(diagnostic) === rule);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map(({ range, message, severity }, index) => {
      const where = `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
      return `[${ruleOf(diagnostics[index])} ${vscode.DiagnosticSeverity[severity]} ${where}] ${message}`;
    })
    .join('; ');
}
