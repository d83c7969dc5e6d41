import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { buildIntegrationTests, runOutDir } from '../build-tests.mjs';
import { onCleanup } from './cleanup.mjs';
import { repoRoot } from './paths.mjs';

/**
 * The extension as `npm run build` makes it (dist/extension.js), plus the test suites bundled into
 * a folder for this process only, removed on exit. Returns that folder.
 */
export async function buildExtensionAndTests() {
  buildExtension();
  const outDir = runOutDir();
  onCleanup(() => fs.rmSync(outDir, { recursive: true, force: true }));
  await buildIntegrationTests(outDir);
  return outDir;
}

export function buildExtension() {
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`node esbuild.mjs failed (exit ${build.status})`);
}
