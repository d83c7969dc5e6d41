// The integration suites and the workspace each one opens; shared by both launchers.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The suites, with their bundles in `outDir` (see scripts/build-tests.mjs). */
export const integrationSuites = (outDir) => [
  {
    name: 'examples',
    testsPath: path.join(outDir, 'suite', 'index.js'),
    workspace: path.join(repoRoot, 'examples'),
  },
  {
    name: 'empty-workspace',
    testsPath: path.join(outDir, 'emptyWorkspace', 'index.js'),
    workspace: path.join(repoRoot, 'test', 'fixtures', 'empty-workspace'),
  },
  {
    name: 'multi-root',
    testsPath: path.join(outDir, 'multiRoot', 'index.js'),
    workspace: path.join(repoRoot, 'test', 'fixtures', 'multi-root'),
    /** Opened instead of the folder: a multi-root workspace of the folders inside it. */
    workspaceFile: 'multi-root.code-workspace',
  },
];

/** `--suite <name>` (repeatable) picks suites; no flag runs them all. */
export function selectSuites(argv, outDir) {
  const suites = integrationSuites(outDir);
  const wanted = argv.flatMap((arg, index) => (argv[index - 1] === '--suite' ? [arg] : []));
  if (wanted.length === 0) return suites;
  const unknown = wanted.filter((name) => !suites.some((suite) => suite.name === name));
  if (unknown.length > 0) {
    throw new Error(`unknown suite ${unknown.join(', ')}; known: ${suites.map((s) => s.name).join(', ')}`);
  }
  return suites.filter((suite) => wanted.includes(suite.name));
}
