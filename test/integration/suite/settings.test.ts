import * as assert from 'assert';
import * as vscode from 'vscode';
import { ruleOf, waitForDiagnostics, withoutRule, withRule } from '../helpers/diagnostics';
import { showWorkspaceFile, writeWorkspaceFile } from '../helpers/workspace';

async function setRules(rules: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('okr').update('rules', rules, vscode.ConfigurationTarget.Workspace);
}

describe('the okr.rules setting', () => {
  after(() => setRules(undefined));

  it('re-lints open files when a rule is turned off, and again when it is turned back on', async () => {
    const { document } = await showWorkspaceFile('teams/platform.okr.yaml');
    await waitForDiagnostics(document.uri, withRule('kr-task-like'));

    await setRules({ 'kr-task-like': 'off' });
    const withoutTaskLike = await waitForDiagnostics(document.uri, withoutRule('kr-task-like'));
    assert.ok(withoutTaskLike.length > 0, 'the other rules should still report (PLAT-2.2 has no target)');

    await setRules(undefined);
    await waitForDiagnostics(document.uri, withRule('kr-task-like'));
  });

  it('changes a rule\'s severity', async () => {
    const { document } = await showWorkspaceFile('teams/platform.okr.yaml');
    await setRules({ 'kr-task-like': 'error' });
    const diagnostics = await waitForDiagnostics(document.uri, (current) =>
      current.some((d) => ruleOf(d) === 'kr-task-like' && d.severity === vscode.DiagnosticSeverity.Error),
    );
    assert.ok(diagnostics.filter((d) => ruleOf(d) === 'kr-task-like').every((d) => d.severity === vscode.DiagnosticSeverity.Error));
  });
});

describe('the workspace config file .okr-lens.json', () => {
  it('is watched: writing it re-lints at once, deleting it restores the defaults', async () => {
    const { document } = await showWorkspaceFile('teams/platform.okr.yaml');
    await waitForDiagnostics(document.uri, withRule('kr-task-like'));
    const config = await writeWorkspaceFile('.okr-lens.json', JSON.stringify({ rules: { 'kr-task-like': 'off' } }));
    try {
      await waitForDiagnostics(document.uri, withoutRule('kr-task-like'));
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await waitForDiagnostics(document.uri, withRule('kr-task-like'));
  });

  it('keeps the last valid version while a half-typed edit is not valid JSON', async () => {
    const { document } = await showWorkspaceFile('teams/platform.okr.yaml');
    await waitForDiagnostics(document.uri, withRule('kr-no-target'));
    const config = await writeWorkspaceFile('.okr-lens.json', JSON.stringify({ rules: { 'kr-task-like': 'off' } }));
    try {
      await waitForDiagnostics(document.uri, withoutRule('kr-task-like'));
      await writeWorkspaceFile('.okr-lens.json', '{ "rules": { "kr-task-like": "off" } }}');
      // A setting change re-lints with whatever file config applies now: the last valid one.
      await setRules({ 'kr-no-target': 'off' });
      const after = await waitForDiagnostics(document.uri, withoutRule('kr-no-target'));
      assert.ok(!after.some((d) => ruleOf(d) === 'kr-task-like'), 'kr-task-like came back: the broken file reset the rules');
    } finally {
      await setRules(undefined);
      await vscode.workspace.fs.delete(config);
    }
    await waitForDiagnostics(document.uri, withRule('kr-task-like'));
  });
});
