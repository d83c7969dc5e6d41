// Runs the integration suites inside a real VS Code (code-server + headless Chromium), on machines
// without internet. Same suites as runElectron.mjs. Prints each test and ends with
// "N passed, N failed"; exits 1 if anything failed or a suite produced no results.
//   node test/integration/runCodeServer.mjs [--suite examples] [--verbose]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildExtensionAndTests } from '../../scripts/lib/build.mjs';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { ensureCodeServer, startCodeServer, workbenchUrl } from '../../scripts/lib/codeServer.mjs';
import { copyWorkspace, makeTempDir, repoRoot, testResultsDir } from '../../scripts/lib/paths.mjs';
import { printSuiteResults } from '../../scripts/lib/report.mjs';
import { selectSuites } from './suites.mjs';
import { printSummary, runLauncher } from '../../scripts/lib/summary.mjs';

const RESULTS_TIMEOUT_MS = Number(process.env.OKR_INTEGRATION_TIMEOUT_MS ?? 5 * 60_000);
const EXTENSION_HOST_EXIT = /Extension Host Process exited with code: (-?\d+)/;
const verbose = process.argv.includes('--verbose');

async function runSuite(browser, suite) {
  const stateDir = makeTempDir(`it-${suite.name}`);
  const folder = copyWorkspace(suite.workspace, `ws-${suite.name}`);
  const resultsFile = path.join(stateDir, 'results.json');
  const server = await startCodeServer({
    stateDir,
    folder,
    env: { OKR_TEST_RESULTS: resultsFile },
    logFile: path.join(testResultsDir, `integration-${suite.name}-code-server.log`),
    echo: verbose,
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    const browserLog = fs.createWriteStream(path.join(testResultsDir, `integration-${suite.name}-browser.log`));
    page.on('console', (message) => browserLog.write(`[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (error) => browserLog.write(`[pageerror] ${error.stack ?? error}\n`));
    const workspaceFile = suite.workspaceFile && path.join(folder, suite.workspaceFile);
    await page.goto(workbenchUrl(server, { folder, workspaceFile, extensionDevelopmentPath: repoRoot, extensionTestsPath: suite.testsPath }));
    const outcome = await waitForResults(server, resultsFile);
    await page.screenshot({ path: path.join(testResultsDir, `integration-${suite.name}.png`) }).catch(() => {});
    browserLog.end();
    if (outcome.results) return { ...outcome.results, suite: suite.name };
    return {
      suite: suite.name,
      passes: [],
      failures: [{ fullTitle: `${suite.name} (no results)`, message: `${outcome.reason}\ncode-server log tail:\n${server.tail()}` }],
      pending: [],
    };
  } finally {
    await context.close().catch(() => {});
    await server.stop();
  }
}

/** The suite's results file, or why there is none: the host exited without one, or time ran out. */
function waitForResults(server, resultsFile) {
  return new Promise((resolve) => {
    const finish = (outcome) => {
      clearInterval(poll);
      clearTimeout(timer);
      removeListener();
      resolve(outcome);
    };
    const check = () => {
      if (fs.existsSync(resultsFile)) return finish({ results: JSON.parse(fs.readFileSync(resultsFile, 'utf8')) });
      const exit = server.log().match(EXTENSION_HOST_EXIT);
      if (exit) return finish({ reason: `the extension host exited with code ${exit[1]} without writing results` });
      if (server.hasExited()) return finish({ reason: 'code-server exited before the tests finished' });
    };
    // The file appears without a log line, so it is polled; the log is checked as it arrives.
    const poll = setInterval(check, 250);
    const removeListener = server.onLog(check);
    const timer = setTimeout(
      () => finish({ reason: `no test results after ${RESULTS_TIMEOUT_MS / 1000} s (is the extension host stuck?)` }),
      RESULTS_TIMEOUT_MS,
    );
    check();
  });
}

async function main() {
  ensureCodeServer();
  const suites = selectSuites(process.argv.slice(2), await buildExtensionAndTests());
  fs.mkdirSync(testResultsDir, { recursive: true });
  const browser = await launchChromium();
  let passed = 0;
  let failed = 0;
  try {
    for (const suite of suites) {
      console.log(`\n# integration suite "${suite.name}" (workspace: ${path.relative(repoRoot, suite.workspace)})`);
      const results = await runSuite(browser, suite);
      printSuiteResults(results);
      passed += results.passes.length;
      failed += results.failures.length;
    }
  } finally {
    await browser.close();
  }
  printSummary(passed, failed);
}

runLauncher(main);
