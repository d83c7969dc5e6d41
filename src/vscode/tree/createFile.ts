// `okr.createFile`: writes the commented template into the first workspace folder (or asks where,
// when there is no folder or the file exists) and opens it.
import * as vscode from 'vscode';
import { okrFileTemplate, quarterOf, TEMPLATE_FILE_NAME } from '../../core/view/template';

export async function createOkrFile(): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  let target = folder && vscode.Uri.joinPath(folder.uri, TEMPLATE_FILE_NAME);
  if (!target || (await exists(target))) {
    target = await vscode.window.showSaveDialog({
      title: 'Create an OKR file',
      defaultUri: target,
      filters: { 'OKR files': ['okr.yaml'] },
      saveLabel: 'Create',
    });
    if (!target) return undefined;
    if (!target.path.endsWith('.okr.yaml')) target = target.with({ path: target.path.replace(/(\.ya?ml)?$/, '.okr.yaml') });
  }
  const team = folder?.name ?? 'My team';
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(okrFileTemplate(team, quarterOf(new Date()))));
  await vscode.window.showTextDocument(target);
  return target;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
