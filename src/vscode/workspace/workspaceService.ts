// THE workspace service: owns the OKR model, the references from code and the git branches, and is
// their only writer. Features read `snapshot()` (immutable; every figure computed once per model
// version and day) and subscribe to `onDidChange`; they ask the service to apply an edit or to
// re-read a buffer. Nobody else parses, scans or writes the model.
import * as vscode from 'vscode';
import type { TextEdit } from '../../core/edit';
import type { ParsedOkrFile } from '../../core/format/parse';
import { takeSnapshot, WorkspaceSnapshot } from '../../core/snapshot';
import { localToday } from '../../core/today';
import { OkrWorkspace } from '../../core/workspace';
import { toWorkspaceEdit } from '../common/convert';
import { CodeReferences } from './codeReferences';
import type { Repository } from './gitApi';
import { GitBranches } from './gitBranches';
import { isOkrUri, OkrFiles } from './okrFiles';

export class WorkspaceService implements vscode.Disposable {
  private readonly model = new OkrWorkspace();
  private readonly okrFiles: OkrFiles;
  private readonly references: CodeReferences;
  private readonly git: GitBranches;
  private current: WorkspaceSnapshot | undefined;
  private queued = false;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires once per burst of changes in OKR files, settings, references or branches. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[];
  private started = false;
  private filesReadDone!: () => void;
  private readyDone!: () => void;
  /** Resolves when the first pass has read every OKR file. */
  readonly filesRead = new Promise<void>((resolve) => (this.filesReadDone = resolve));
  /** Resolves when the OKR files are read and the code and branches too (never, without OKR files). */
  readonly ready = new Promise<void>((resolve) => (this.readyDone = resolve));

  constructor(readonly log: vscode.LogOutputChannel) {
    this.okrFiles = new OkrFiles(this.model, log);
    this.references = new CodeReferences((uri) => this.model.configurationOf(uri.toString()).tags, log);
    this.git = new GitBranches(log);
    const changed = () => this.invalidate();
    this.disposables = [
      this.emitter,
      this.okrFiles,
      this.references,
      this.git,
      this.model.onDidChange(() => {
        changed();
        // Tags come from settings and `.okr-lens.json`: a change of them rescans the code.
        this.references.rescanIfTagsChanged();
      }),
      this.references.onDidChange(changed),
      this.git.onDidChange(changed),
    ];
  }

  /**
   * Starts the first pass. A workspace without OKR files gets no scan of its code, no watcher
   * beyond OKR files and no git reads until its first OKR file appears.
   */
  start(): void {
    if (this.started) return;
    this.started = true;
    const failed = (what: string, done: () => void) => (error: unknown) => {
      this.log.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      done();
    };
    const files = this.okrFiles.start();
    files.then(this.filesReadDone, failed('the first pass over the OKR files', this.filesReadDone));
    // The scan needs the tags, which come with the settings the first pass reads.
    files
      .then(() => this.someOkrFile())
      .then(() => Promise.all([this.references.start(), this.git.start()]))
      .then(() => this.readyDone(), failed('the first scan of the code and branches', this.readyDone));
  }

  /** The workspace now, on today's date. The same object until something changes or the day moves on. */
  snapshot(): WorkspaceSnapshot {
    const today = localToday();
    if (!this.current || this.current.today !== today) {
      this.current = takeSnapshot(this.model, this.references.all(), this.git.branches(), today);
    }
    return this.current;
  }

  /** Re-reads an OKR buffer now (not after the typing debounce) and returns what it parsed to. */
  refresh(document: vscode.TextDocument): ParsedOkrFile | undefined {
    this.okrFiles.fromDocument(document);
    return this.model.get(document.uri.toString());
  }

  /** Applies edits to one document as one undoable step; the views follow at once. */
  async applyEdit(uri: vscode.Uri, edits: TextEdit[]): Promise<boolean> {
    const applied = await vscode.workspace.applyEdit(toWorkspaceEdit(uri, edits));
    const document = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
    if (applied && document && isOkrUri(uri)) this.okrFiles.fromDocument(document);
    return applied;
  }

  /** `OKR: Refresh`: settings, config files and the scan of the code, all again. */
  async reload(): Promise<void> {
    await Promise.all([this.okrFiles.reconfigure(), this.references.rescan()]);
  }

  /** The repository holding `uri`, else the only (or first) one. */
  repositoryFor(uri: vscode.Uri): Repository | undefined {
    return this.git.repositoryFor(uri);
  }

  /** The repository that has a branch of this name. */
  repositoryWithBranch(name: string): Repository | undefined {
    return this.git.repositoryWithBranch(name);
  }

  private someOkrFile(): Promise<void> {
    if (this.model.all().length > 0) return Promise.resolve();
    return new Promise((resolve) => {
      const waiting = this.model.onDidChange(() => {
        if (this.model.all().length === 0) return;
        waiting.dispose();
        resolve();
      });
      this.disposables.push(waiting);
    });
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private invalidate(): void {
    this.current = undefined;
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.emitter.fire();
    });
  }
}
