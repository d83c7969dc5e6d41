import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './diagnostics';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the launcher must open a workspace folder');
  return folder.uri;
}

export function workspaceFile(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

export async function writeWorkspaceFile(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(relativePath);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

export async function showWorkspaceFile(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  return vscode.window.showTextDocument(document);
}

export function okrExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  return extension;
}

/** The 0-based lines from `- id: <id>` up to the next list item at the same or a lower indent. */
export function linesOfItem(text: string, id: string): { first: number; last: number } {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => new RegExp(`^\\s*- id: ${id.replace(/\./g, '\\.')}\\s*$`).test(line));
  assert.ok(first >= 0, `no "- id: ${id}" in the text`);
  const indent = lines[first].indexOf('-');
  const next = lines.findIndex(
    (line, index) => index > first && line.trim() !== '' && line.search(/\S/) <= indent && !line.trimStart().startsWith('#'),
  );
  return { first, last: (next < 0 ? lines.length : next) - 1 };
}

/** Leaves the workspace as the files on disk say, so a failed test cannot leak edits into the next. */
export async function revertDirtyDocuments(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}
