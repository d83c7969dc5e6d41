// A tree view over nodes built by a pure view-model: rebuilt lazily after a change, looked up by
// stable key so `getParent` and `reveal` work across rebuilds. The OKRs, Unlinked work and
// Alignment views each add only how a node looks and what a click does.
import * as vscode from 'vscode';
import { indexNodes } from '../../core/view/okrTree';

interface KeyedNode<T> {
  key: string;
  children: readonly T[];
}

export abstract class NodeTreeProvider<T extends KeyedNode<T>> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private roots: T[] | undefined;
  private byKey = new Map<string, T>();
  private signature = '';
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;

  /** With `signatureOf`, a rebuild redraws only when something visible changed: no flicker, no lost selection. */
  constructor(
    private readonly build: () => T[],
    private readonly signatureOf?: (roots: readonly T[]) => string,
  ) {}

  refresh(): void {
    const before = this.signature;
    this.roots = undefined;
    if (!this.signatureOf) return this.emitter.fire();
    this.currentRoots();
    if (this.signature !== before) this.emitter.fire();
  }

  getChildren(node?: T): T[] {
    const roots = this.currentRoots();
    return node ? [...(this.byKey.get(node.key) ?? node).children] : roots;
  }

  abstract getParent(node: T): T | undefined;

  abstract getTreeItem(node: T): vscode.TreeItem;

  /** The first node of the current tree that matches, e.g. to `reveal` it. */
  find(predicate: (node: T) => boolean): T | undefined {
    this.currentRoots();
    for (const node of this.byKey.values()) if (predicate(node)) return node;
    return undefined;
  }

  dispose(): void {
    this.emitter.dispose();
  }

  /** The node of the current tree with this key. */
  protected node(key: string): T | undefined {
    this.currentRoots();
    return this.byKey.get(key);
  }

  private currentRoots(): T[] {
    if (!this.roots) {
      this.roots = this.build();
      this.byKey = indexNodes(this.roots);
      if (this.signatureOf) this.signature = this.signatureOf(this.roots);
    }
    return this.roots;
  }
}
