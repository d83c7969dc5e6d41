// What every node of the OKR Lens trees shows, whichever view it is in: its label, stable id,
// description, Markdown tooltip and a codicon tinted by status.
import * as vscode from 'vscode';

export interface ShownNode {
  key: string;
  label: string;
  description?: string;
  /** Markdown. */
  tooltip: string;
  icon: string;
  color?: string;
}

export function shownTreeItem(node: ShownNode, state: vscode.TreeItemCollapsibleState): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, state);
  item.id = node.key;
  item.description = node.description;
  item.tooltip = new vscode.MarkdownString(node.tooltip);
  item.iconPath = new vscode.ThemeIcon(node.icon, node.color ? new vscode.ThemeColor(node.color) : undefined);
  return item;
}
