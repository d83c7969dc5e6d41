// Finds `*.okr.yaml` files under a folder, honouring .gitignore files at every level.
import { promises as fs } from 'fs';
import * as path from 'path';
import ignore, { Ignore } from 'ignore';

export const OKR_FILE_SUFFIX = '.okr.yaml';
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

export function isOkrFile(file: string): boolean {
  return file.endsWith(OKR_FILE_SUFFIX);
}

export async function findOkrFiles(root: string, extraExcludes: string[] = []): Promise<string[]> {
  const found: string[] = [];
  const base = ignore().add(extraExcludes);
  await walk(root, root, [{ dir: root, rules: base }], found);
  return found.sort();
}

interface Scope {
  dir: string;
  rules: Ignore;
}

async function walk(root: string, dir: string, scopes: Scope[], found: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return; // unreadable or vanished mid-walk: nothing to find there
  }
  const gitignore = entries.find((e) => e.isFile() && e.name === '.gitignore');
  if (gitignore) {
    try {
      const rules = ignore().add(await fs.readFile(path.join(dir, '.gitignore'), 'utf8'));
      scopes = [...scopes, { dir, rules }];
    } catch {
      // an unreadable .gitignore ignores nothing
    }
  }
  const subdirs: string[] = [];
  for (const entry of entries) {
    if (ALWAYS_SKIPPED.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    const isDir = entry.isDirectory(); // symlinked folders are not followed: no loops
    if (isIgnored(scopes, full, isDir)) continue;
    if (isDir) subdirs.push(full);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isOkrFile(entry.name)) found.push(full);
  }
  await Promise.all(subdirs.map((sub) => walk(root, sub, scopes, found)));
}

function isIgnored(scopes: Scope[], full: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    const relative = path.relative(scope.dir, full).split(path.sep).join('/');
    if (!relative || relative.startsWith('..')) continue;
    if (scope.rules.ignores(isDir ? `${relative}/` : relative)) return true;
  }
  return false;
}
