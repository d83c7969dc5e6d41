import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitForDiagnostics, withRule } from '../helpers/diagnostics';
import { okrExtension, writeWorkspaceFile } from '../helpers/workspace';

// Runs in test/fixtures/empty-workspace, which has no OKR file. The order of the tests matters:
// the first one observes the state before anything OKR-related happens.
describe('activation in a workspace without OKR files', () => {
  it('stays inactive', async () => {
    assert.deepStrictEqual(await vscode.workspace.findFiles('**/*.okr.yaml'), []);
    assert.strictEqual(okrExtension().isActive, false);
  });

  it('activates when an OKR file is opened, and lints it', async () => {
    const uri = await writeWorkspaceFile(
      'new.okr.yaml',
      [
        'okr: 1',
        'team: Newcomers',
        'period: 2026-Q4',
        'objectives:',
        '  - id: NEW-1',
        '    title: Get started with OKRs',
        '    key_results:',
        '      - id: NEW-1.1',
        '        title: Onboard ten teams',
        '        baseline: none',
        '        target: 10',
        '',
      ].join('\n'),
    );
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitForDiagnostics(uri, withRule('schema'));
    assert.strictEqual(okrExtension().isActive, true);
    await okrExtension().activate();
  });
});
