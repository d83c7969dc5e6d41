import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onCleanup } from './cleanup.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const testResultsDir = path.join(repoRoot, 'test-results');

/** A temp folder removed when this process exits; logs and screenshots go to test-results/ instead. */
export function makeTempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `okr-lens-${prefix}-`));
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A fresh copy of a workspace folder, because tests and users edit the files they open. */
export function copyWorkspace(source, prefix) {
  const target = path.join(makeTempDir(prefix), path.basename(source));
  fs.cpSync(source, target, { recursive: true });
  return target;
}
