// Showing an objective or KR in its OKR file, with its id selected: the panel, the trees and the
// alignment graph all open it the same way.
import * as vscode from 'vscode';
import type { WorkspaceSnapshot } from '../../core/snapshot';
import { toRange } from './convert';

export async function revealId(snapshot: WorkspaceSnapshot, id: string): Promise<vscode.TextEditor | undefined> {
  const entry = snapshot.ids.get(id);
  if (!entry) {
    void vscode.window.showWarningMessage(`${id} is no longer in the OKR files.`);
    return undefined;
  }
  const ranges = entry.keyResult?.ranges ?? entry.objective.ranges;
  const range = toRange(ranges.values.id ?? ranges.node);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(entry.file));
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: range });
}
