// Bundles the integration suites for the extension host: every folder under test/integration with
// an index.ts becomes <outDir>/<folder>/index.js plus one <name>.test.js per test file, which the
// suite's run() finds at runtime. Launchers build into a folder of their own (runOutDir) so that
// runs started at the same time never load each other's half-written bundles. `vscode` is provided by the host and mocha is loaded
// from node_modules (its reporters are required dynamically, which does not survive bundling).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceRoot = path.join(repoRoot, 'test', 'integration');
export const integrationOutDir = path.join(repoRoot, 'out', 'test', 'integration');

/** A per-process output folder inside the repo (so `vscode` and `mocha` resolve as for the extension). */
export function runOutDir() {
  return path.join(repoRoot, 'out', 'test', 'integration-runs', String(process.pid));
}

export function suiteFolders() {
  return fs
    .readdirSync(sourceRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(sourceRoot, entry.name, 'index.ts')))
    .map((entry) => entry.name);
}

export async function buildIntegrationTests(outDir = integrationOutDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  const entryPoints = suiteFolders().flatMap((folder) =>
    fs
      .readdirSync(path.join(sourceRoot, folder))
      .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
      .map((name) => path.join(sourceRoot, folder, name)),
  );
  await esbuild.build({
    entryPoints,
    outbase: sourceRoot,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return entryPoints.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = await buildIntegrationTests();
  console.log(`built ${count} integration test files into ${path.relative(repoRoot, integrationOutDir)}`);
}
