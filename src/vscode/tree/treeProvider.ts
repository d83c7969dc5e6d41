// The OKRs and Unlinked work views: WorkNodes (built by the pure model) as tree items, and what a
// click on each kind of node does.
import * as vscode from 'vscode';
import type { WorkNode } from '../../core/view/okrTree';
import { NodeTreeProvider } from '../common/nodeTreeProvider';
import { shownTreeItem } from '../common/treeItem';

export const REVEAL_COMMAND = 'okr.revealInOkrFile';
export const OPEN_REFERENCE_COMMAND = 'okr.openReference';
export const CHECKOUT_COMMAND = 'okr.checkoutBranch';

export class WorkTreeProvider extends NodeTreeProvider<WorkNode> {
  constructor(build: () => WorkNode[]) {
    super(build, (roots) => JSON.stringify(roots));
  }

  getParent(node: WorkNode): WorkNode | undefined {
    return node.parentKey ? this.node(node.parentKey) : undefined;
  }

  getTreeItem(node: WorkNode): vscode.TreeItem {
    // Objectives start collapsed (like the Alignment view): a compact list, and `reveal` expands
    // parents reliably only when their children are not already being loaded by default.
    const state = node.children.length === 0
      ? vscode.TreeItemCollapsibleState.None
      : node.kind === 'file'
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed;
    const item = shownTreeItem(node, state);
    item.contextValue = node.contextValue;
    item.command = commandFor(node);
    return item;
  }
}

function commandFor(node: WorkNode): vscode.Command | undefined {
  switch (node.kind) {
    case 'file':
    case 'objective':
    case 'kr':
      return node.file ? { title: 'Show in OKR file', command: REVEAL_COMMAND, arguments: [node] } : undefined;
    case 'reference':
      return { title: 'Open reference', command: OPEN_REFERENCE_COMMAND, arguments: [node] };
    case 'branch':
      return { title: 'Check out branch', command: CHECKOUT_COMMAND, arguments: [node] };
    case 'group':
      return undefined;
  }
}
