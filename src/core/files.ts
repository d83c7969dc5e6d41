// Finds `*.okr.yaml` files under a folder with the scanners' walker, so the CLI skips what the
// reference scan skips: ignore files (`.gitignore`, `.ignore`, `.rgignore`) at every level, the
// excludes, `.git` and `node_modules`.
import { walkFolder } from './links/scan/walk';

export const OKR_FILE_SUFFIX = '.okr.yaml';

export function isOkrFile(file: string): boolean {
  return file.endsWith(OKR_FILE_SUFFIX);
}

export async function findOkrFiles(root: string, extraExcludes: readonly string[] = []): Promise<string[]> {
  const found: string[] = [];
  // A symlink to an OKR file counts; symlinked folders are not followed (no loops).
  const wanted = (entry: { name: string; isFile(): boolean; isSymbolicLink(): boolean }) =>
    (entry.isFile() || entry.isSymbolicLink()) && isOkrFile(entry.name);
  await walkFolder(root, { exclude: extraExcludes, wanted }, (file) => found.push(file));
  return found.sort();
}
