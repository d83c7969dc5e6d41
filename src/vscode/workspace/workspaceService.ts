// One place where the OKR model, the code references and the git branches meet. Views and editor
// features read `current()` and subscribe to `onDidChange`; nobody re-parses or re-scans on their own.
import * as vscode from 'vscode';
import type { IdEntry } from '../../core/workspace';
import type { GitBranches } from './gitBranches';
import type { OkrIndex } from './okrFiles';
import { linkWork, LinkedWork } from '../../core/links/linkedWork';
import type { WorkspaceLinks } from './codeReferences';

export interface WorkSnapshot {
  ids: ReadonlyMap<string, IdEntry>;
  work: LinkedWork;
}

export class WorkModel implements vscode.Disposable {
  private snapshot: WorkSnapshot | undefined;
  private queued = false;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires once per burst of changes in OKR files, references or branches. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[];

  constructor(
    readonly index: OkrIndex,
    readonly links: WorkspaceLinks,
    readonly git: GitBranches,
  ) {
    const changed = () => this.invalidate();
    this.disposables = [this.emitter, index.onDidChange(changed), links.onDidChange(changed), git.onDidChange(changed)];
  }

  current(): WorkSnapshot {
    if (!this.snapshot) {
      const ids = this.index.model.idIndex();
      this.snapshot = { ids, work: linkWork(ids, this.links.all(), this.git.branches()) };
    }
    return this.snapshot;
  }

  /** The definition of an id, matched case-insensitively as ids in code are. */
  lookup(id: string): IdEntry | undefined {
    const ids = this.current().ids;
    return ids.get(id) ?? [...ids.values()].find((entry) => entry.id.toUpperCase() === id.toUpperCase());
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  private invalidate(): void {
    this.snapshot = undefined;
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.emitter.fire();
    });
  }
}
