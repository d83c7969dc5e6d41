// Small pieces both scanners share.
import type { Reference } from '../references';
import { PROGRESS_EVERY } from './options';

/** A failure of one file or folder (EACCES, ENOENT, ELOOP, …), as opposed to a bug. */
export const isFileSystemError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';

/** By file, then position: both scanners finish in this order whatever order files were read in. */
export function sortReferences(references: Reference[]): Reference[] {
  return references.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.character - b.character,
  );
}

export class ProgressCounter {
  private scanned = 0;

  constructor(private readonly report?: (scannedFiles: number) => void) {}

  fileDone(): void {
    this.scanned++;
    if (this.scanned % PROGRESS_EVERY === 0) this.report?.(this.scanned);
  }

  finish(): void {
    this.report?.(this.scanned);
  }
}
