// Renders WorkNodes (built by the pure model) as tree items. The trees are rebuilt lazily after a
// change of the OKR model, the references or the branches; `getParent` resolves by stable key so
// `reveal` works across rebuilds.
import * as vscode from 'vscode';
import { indexNodes, WorkNode } from '../../core/view/okrTree';
import { shownTreeItem } from '../common/treeItem';

export const REVEAL_COMMAND = 'okr.revealInOkrFile';
export const OPEN_REFERENCE_COMMAND = 'okr.openReference';
export const CHECKOUT_COMMAND = 'okr.checkoutBranch';

export class WorkTreeProvider implements vscode.TreeDataProvider<WorkNode>, vscode.Disposable {
  private roots: WorkNode[] | undefined;
  private byKey = new Map<string, WorkNode>();
  private signature = '';
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly build: () => WorkNode[]) {}

  /** Rebuilds, and redraws only when something visible changed: no flicker, no lost selection. */
  refresh(): void {
    const before = this.signature;
    this.roots = undefined;
    this.currentRoots();
    if (this.signature !== before) this.emitter.fire();
  }

  getChildren(node?: WorkNode): WorkNode[] {
    return node ? (this.byKey.get(node.key) ?? node).children : this.currentRoots();
  }

  getParent(node: WorkNode): WorkNode | undefined {
    this.currentRoots();
    return node.parentKey ? this.byKey.get(node.parentKey) : undefined;
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

  dispose(): void {
    this.emitter.dispose();
  }

  private currentRoots(): WorkNode[] {
    if (!this.roots) {
      this.roots = this.build();
      this.byKey = indexNodes(this.roots);
      this.signature = JSON.stringify(this.roots);
    }
    return this.roots;
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
