// `okr.me`: whose key results "mine" means, in the check-in picker, the reminder and the tree filter.
import * as vscode from 'vscode';

export function myOwnerName(): string | undefined {
  return vscode.workspace.getConfiguration('okr').get<string>('me')?.trim() || undefined;
}
