// The one folder walker: honours ignore files at every level as ripgrep does (see ignoreRules.ts)
// and the `exclude` patterns, lists hidden files, never descends into `.git` or `node_modules`, and
// does not follow symlinked folders (ripgrep's default, which also makes symlink loops harmless).
// The Node scanner reads code with it and the CLI finds `*.okr.yaml` files with it, so both skip
// the same paths.
import * as fs from 'fs';
import * as path from 'path';
import { IGNORE_FILES, IgnoreFileName, IgnoreRules } from './ignoreRules';
import { ALWAYS_SKIPPED } from './options';
import { isFileSystemError } from './shared';
import { TimeSlicer } from './timeSlicer';

export interface WalkOptions {
  /** gitignore-style patterns, relative to the root, excluded on top of the ignore files. */
  exclude?: readonly string[];
  /** Aborting rejects the walk with the signal's reason. */
  signal?: AbortSignal;
  /** Which entries that are not folders to visit (default: regular files); asked before the ignore rules. */
  wanted?: (entry: fs.Dirent) => boolean;
}

interface PendingDirectory {
  directory: string;
  /** POSIX, relative to the root, '' for the root. */
  relative: string;
  rules: IgnoreRules;
}

const SKIPPED = new Set(ALWAYS_SKIPPED);
const isRegularFile = (entry: fs.Dirent): boolean => entry.isFile();

/**
 * Calls `visit` with the path of every wanted entry under `root` that no rule ignores. Synchronous
 * steps in time slices (see timeSlicer.ts), so `visit` may read the file synchronously.
 */
export async function walkFolder(root: string, options: WalkOptions, visit: (file: string, entry: fs.Dirent) => void): Promise<void> {
  const slicer = new TimeSlicer(options.signal);
  const wanted = options.wanted ?? isRegularFile;
  const pending: PendingDirectory[] = [{ directory: path.resolve(root), relative: '', rules: IgnoreRules.forRoot(options.exclude ?? []) }];

  for (let next = pending.pop(); next; next = pending.pop()) {
    if (slicer.sliceUsedUp()) await slicer.pause();
    const entries = listDirectory(next.directory);
    const rules = withIgnoreFiles(next, entries);
    for (const entry of entries) {
      if (SKIPPED.has(entry.name)) continue;
      const relative = next.relative === '' ? entry.name : `${next.relative}/${entry.name}`;
      const child = childPath(next.directory, entry.name);
      if (entry.isDirectory()) {
        if (!rules.ignores(relative, true)) pending.push({ directory: child, relative, rules });
      } else if (wanted(entry) && !rules.ignores(relative, false)) {
        if (slicer.sliceUsedUp()) await slicer.pause();
        visit(child, entry);
      }
    }
  }
}

/** `path.join` without its normalizing: the directory is already normalized, the name one segment. */
function childPath(directory: string, name: string): string {
  return directory.endsWith(path.sep) ? directory + name : directory + path.sep + name;
}

function listDirectory(directory: string): fs.Dirent[] {
  try {
    return fs.readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    if (isFileSystemError(error)) return []; // unreadable, or deleted mid-walk
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
