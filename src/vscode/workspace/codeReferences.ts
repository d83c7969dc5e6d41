// The workspace's references from code to OKRs, kept current: one cancellable scan with progress
// (VS Code's bundled ripgrep when found, else the Node scanner), then incremental updates from a
// file watcher and from unsaved editor buffers, so the views show what the editor shows.
import { promises as fs } from 'fs';
import * as vscode from 'vscode';
import {
  DEFAULT_MAX_FILE_BYTES, findReferences, findRipgrep, LinkIndex, Reference, ScanOptions, scanWithNode, scanWithRipgrep,
} from '../../core/links';
import { referencesInBytes } from '../../core/links/scan/fileReferences';
import { enabledGlobs, globsToIgnorePatterns } from '../../core/links/scan/excludes';
import { FolderIgnores, IGNORE_FILE_NAMES } from '../../core/links/scan/folderIgnores';

const BUFFER_DEBOUNCE_MS = 200;
const WATCHER_BATCH_MS = 100;
const RESCAN_SETTINGS = ['okr.scan.exclude', 'files.exclude', 'search.exclude'];
/** Files of a watcher batch read at once. */
const READ_CONCURRENCY = 16;

export class CodeReferences implements vscode.Disposable {
  private readonly index = new LinkIndex();
  private readonly emitter = new vscode.EventEmitter<string[]>();
  /** Fires with the URI strings of files whose references changed. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private readonly bufferTimers = new Map<string, NodeJS.Timeout>();
  private readonly pendingDiskReads = new Set<string>();
  private batchTimer: NodeJS.Timeout | undefined;
  private folders: FolderIgnores[] = [];
  private scan: { abort: AbortController; done: Promise<void> } | undefined;
  /** Files the watcher reported while a scan ran: the scan may have read them before the change. */
  private changedDuringScan = new Set<string>();
  private ready: Promise<void> | undefined;
  private scannedTags = '';

  constructor(
    /** The comment tags of the folder a file is in. */
    private readonly tagsFor: (file: vscode.Uri) => readonly string[],
    private readonly log: vscode.LogOutputChannel,
  ) {}

