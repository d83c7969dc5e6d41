// Feeds the pure workspace model from VS Code: OKR files on disk (workspace pass at activation and
// a file watcher) and open editor buffers (debounced), so every view shows what the editor shows.
import * as vscode from 'vscode';
import { isOkrFile } from '../../core/files';
import { ParsedOkrFile } from '../../core/format/parse';
import { localToday, msUntilLocalMidnight } from '../../core/today';
import { OkrWorkspace } from '../../core/workspace';
import { readSettings, SETTINGS_SECTION } from './settings';

const DEBOUNCE_MS = 250;
const OKR_GLOB = '**/*.okr.yaml';

export class OkrIndex implements vscode.Disposable {
  readonly model = new OkrWorkspace();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Bumped on every change of a file's entry, so a slow disk read cannot undo a later delete. */
  private readonly generations = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<string[]>();
  /** Fires with the changed files' URI strings after the model changed. */
  readonly onDidChange = this.changeEmitter.event;
  private ready: Promise<void> | undefined;
  private newDayTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.disposables.push(this.changeEmitter, { dispose: () => this.timers.forEach(clearTimeout) });
    this.disposables.push(this.model.onDidChange((files) => this.changeEmitter.fire(files)));
  }

  /** Starts watching and runs the first workspace pass; resolves when every OKR file is in. */
  start(): Promise<void> {
    if (this.ready) return this.ready;
    const watcher = vscode.workspace.createFileSystemWatcher(OKR_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.readFromDisk(uri)),
      watcher.onDidChange((uri) => this.readFromDisk(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      vscode.workspace.onDidOpenTextDocument((doc) => this.fromDocument(doc)),
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleDocument(event.document)),
      vscode.workspace.onDidCloseTextDocument((doc) => isOkrUri(doc.uri) && this.readFromDisk(doc.uri)),
      vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => this.forgetTree(uri))),
      vscode.workspace.onDidRenameFiles((event) =>
        event.files.forEach(({ oldUri, newUri }) => {
          this.forgetTree(oldUri);
          if (isOkrUri(newUri)) void this.readFromDisk(newUri);
        }),
      ),
      vscode.workspace.onDidChangeConfiguration(async (event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) await this.reconfigure();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reconfigure()),
    );
    this.ready = this.initialPass();
    this.scheduleNewDay();
    return this.ready;
  }

  get(uri: vscode.Uri): ParsedOkrFile | undefined {
    return this.model.get(uri.toString());
  }

  /** Re-reads settings and the workspace config file, then re-lints everything. */
  async reconfigure(): Promise<void> {
    const { config, parseOptions } = await readSettings();
    this.model.configure(config, parseOptions, localToday());
  }

  dispose(): void {
    clearTimeout(this.newDayTimer);
    this.disposables.forEach((d) => d.dispose());
  }

  /**
   * Rules and figures that depend on the date (`checkin-outside-period`, pace, staleness) move on
   * at local midnight in a window left open overnight. A second late, so `localToday` has moved.
   */
  private scheduleNewDay(): void {
    this.newDayTimer = setTimeout(() => {
      void this.reconfigure();
      this.scheduleNewDay();
    }, msUntilLocalMidnight() + 1000);
  }

  private async initialPass(): Promise<void> {
    const { config, parseOptions, exclude } = await readSettings();
    this.model.configure(config, parseOptions, localToday());
    const uris = await vscode.workspace.findFiles(OKR_GLOB, exclude);
    await Promise.all(uris.map((uri) => this.readFromDisk(uri)));
    for (const doc of vscode.workspace.textDocuments) this.fromDocument(doc);
  }

  private fromDocument(doc: vscode.TextDocument): void {
    if (!isOkrUri(doc.uri)) return;
    this.bump(doc.uri.toString());
    this.model.update(doc.uri.toString(), doc.getText());
  }

  private scheduleDocument(doc: vscode.TextDocument): void {
    if (!isOkrUri(doc.uri)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    // The timer reads the document when it fires, so only the newest text is ever linted.
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!doc.isClosed) this.fromDocument(doc);
      }, DEBOUNCE_MS),
    );
  }

  private async readFromDisk(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open && !open.isClosed) return this.fromDocument(open); // the buffer is the truth while open
    const generation = this.bump(key);
    const maxBytes = this.model.parseOptionsInUse.maxBytes;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (maxBytes !== undefined && stat.size > maxBytes) {
        if (this.generations.get(key) === generation) this.model.setOversized(key, stat.size, maxBytes);
        return;
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (this.generations.get(key) === generation) this.model.update(key, new TextDecoder('utf-8').decode(bytes));
    } catch {
      if (this.generations.get(key) === generation) this.forget(uri); // deleted or unreadable meanwhile
    }
  }

  private bump(key: string): number {
    const next = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, next);
    return next;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.bump(key);
    clearTimeout(this.timers.get(key));
    this.model.remove(key);
  }

  /** A deleted folder takes every OKR file under it along. */
  private forgetTree(uri: vscode.Uri): void {
    const prefix = uri.toString().replace(/\/?$/, '/');
    for (const parsed of this.model.all()) {
      if (parsed.file === uri.toString() || parsed.file.startsWith(prefix)) this.forget(vscode.Uri.parse(parsed.file));
    }
  }
}

export function isOkrUri(uri: vscode.Uri): boolean {
  return (uri.scheme === 'file' || uri.scheme === 'vscode-remote' || uri.scheme === 'untitled') && isOkrFile(uri.path);
}
