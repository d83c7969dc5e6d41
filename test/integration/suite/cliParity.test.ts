import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import type { JsonFinding } from '../../../src/cli/lintOutput';
import { okrDiagnostics, waitForDiagnostics } from '../helpers/diagnostics';
import { okrExtension, revertDirtyDocuments, workspaceFile, workspaceRoot } from '../helpers/workspace';

// The promise of the CLI: CI fails on exactly what people see in their Problems panel.
const EXAMPLE_FILES = ['company.okr.yaml', 'engineering.okr.yaml', 'teams/platform.okr.yaml', 'teams/growth.okr.yaml', 'src/deploy/flow.py'];

const SEVERITY: Record<number, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
};

function key(f: JsonFinding): string {
  return `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.rule}: ${f.message}`;
}

function fromEditor(file: string, diagnostics: vscode.Diagnostic[]): string[] {
  return diagnostics
    .map((d) =>
      key({
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        rule: typeof d.code === 'object' ? String(d.code.value) : String(d.code),
        severity: SEVERITY[d.severity],
        message: d.message,
      }),
    )
    .sort();
}

describe('okr lint and the Problems panel', () => {
  it('report the same findings for the example workspace', async () => {
    await revertDirtyDocuments();
    const cli = spawnSync(process.execPath, [path.join(okrExtension().extensionPath, 'dist', 'cli.js'), 'lint', '--format', 'json'], {
      cwd: workspaceRoot().fsPath,
      encoding: 'utf8',
    });
    assert.ok(cli.status === 0 || cli.status === 1, `okr lint failed: ${cli.stderr}`);
    const findings: JsonFinding[] = JSON.parse(cli.stdout);
    for (const file of EXAMPLE_FILES) {
      const expected = findings.filter((f) => f.file === file).map(key).sort();
      const uri = workspaceFile(file);
      const same = (diagnostics: vscode.Diagnostic[]) => JSON.stringify(fromEditor(file, diagnostics)) === JSON.stringify(expected);
      await waitForDiagnostics(uri, same, 15_000).catch(() => undefined);
      assert.deepStrictEqual(fromEditor(file, okrDiagnostics(uri)), expected, `findings differ for ${file}`);
    }
    // The examples are meant to show the weak-KR rules and a dangling reference at work.
    const rules = new Set(findings.filter((f) => EXAMPLE_FILES.includes(f.file)).map((f) => f.rule));
    for (const rule of ['kr-task-like', 'kr-no-target', 'unknown-kr-reference']) assert.ok(rules.has(rule), `no ${rule} in the examples`);
  });
});
