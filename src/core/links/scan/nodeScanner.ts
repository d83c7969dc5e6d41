// Scans a folder for references with Node's fs: honours ignore files at every level as ripgrep
// does (see ignoreRules.ts) and the `exclude` patterns, reads hidden files, never descends into
// `.git` or `node_modules`, and does not follow symlinks (ripgrep's default, which also makes
// symlink loops harmless).
import * as fs from 'fs';
import * as path from 'path';
import type { Reference } from '../references';
import { fileReferenceReader } from './fileReferences';
import { IGNORE_FILES, IgnoreFileName, IgnoreRules } from './ignoreRules';
import { ALWAYS_SKIPPED, DEFAULT_MAX_FILE_BYTES, ScanOptions } from './options';
import { isFileSystemError, ProgressCounter, sortReferences } from './shared';
import { TimeSlicer } from './timeSlicer';

interface PendingDirectory {
  directory: string;
  /** POSIX, relative to the root, '' for the root. */
  relative: string;
  rules: IgnoreRules;
}

export async function scanWithNode(root: string, options: ScanOptions): Promise<Reference[]> {
  const slicer = new TimeSlicer(options.signal);
  const readReferences = fileReferenceReader(options.tags, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  const progress = new ProgressCounter(options.onProgress);
  const found: Reference[] = [];
  const skipped = new Set(ALWAYS_SKIPPED);
  const pending: PendingDirectory[] = [{ directory: path.resolve(root), relative: '', rules: IgnoreRules.forRoot(options.exclude ?? []) }];

  for (let next = pending.pop(); next; next = pending.pop()) {
    if (slicer.sliceUsedUp()) await slicer.pause();
    const entries = listDirectory(next.directory);
    const rules = withIgnoreFiles(next, entries);
    for (const entry of entries) {
      if (skipped.has(entry.name)) continue;
      const relative = next.relative === '' ? entry.name : `${next.relative}/${entry.name}`;
      const child = childPath(next.directory, entry.name);
      if (entry.isDirectory()) {
        if (!rules.ignores(relative, true)) pending.push({ directory: child, relative, rules });
      } else if (entry.isFile() && !rules.ignores(relative, false)) {
        if (slicer.sliceUsedUp()) await slicer.pause();
        for (const reference of readReferences(child)) found.push(reference);
        progress.fileDone();
      }
    }
  }
  progress.finish();
  return sortReferences(found);
}

/** `path.join` without its normalizing: the directory is already normalized, the name one segment. */
function childPath(directory: string, name: string): string {
  return directory.endsWith(path.sep) ? directory + name : directory + path.sep + name;
}

function listDirectory(directory: string): fs.Dirent[] {
  try {
    return fs.readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    if (isFileSystemError(error)) return []; // unreadable, or deleted mid-scan
    throw error;
  }
}

/** The rules inside a directory: its own ignore files added to the inherited ones. */
function withIgnoreFiles({ directory, relative, rules }: PendingDirectory, entries: fs.Dirent[]): IgnoreRules {
  const files: Partial<Record<IgnoreFileName, string>> = {};
  let isRepository = false;
  for (const entry of entries) {
    if (entry.name === '.git') isRepository = true;
    else if ((IGNORE_FILES as readonly string[]).includes(entry.name) && entry.isFile()) {
      try {
        files[entry.name as IgnoreFileName] = fs.readFileSync(path.join(directory, entry.name), 'utf8');
      } catch (error) {
        if (!isFileSystemError(error)) throw error; // an unreadable ignore file ignores nothing
      }
    }
  }
  return rules.enter(relative, files, isRepository);
}
