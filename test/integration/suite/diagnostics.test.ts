import * as assert from 'assert';
import * as vscode from 'vscode';
import { describeDiagnostics, ruleOf, ruleWithin, waitForDiagnostics, withRule } from '../helpers/diagnostics';
import { SCHEMA_ERROR_RANGE, SCHEMA_ERROR_TEXT, YAML_SYNTAX_ERROR_TEXT } from '../helpers/fixtures';
import { linesOfItem, showWorkspaceFile, workspaceFile, writeWorkspaceFile } from '../helpers/workspace';

function only(diagnostics: vscode.Diagnostic[], rule: string): vscode.Diagnostic {
  const matching = diagnostics.filter((diagnostic) => ruleOf(diagnostic) === rule);
  assert.strictEqual(matching.length, 1, `expected one ${rule} diagnostic, got ${describeDiagnostics(diagnostics)}`);
  return matching[0];
}

describe('diagnostics', () => {
  it('marks a schema error at the exact value, with source, code and docs link', async () => {
    const uri = await writeWorkspaceFile('broken/schema.okr.yaml', SCHEMA_ERROR_TEXT);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostic = only(await waitForDiagnostics(uri, withRule('schema')), 'schema');

    const { startLine, startCharacter, endLine, endCharacter } = SCHEMA_ERROR_RANGE;
    assert.deepStrictEqual(diagnostic.range, new vscode.Range(startLine, startCharacter, endLine, endCharacter));
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostic.message, /baseline/);
    assert.strictEqual(diagnostic.source, 'okr');
    assert.ok(typeof diagnostic.code === 'object', 'code should be { value, target } so the rule id links to docs');
    assert.strictEqual(diagnostic.code.value, 'schema');
    assert.ok(diagnostic.code.target instanceof vscode.Uri, 'code.target should be a Uri');
  });

  it('marks broken YAML where the parser gave up', async () => {
    const uri = await writeWorkspaceFile('broken/syntax.okr.yaml', YAML_SYNTAX_ERROR_TEXT);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostic = only(await waitForDiagnostics(uri, withRule('yaml-syntax')), 'yaml-syntax');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(diagnostic.range.start, new vscode.Position(6, 4));
  });

  it('warns about a task written as a key result, on that key result', async () => {
    const editor = await showWorkspaceFile('teams/platform.okr.yaml');
    const demoVideo = linesOfItem(editor.document.getText(), 'PLAT-1.3');
    const diagnostics = await waitForDiagnostics(editor.document.uri, withRule('kr-task-like'));
    const onDemoVideo = ruleWithin(diagnostics, 'kr-task-like', demoVideo);
    assert.strictEqual(onDemoVideo.length, 1, `expected one kr-task-like on PLAT-1.3: ${describeDiagnostics(diagnostics)}`);
    assert.strictEqual(onDemoVideo[0].severity, vscode.DiagnosticSeverity.Warning);
  });

  it('lints files that are not open, so the Problems panel shows the whole workspace', async () => {
    const uri = workspaceFile('teams/growth.okr.yaml');
    const isOpen = vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString());
    assert.strictEqual(isOpen, false, 'this test needs growth.okr.yaml to be unopened');
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.length > 0);
  });
});
