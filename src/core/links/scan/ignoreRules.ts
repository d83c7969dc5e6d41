// The ignore rules of the Node walker, the same as ripgrep's so both scanners read the same files:
// the `exclude` patterns, then `.rgignore`, `.ignore` and `.gitignore` files. Like ripgrep, a
// `.rgignore` anywhere on the path outranks any `.ignore`, which outranks any `.gitignore`; among
// files of one kind the deepest decides, so it may re-include (`!pattern`) what a shallower one
// ignored; and a `.gitignore` above a nested repository (a folder with `.git`) stops applying in it.
import ignore, { Ignore } from 'ignore';

export const IGNORE_FILES = ['.rgignore', '.ignore', '.gitignore'] as const;
export type IgnoreFileName = (typeof IGNORE_FILES)[number];

interface Layer {
  /** Directory of the ignore file, relative to the scanned root, POSIX, '' for the root. */
  base: string;
  rules: Ignore;
}

/** Layers per kind of ignore file, deepest first, in order of precedence. */
type Layers = Record<IgnoreFileName, readonly Layer[]>;

export class IgnoreRules {
  private constructor(
    /** Undefined without patterns: `ignore` caches every path it is asked about, which costs. */
    private readonly exclude: Ignore | undefined,
    private readonly layers: Layers,
  ) {}

  static forRoot(exclude: readonly string[]): IgnoreRules {
    return new IgnoreRules(exclude.length ? ignore().add(exclude) : undefined, { '.rgignore': [], '.ignore': [], '.gitignore': [] });
  }

  /**
   * The rules inside directory `base` (relative, POSIX), given the texts of the ignore files it
   * holds and whether it is the top of a git repository.
   */
  enter(base: string, files: Partial<Record<IgnoreFileName, string>>, isRepository: boolean): IgnoreRules {
    if (Object.keys(files).length === 0 && !isRepository) return this;
    const layers = { ...this.layers };
    if (isRepository) layers['.gitignore'] = [];
    for (const name of IGNORE_FILES) {
      const text = files[name];
      if (text !== undefined) layers[name] = [{ base, rules: ignore().add(text) }, ...layers[name]];
    }
    return new IgnoreRules(this.exclude, layers);
  }

  /** `relativePath` is POSIX and relative to the scanned root. */
  ignores(relativePath: string, isDirectory: boolean): boolean {
    const suffix = isDirectory ? '/' : '';
    if (this.exclude?.ignores(relativePath + suffix)) return true;
    for (const name of IGNORE_FILES) {
      for (const { base, rules } of this.layers[name]) {
        const inLayer = base === '' ? relativePath : relativePath.slice(base.length + 1);
        const result = rules.test(inLayer + suffix);
        if (result.ignored) return true;
        if (result.unignored) return false;
      }
    }
    return false;
  }
}
