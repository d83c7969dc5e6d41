import * as assert from 'assert';
import * as vscode from 'vscode';
import { okrExtension } from '../helpers/workspace';

describe('activation in a workspace with OKR files', () => {
  it('is installed under its published id', () => {
    assert.strictEqual(okrExtension().packageJSON.displayName, 'OKR Lens');
  });

  it('was activated by workspaceContains, and activate() succeeded', async () => {
    const matches = await vscode.workspace.findFiles('**/*.okr.yaml');
    assert.ok(matches.length >= 3, `expected the examples' OKR files, found ${matches.length}`);
    const extension = okrExtension();
    // Tests start only after VS Code's eager (workspaceContains) activations have settled.
    assert.strictEqual(extension.isActive, true, 'the extension was not activated by the workspace');
    // isActive is also true after a failed activation; activate() re-raises that failure.
    await extension.activate();
  });
});