  start(): Promise<void> {
    if (this.ready) return this.ready;
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.queueDiskRead(uri)),
      watcher.onDidChange((uri) => this.queueDiskRead(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => event.contentChanges.length && this.queueBuffer(event.document)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.queueDiskRead(doc.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (RESCAN_SETTINGS.some((section) => event.affectsConfiguration(section))) void this.rescan();
      }),
      { dispose: () => this.scan?.abort.abort() },
      { dispose: () => [...this.bufferTimers.values(), this.batchTimer].forEach((t) => clearTimeout(t)) },
    );
    this.ready = this.rescan();
    return this.ready;
  }

  all(): Reference[] {
    return this.index.all();
  }

  /** Tags come from each folder's settings and `.okr-lens.json`: rescan when they change. */
  rescanIfTagsChanged(): void {
    if (this.ready && this.tagSignature() !== this.scannedTags) void this.rescan();
  }

  /** Scans every local workspace folder again, replacing what is known; cancels a running scan. */
  rescan(): Promise<void> {
    this.scan?.abort.abort();
    const abort = new AbortController();
    const exclude = globsToIgnorePatterns([
      ...enabledGlobs(vscode.workspace.getConfiguration('files').get('exclude')),
      ...enabledGlobs(vscode.workspace.getConfiguration('search').get('exclude')),
      ...vscode.workspace.getConfiguration('okr').get<string[]>('scan.exclude', []),
    ]);
    const roots = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
    // Set before scanning, so single-file updates from now on judge ignores by the new rules.
    this.folders = roots.map((root) => new FolderIgnores(root, exclude));
    this.changedDuringScan = new Set();
    const done = vscode.window.withProgress(
      // In the status bar, not a notification: a rescan after a settings change is routine.
      { location: vscode.ProgressLocation.Window, title: 'OKR Lens: finding references to key results', cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => abort.abort());
        await this.scanFolders(roots, exclude, abort.signal, (files) => progress.report({ message: `${files} files` }));
      },
    );
    const scan = { abort, done: Promise.resolve(done) };
    this.scan = scan;
    void scan.done.finally(() => {
      if (this.scan === scan) this.scan = undefined;
    });
    return scan.done;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async scanFolders(roots: string[], exclude: string[], signal: AbortSignal, onProgress: (files: number) => void): Promise<void> {
    this.scannedTags = this.tagSignature();
    const rg = findRipgrep({ appRoot: vscode.env.appRoot });
    let scanned = 0;
    const found: Reference[] = [];
    for (const root of roots) {
      const base = scanned;
      const options = { tags: [...this.tagsFor(vscode.Uri.file(root))], exclude, signal, onProgress: (files: number) => onProgress((scanned = base + files)) };
      found.push(...(await this.scanFolder(rg, root, options)));
    }
    if (signal.aborted) return;
    this.replaceAll(found);
    const changed = [...this.changedDuringScan];
    this.changedDuringScan = new Set();
    changed.forEach((key) => this.queueDiskRead(vscode.Uri.parse(key)));
    // The buffer is the truth while a file is open with unsaved changes.
    for (const doc of vscode.workspace.textDocuments) if (doc.isDirty) this.queueBuffer(doc);
  }

  private async scanFolder(rg: string | undefined, root: string, options: ScanOptions): Promise<Reference[]> {
    if (rg) {
      try {
        return await scanWithRipgrep(rg, root, options);
      } catch (error) {
        if (options.signal?.aborted) return [];
        this.log.warn(`ripgrep at ${rg} failed (${(error as Error).message}); scanning with Node instead`);
      }
    }
    try {
      return await scanWithNode(root, options);
    } catch (error) {
      if (!options.signal?.aborted) this.log.error(`scanning ${root} failed: ${(error as Error).message}`);
      return [];
    }
  }

  private replaceAll(references: Reference[]): void {
    const byFile = new Map<string, Reference[]>();
    for (const ref of references) {
      const key = vscode.Uri.file(ref.file).toString();
      const list = byFile.get(key) ?? [];
      list.push({ ...ref, file: key });
      byFile.set(key, list);
    }
    const changed: string[] = [];
    for (const file of this.index.files()) if (!byFile.has(file) && this.index.setFile(file, [])) changed.push(file);
    for (const [file, refs] of byFile) if (this.index.setFile(file, refs)) changed.push(file);
    if (changed.length) this.emitter.fire(changed);
  }

  private queueBuffer(doc: vscode.TextDocument): void {
    if (doc.uri.scheme !== 'file') return;
    const key = doc.uri.toString();
    clearTimeout(this.bufferTimers.get(key));
    this.bufferTimers.set(
      key,
      setTimeout(() => void this.readBuffer(doc, key), BUFFER_DEBOUNCE_MS),
    );
  }

  private async readBuffer(doc: vscode.TextDocument, key: string): Promise<void> {
    this.bufferTimers.delete(key);
    if (doc.isClosed || (await this.isIgnored(doc.uri))) return;
    // Read when the timer fires, so only the newest text is ever indexed.
    const refs = findReferences(doc.getText(), doc.uri.fsPath, this.tagsFor(doc.uri)).map((ref) => ({ ...ref, file: key }));
    if (this.index.setFile(key, refs)) this.emitter.fire([key]);
  }

  /** Watcher events come in bursts (a checkout, a build): read the files in one batch. */
  private queueDiskRead(uri: vscode.Uri): void {
    if (uri.scheme !== 'file') return;
    if (IGNORE_FILE_NAMES.includes(uri.path.slice(uri.path.lastIndexOf('/') + 1))) {
      void this.rescan();
      return;
    }
    this.pendingDiskReads.add(uri.toString());
    if (this.scan) this.changedDuringScan.add(uri.toString());
    clearTimeout(this.batchTimer);
    this.batchTimer = setTimeout(() => void this.readPending(), WATCHER_BATCH_MS);
  }

  private async readPending(): Promise<void> {
    const uris = [...this.pendingDiskReads].map((key) => vscode.Uri.parse(key));
    this.pendingDiskReads.clear();
    const changed: string[] = [];
    for (let i = 0; i < uris.length; i += READ_CONCURRENCY) {
      await Promise.all(
        uris.slice(i, i + READ_CONCURRENCY).map(async (uri) => {
          const key = uri.toString();
          const open = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === key && !doc.isClosed);
          if (open?.isDirty) return;
          const refs = (await this.isIgnored(uri)) ? [] : (await this.readReferences(uri)).map((ref) => ({ ...ref, file: key }));
          if (this.index.setFile(key, refs)) changed.push(key);
        }),
      );
    }
    if (changed.length) this.emitter.fire(changed);
  }

  /** Regular files only, within the size cap; a file gone or unreadable has no references. */
  private async readReferences(uri: vscode.Uri): Promise<Reference[]> {
    try {
      const stat = await fs.lstat(uri.fsPath);
      if (!stat.isFile() || stat.size > DEFAULT_MAX_FILE_BYTES) return [];
      return referencesInBytes(await fs.readFile(uri.fsPath), uri.fsPath, this.tagsFor(uri));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code) return [];
      throw error;
    }
  }

  private tagSignature(): string {
    return (vscode.workspace.workspaceFolders ?? []).map((folder) => this.tagsFor(folder.uri).join(',')).join('\n');
  }

  /** A deleted folder takes every file under it along. */
  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const prefix = key.replace(/\/?$/, '/');
    const changed = this.index.files().filter((file) => file === key || file.startsWith(prefix));
    changed.forEach((file) => this.index.removeFile(file));
    if (this.scan) this.changedDuringScan.add(key);
    if (changed.length) this.emitter.fire(changed);
  }

  private async isIgnored(uri: vscode.Uri): Promise<boolean> {
    const folder = this.folders.find((f) => f.relative(uri.fsPath) !== undefined);
    return !folder || folder.ignores(uri.fsPath);
  }
}
