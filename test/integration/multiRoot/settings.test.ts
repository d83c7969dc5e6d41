import * as assert from 'assert';
import * as vscode from 'vscode';
import type { OkrLensTestApi } from '../../../src/extension';
import { ruleOf, waitForDiagnostics, withRule } from '../helpers/diagnostics';
import { okrExtension } from '../helpers/workspace';

// Runs in test/fixtures/multi-root/multi-root.code-workspace: folders alpha and beta, and only beta
// has a .okr-lens.json (kr-task-like off, tags [TICKET]).
function folderFile(folder: string, relativePath: string): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.find((candidate) => candidate.name === folder);
  assert.ok(root, `the launcher must open the folder ${folder}`);
  return vscode.Uri.joinPath(root.uri, ...relativePath.split('/'));
}

describe('a multi-root workspace', () => {
  let api: OkrLensTestApi;
  before(async () => {
    api = (await okrExtension().activate()) as OkrLensTestApi;
    await api.ready;
  });

  it('lints each folder with its own .okr-lens.json', async () => {
    await waitForDiagnostics(folderFile('alpha', 'team.okr.yaml'), withRule('kr-task-like'));
    const beta = vscode.languages.getDiagnostics(folderFile('beta', 'team.okr.yaml')).filter((d) => d.source === 'okr');
    assert.ok(beta.length > 0, 'beta has other findings, so it was linted');
    assert.ok(!beta.some((d) => ruleOf(d) === 'kr-task-like'), beta.map((d) => ruleOf(d)).join(', '));
  });

  it('finds references with each folder\'s own comment tags', () => {
    const { work } = api.workspace.snapshot();
    const lines = (id: string) => work.referencesTo(id).map((ref) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(ref.file))}:${ref.tag}`);
    assert.deepStrictEqual(lines('ALP-1.2'), ['alpha/src/deploy.ts:TODO']);
    assert.deepStrictEqual(lines('BET-1.2'), ['beta/src/deploy.ts:TICKET']);
  });
});
