// Whether a single changed file would be skipped by the workspace scan: the same rules as the core
// scanner (ignore files at every level, the excludes, `.git` and `node_modules`), evaluated for one
// path so watcher events and editor buffers never add what the first scan left out.
import { promises as fs } from 'fs';
import * as path from 'path';
import { IGNORE_FILES, IgnoreFileName, IgnoreRules } from './ignoreRules';
import { ALWAYS_SKIPPED } from './options';

interface DirectoryIgnores {
  files: Partial<Record<IgnoreFileName, string>>;
  isRepository: boolean;
}

/** Files whose change alters what is ignored: the scan starts over. */
export const IGNORE_FILE_NAMES: readonly string[] = IGNORE_FILES;

export class FolderIgnores {
  /** Directory (relative, POSIX) -> its ignore files. Rebuilt with the folder on every rescan. */
  private readonly directories = new Map<string, Promise<DirectoryIgnores>>();
  private readonly base: IgnoreRules;

  constructor(
    readonly root: string,
    exclude: readonly string[],
  ) {
    this.base = IgnoreRules.forRoot(exclude);
  }

  /** The path relative to the root (POSIX), or undefined when it is outside the folder. */
  relative(file: string): string | undefined {
    const relative = path.relative(this.root, file);
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    return relative.split(path.sep).join('/');
  }

  async ignores(file: string): Promise<boolean> {
    const relative = this.relative(file);
    if (relative === undefined) return true;
    const segments = relative.split('/');
    if (segments.some((segment) => ALWAYS_SKIPPED.includes(segment))) return true;
    let rules = this.base;
    for (let depth = 0; depth < segments.length; depth++) {
      const directory = segments.slice(0, depth).join('/');
      const { files, isRepository } = await this.directory(directory);
      rules = rules.enter(directory, files, isRepository);
      if (rules.ignores(segments.slice(0, depth + 1).join('/'), depth < segments.length - 1)) return true;
    }
    return false;
  }

  private directory(relative: string): Promise<DirectoryIgnores> {
    let found = this.directories.get(relative);
    if (!found) {
      found = this.read(path.join(this.root, relative));
      this.directories.set(relative, found);
    }
    return found;
  }

  private async read(directory: string): Promise<DirectoryIgnores> {
    const files: Partial<Record<IgnoreFileName, string>> = {};
    await Promise.all(
      IGNORE_FILES.map(async (name) => {
        try {
          files[name] = await fs.readFile(path.join(directory, name), 'utf8');
        } catch {
          // missing or unreadable: ignores nothing
        }
      }),
    );
    const isRepository = await fs.stat(path.join(directory, '.git')).then(() => true, () => false);
    return { files, isRepository };
  }
}
