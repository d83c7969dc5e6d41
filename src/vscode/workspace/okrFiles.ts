// Feeds the core workspace model from VS Code: OKR files on disk (the first pass and a file
// watcher), open editor buffers (debounced), settings and `.okr-lens.json` of every folder. Part of
// the workspace service: features never see it.
import { promises as fs } from 'fs';
import * as vscode from 'vscode';
import { isOkrFile, readOkrFileInside, unreadOkrFile } from '../../core/files';
import { DEFAULT_MAX_BYTES } from '../../core/format/parse';
import { localToday, msUntilLocalMidnight } from '../../core/today';
import type { OkrWorkspace } from '../../core/workspace';
import { CONFIG_FILE_GLOB, readSettings, SETTINGS_SECTION } from './settings';

const DEBOUNCE_MS = 250;
const OKR_GLOB = '**/*.okr.yaml';
/** Files read at once from disk: a checkout that changes 500 OKR files must not open 500 at a time. */
const READ_CONCURRENCY = 16;

export class OkrFiles implements vscode.Disposable {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Bumped on every change of a file's entry, so a slow disk read cannot undo a later delete. */
  private readonly generations = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];
  private ready: Promise<void> | undefined;
  private newDayTimer: ReturnType<typeof setTimeout> | undefined;
  private exclude: string | undefined;

  constructor(
    private readonly model: OkrWorkspace,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push({ dispose: () => this.timers.forEach(clearTimeout) });
  }

  /** Starts watching and runs the first workspace pass; resolves when every OKR file is in. */
  start(): Promise<void> {
    if (this.ready) return this.ready;
    const watcher = vscode.workspace.createFileSystemWatcher(OKR_GLOB);
    const configWatcher = vscode.workspace.createFileSystemWatcher(CONFIG_FILE_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.readFromDisk(uri)),
      watcher.onDidChange((uri) => this.readFromDisk(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      configWatcher,
      configWatcher.onDidCreate(() => this.reconfigure()),
      configWatcher.onDidChange(() => this.reconfigure()),
      configWatcher.onDidDelete(() => this.reconfigure()),
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
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reconfigure()),
      vscode.workspace.onDidChangeConfiguration(async (event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) await this.reconfigure();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reconfigure()),
    );
    this.ready = this.initialPass();
    this.scheduleNewDay();
    return this.ready;
  }

  /** Re-reads settings and every folder's config file, then re-lints everything. */
  async reconfigure(): Promise<void> {
    const settings = await readSettings(this.log);
    this.exclude = settings.exclude;
    this.model.configure(settings.config, settings.parseOptions, localToday(), (file) => settings.configOf(vscode.Uri.parse(file)));
  }

  /** Parses a buffer now, skipping the debounce: an edit's result shows at once. */
  fromDocument(doc: vscode.TextDocument): void {
    if (!isOkrUri(doc.uri)) return;
    const key = doc.uri.toString();
    this.bump(key);
    clearTimeout(this.timers.get(key));
    this.parse(key, () => doc.getText());
  }

  dispose(): void {
    clearTimeout(this.newDayTimer);
    for (const disposable of this.disposables) disposable.dispose();
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
    await this.reconfigure();
    const uris = await vscode.workspace.findFiles(OKR_GLOB, this.exclude);
    for (let i = 0; i < uris.length; i += READ_CONCURRENCY) {
      await Promise.all(uris.slice(i, i + READ_CONCURRENCY).map((uri) => this.readFromDisk(uri)));
    }
    for (const doc of vscode.workspace.textDocuments) this.fromDocument(doc);
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
    const maxBytes = this.model.parseOptionsInUse.maxBytes ?? DEFAULT_MAX_BYTES;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (uri.scheme === 'file' && folder?.uri.scheme === 'file') {
      // The root is a fence: a regular file inside the folder after resolving symlinks, never more
      // than the size cap read, never a FIFO or a device (`/etc/shadow` via a link stays unread).
      const read = await readOkrFileInside(folder.uri.fsPath, uri.fsPath, maxBytes);
      if (this.generations.get(key) !== generation) return;
      if ('text' in read) return this.parse(key, () => read.text);
      if (read.skipped === 'unreadable' && !(await exists(uri))) return this.forget(uri); // deleted meanwhile
      this.model.set(unreadOkrFile(key, read, maxBytes));
      return;
    }
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > maxBytes) {
        if (this.generations.get(key) === generation) this.model.setOversized(key, stat.size, maxBytes);
        return;
      }
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      if (this.generations.get(key) !== generation) return;
      if (error instanceof vscode.FileSystemError) this.forget(uri); // deleted or unreadable meanwhile
      else this.fail(key, error);
      return;
    }
    if (this.generations.get(key) === generation) this.parse(key, () => new TextDecoder('utf-8').decode(bytes));
  }

  /** A parse or lint failure is a bug of ours: it is logged and shown on the file, never swallowed. */
  private parse(key: string, text: () => string): void {
    try {
      this.model.update(key, text());
    } catch (error) {
      this.fail(key, error);
    }
  }

  private fail(key: string, error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    this.log.error(`internal error on ${key}: ${error instanceof Error ? (error.stack ?? detail) : detail}`);
    this.model.setInternalError(key, detail);
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

async function exists(uri: vscode.Uri): Promise<boolean> {
  return fs.lstat(uri.fsPath).then(() => true, () => false);
}

export function isOkrUri(uri: vscode.Uri): boolean {
  return (uri.scheme === 'file' || uri.scheme === 'vscode-remote' || uri.scheme === 'untitled') && isOkrFile(uri.path);
}
