// A hostile repository in the real VS Code: an OKR file that is a symlink out of the workspace is
// not read; it gets one finding saying so, and nothing of the target reaches the Problems panel.
import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as vscode from 'vscode';
import { okrDiagnostics, ruleOf, waitForDiagnostics, withRule } from '../helpers/diagnostics';
import { workspaceFile } from '../helpers/workspace';

describe('a hostile repository', () => {
  it('does not read an OKR file that links outside the workspace, and says so on that file', async () => {
    const link = workspaceFile('teams/outside.okr.yaml');
    await fs.symlink('/etc/passwd', link.fsPath);
    try {
      const diagnostics = await waitForDiagnostics(link, withRule('file-unreadable'));
      assert.deepStrictEqual(diagnostics.map((d) => ruleOf(d)), ['file-unreadable']);
      assert.strictEqual(diagnostics[0].severity, vscode.DiagnosticSeverity.Information);
      assert.match(diagnostics[0].message, /points outside the repository/);
      assert.ok(!okrDiagnostics(link).some((d) => d.message.includes('root:')), 'the target was read');
    } finally {
      await fs.unlink(link.fsPath);
    }
  });
});
