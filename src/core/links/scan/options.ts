// What both workspace scanners accept, and the rules they share.

export interface ScanOptions {
  /** Comment tags that introduce a reference, e.g. `DEFAULT_CONFIG.tags`; case-sensitive. */
  tags: string[];
  /** gitignore-style patterns, relative to the scanned root, excluded on top of `.gitignore` files. */
  exclude?: string[];
  /** Larger files are skipped (default 1 MiB). */
  maxFileBytes?: number;
  /** Aborting rejects the scan with the signal's reason (an `AbortError` by default). */
  signal?: AbortSignal;
  /**
   * Called every `PROGRESS_EVERY` files read, and once at the end, with the count so far. The Node
   * scanner counts every file it opens; the ripgrep scanner the files rg listed as candidates.
   */
  onProgress?: (scannedFiles: number) => void;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
export const PROGRESS_EVERY = 100;
/** Never descended into or read, whatever the ignore files say. */
export const ALWAYS_SKIPPED = ['.git', 'node_modules'];
