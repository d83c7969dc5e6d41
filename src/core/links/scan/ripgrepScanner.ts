// Scans a folder with ripgrep as a prefilter: rg lists the files with a line that could hold a
// reference, and Node reads those files with the same reader as the Node scanner, so both scanners
// make identical comment-context decisions. Node reads each file as soon as rg lists it.
import * as path from 'path';
import ignore from 'ignore';
import type { Reference } from '../references';
import { ripgrepPrefilter } from '../regex';
import { fileReferenceReader } from './fileReferences';
import { ALWAYS_SKIPPED, DEFAULT_MAX_FILE_BYTES, ScanOptions } from './options';
import { RipgrepCandidates } from './ripgrepCandidates';
import { ProgressCounter, sortReferences } from './shared';
import { TimeSlicer } from './timeSlicer';

/**
 * rg matches a glob with a slash in it against the whole path it prints, which is absolute here, so
 * only a basename pattern (`dist/`, `*.min.js`) means to rg what it means in a .gitignore. The others
 * are left to the Node side, which filters rg's list with every pattern anyway.
 */
const meansTheSameToRipgrep = (pattern: string): boolean => !pattern.startsWith('!') && !pattern.slice(0, -1).includes('/');

/** Flags that make rg select at least the files the Node scanner would take references from. */
export function ripgrepArguments(root: string, options: ScanOptions): string[] {
  const exclude = (options.exclude ?? []).map((pattern) => pattern.trim()).filter((pattern) => pattern && !pattern.startsWith('#'));
  // rg's `--glob` cannot re-include: with a `!pattern`, all exclusion is left to the Node side.
  const excludeGlobs = exclude.some((pattern) => pattern.startsWith('!')) ? [] : exclude.filter(meansTheSameToRipgrep);
  return [
    '--files-with-matches',
    '--null',
    '--no-config',
    '--no-messages',
    '--no-ignore-messages',
    // The Node scanner reads hidden files, reads binary files up to its own NUL check, and honours
    // .gitignore, .ignore and .rgignore files inside the root only, in a git repository or not.
    '--hidden',
    '--text',
    '--no-require-git',
    '--no-ignore-parent',
    '--no-ignore-exclude',
    '--no-ignore-global',
    `--max-filesize=${options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES}`,
    ...[...ALWAYS_SKIPPED, ...excludeGlobs].map((pattern) => `--glob=!${pattern}`),
    `--regexp=${ripgrepPrefilter(options.tags)}`,
    '--',
    root,
  ];
}

export async function scanWithRipgrep(rgPath: string, root: string, options: ScanOptions): Promise<Reference[]> {
  const slicer = new TimeSlicer(options.signal);
  const progress = new ProgressCounter(options.onProgress);
  const found: Reference[] = [];
  if (!options.tags.some((tag) => tag.length > 0)) {
    progress.finish();
    return found;
  }
  const rootPath = path.resolve(root);
  // rg prints the root as given (absolute, normalized) joined with the path inside it.
  const prefixLength = (rootPath.endsWith(path.sep) ? rootPath : rootPath + path.sep).length;
  const excluded = options.exclude?.length ? ignore().add(options.exclude) : undefined;
  const readReferences = fileReferenceReader(options.tags, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  const candidates = new RipgrepCandidates(rgPath, ripgrepArguments(rootPath, options), options.signal);
  try {
    while (await candidates.more()) {
      for (let file = candidates.take(); file !== undefined; file = candidates.take()) {
        if (slicer.sliceUsedUp()) await slicer.pause();
        if (excluded?.ignores(file.slice(prefixLength).split(path.sep).join('/'))) continue;
        for (const reference of readReferences(file)) found.push(reference);
        progress.fileDone();
      }
    }
  } finally {
    candidates.stop();
  }
  progress.finish();
  return sortReferences(found);
}
