// Renders AlignmentItems as tree items. The tree is rebuilt lazily: a change of the OKR model only
// marks it stale, and VS Code asks for the new items when the view is visible.
import * as vscode from 'vscode';
import { toRange } from '../common/convert';
import { indexNodes } from '../../core/view/okrTree';
import { shownTreeItem } from '../common/treeItem';
import type { AlignmentItem } from '../../core/view/alignmentItems';

export class AlignmentTreeProvider implements vscode.TreeDataProvider<AlignmentItem>, vscode.Disposable {
  private roots: AlignmentItem[] | undefined;
  private byKey = new Map<string, AlignmentItem>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly build: () => AlignmentItem[]) {}

  refresh(): void {
    this.roots = undefined;
    this.emitter.fire();
  }

  getChildren(item?: AlignmentItem): AlignmentItem[] {
    const roots = this.currentRoots();
    return item ? (this.byKey.get(item.key) ?? item).children : roots;
  }

  getParent(item: AlignmentItem): AlignmentItem | undefined {
    this.currentRoots();
    return this.byKey.get(item.key)?.parent ?? item.parent;
  }

  /** The first item of the current tree that matches, e.g. to `reveal` it. */
  find(predicate: (item: AlignmentItem) => boolean): AlignmentItem | undefined {
    this.currentRoots();
    for (const item of this.byKey.values()) if (predicate(item)) return item;
    return undefined;
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

  dispose(): void {
    this.emitter.dispose();
  }

  private currentRoots(): AlignmentItem[] {
    if (!this.roots) {
      this.roots = this.build();
      this.byKey = indexNodes(this.roots);
    }
    return this.roots;
  }
}
