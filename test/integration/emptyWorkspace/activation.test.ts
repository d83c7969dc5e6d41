import * as assert from 'assert';
import * as vscode from 'vscode';
import { ruleOf, waitForDiagnostics, withRule } from '../helpers/diagnostics';
import { okrExtension, writeWorkspaceFile } from '../helpers/workspace';

// Runs in test/fixtures/empty-workspace, which has no OKR file. The order of the tests matters:
// the first one observes the state before anything OKR-related happens.
describe('activation in a workspace without OKR files', () => {
  it('stays inactive', async () => {
    assert.deepStrictEqual(await vscode.workspace.findFiles('**/*.okr.yaml'), []);
    assert.strictEqual(okrExtension().isActive, false);
  });

  it('publishes no cross-file finding before the first pass has read every OKR file', async () => {
    // A team file whose parent and aligned ids are in another file: read alone, it would show a
    // false parent-missing and alignment-dangling for a moment.
    const company = await writeWorkspaceFile(
      'company.okr.yaml',
      ['okr: 1', 'team: Company', 'period: 2026-Q4', 'objectives:', '  - id: CO-1', '    title: Be the most reliable platform', '    key_results:',
        '      - id: CO-1.1', '        title: Cut incidents from 12 to 3 a quarter', '        baseline: 12', '        target: 3', ''].join('\n'),
    );
    const team = await writeWorkspaceFile(
      'teams/platform.okr.yaml',
      ['okr: 1', 'team: Platform', 'period: 2026-Q4', 'parent: ../company.okr.yaml', 'objectives:', '  - id: PL-1', '    title: Make deploys boring',
        '    aligns_to: [CO-1]', '    key_results:', '      - id: PL-1.1', '        title: Prepare a demo video', '        aligns_to: [CO-1.1]', ''].join('\n'),
    );
    const seen: string[] = [];
    const recorder = vscode.languages.onDidChangeDiagnostics((event) => {
      for (const uri of event.uris) for (const diagnostic of vscode.languages.getDiagnostics(uri)) seen.push(String(ruleOf(diagnostic)));
    });
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(team));
      await waitForDiagnostics(team, withRule('kr-task-like'));
      assert.strictEqual(okrExtension().isActive, true);
      for (const rule of ['parent-missing', 'alignment-dangling']) assert.ok(!seen.includes(rule), `a transient ${rule}: ${seen.join(', ')}`);
    } finally {
      recorder.dispose();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(team);
      await vscode.workspace.fs.delete(company);
    }
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
