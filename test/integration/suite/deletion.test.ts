import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitForDiagnostics, withRule } from '../helpers/diagnostics';
import { SCHEMA_ERROR_TEXT } from '../helpers/fixtures';
import { writeWorkspaceFile } from '../helpers/workspace';

describe('a deleted OKR file', () => {
  it('loses its diagnostics', async () => {
    const uri = await writeWorkspaceFile('doomed.okr.yaml', SCHEMA_ERROR_TEXT);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics(uri, withRule('schema'));

    // Delete it the way the Explorer does, so both file events and the file watcher see it.
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(uri);
    assert.ok(await vscode.workspace.applyEdit(edit), 'deleting the file failed');

    await waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 0);
  });
});
