// Scans a folder for references with Node's fs: reads every file the one walker (walk.ts) lets
// through, hidden files included, with the same ignore rules as ripgrep.
import type { Reference } from '../references';
import { fileReferenceReader } from './fileReferences';
import { DEFAULT_MAX_FILE_BYTES, ScanOptions } from './options';
import { ProgressCounter, sortReferences } from './shared';
import { walkFolder } from './walk';

export async function scanWithNode(root: string, options: ScanOptions): Promise<Reference[]> {
  const readReferences = fileReferenceReader(options.tags, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  const progress = new ProgressCounter(options.onProgress);
  const found: Reference[] = [];
  await walkFolder(root, { exclude: options.exclude, signal: options.signal }, (file) => {
    for (const reference of readReferences(file)) found.push(reference);
    progress.fileDone();
  });
  progress.finish();
  return sortReferences(found);
}
