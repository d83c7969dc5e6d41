// The Alignment view: AlignmentItems as tree items. A change only marks the tree stale; VS Code
// asks for the new items when the view is visible.
import * as vscode from 'vscode';
import { toRange } from '../common/convert';
import { NodeTreeProvider } from '../common/nodeTreeProvider';
import { shownTreeItem } from '../common/treeItem';
import type { AlignmentItem } from '../../core/view/alignmentItems';

export class AlignmentTreeProvider extends NodeTreeProvider<AlignmentItem> {
  getParent(item: AlignmentItem): AlignmentItem | undefined {
    return this.node(item.key)?.parent ?? item.parent;
  }

  getTreeItem(item: AlignmentItem): vscode.TreeItem {
    const state =
      item.children.length === 0
        ? vscode.TreeItemCollapsibleState.None
        : item.kind === 'objective'
          ? vscode.TreeItemCollapsibleState.Collapsed
          : vscode.TreeItemCollapsibleState.Expanded;
    const treeItem = shownTreeItem(item, state);
    treeItem.contextValue = item.notAligned ? `okr.alignment.${item.kind}.notAligned` : `okr.alignment.${item.kind}`;
    const showOptions: vscode.TextDocumentShowOptions = { selection: toRange(item.range), preview: true };
    treeItem.command = { title: 'Reveal in OKR file', command: 'vscode.open', arguments: [vscode.Uri.parse(item.file), showOptions] };
    return treeItem;
  }
}
