// The `run()` half of the @vscode/test-electron contract, shared by every suite folder: loads the
// suite's compiled `*.test.js` files into mocha inside the extension host, and writes the results
// as JSON to the file named by OKR_TEST_RESULTS, because a browser-hosted extension host
// (code-server) has no terminal of its own for the launcher to read.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export interface TestOutcome {
  fullTitle: string;
  durationMs?: number;
  message?: string;
  stack?: string;
}

export interface SuiteResults {
  suite: string;
  passes: TestOutcome[];
  failures: TestOutcome[];
  pending: TestOutcome[];
}

export const RESULTS_FILE_ENV = 'OKR_TEST_RESULTS';

export async function runSuite(suiteDir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  const testFiles = fs
    .readdirSync(suiteDir)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  for (const name of testFiles) mocha.addFile(path.join(suiteDir, name));

  const results: SuiteResults = { suite: path.basename(suiteDir), passes: [], failures: [], pending: [] };
  try {
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => results.passes.push({ fullTitle: test.fullTitle(), durationMs: test.duration }));
      runner.on('pending', (test) => results.pending.push({ fullTitle: test.fullTitle() }));
      runner.on('fail', (test, error: Error) =>
        results.failures.push({ fullTitle: test.fullTitle(), message: String(error?.message ?? error), stack: error?.stack }),
      );
    });
  } catch (error) {
    // A test file that throws while loading never reaches the runner's 'fail' event.
    const failure = error instanceof Error ? error : new Error(String(error));
    results.failures.push({ fullTitle: `loading ${results.suite}`, message: failure.message, stack: failure.stack });
  }
  if (testFiles.length === 0) {
    results.failures.push({ fullTitle: `loading ${results.suite}`, message: `no *.test.js files in ${suiteDir}` });
  }
  writeResults(results);
  if (results.failures.length > 0) {
    throw new Error(`${results.failures.length} of ${results.failures.length + results.passes.length} tests failed`);
  }
}

function writeResults(results: SuiteResults): void {
  const file = process.env[RESULTS_FILE_ENV];
  if (!file) return; // under @vscode/test-electron the exit code and the spec output suffice
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename, so a launcher polling for the file never reads half of it.
  fs.writeFileSync(`${file}.partial`, JSON.stringify(results, null, 2));
  fs.renameSync(`${file}.partial`, file);
}
