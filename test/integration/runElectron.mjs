// Runs the integration suites in desktop VS Code through @vscode/test-electron, for machines with
// internet or a local VS Code. Same suites and output as runCodeServer.mjs. The VS Code used is, in
// order: $VSCODE_EXECUTABLE_PATH, the installation behind `code` on PATH, or a downloaded stable.
//   node test/integration/runElectron.mjs [--suite examples]
import { runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildExtensionAndTests } from '../../scripts/lib/build.mjs';
import { copyWorkspace, makeTempDir, repoRoot } from '../../scripts/lib/paths.mjs';
import { printSuiteResults } from '../../scripts/lib/report.mjs';
import { selectSuites } from './suites.mjs';
import { printSummary, runLauncher } from '../../scripts/lib/summary.mjs';

/** The Electron binary of an installed VS Code; `code` on PATH is only a launcher script for it. */
function installedVsCode() {
  if (process.env.VSCODE_EXECUTABLE_PATH) return process.env.VSCODE_EXECUTABLE_PATH;
  let launcher;
  try {
    launcher = fs.realpathSync(execFileSync('which', ['code'], { encoding: 'utf8' }).trim());
  } catch {
    return undefined;
  }
  // Linux: <install>/bin/code launches <install>/code; macOS: .../Resources/app/bin/code -> .../MacOS/Electron.
  const candidates = [
    path.resolve(path.dirname(launcher), '..', 'code'),
    path.resolve(path.dirname(launcher), '..', '..', '..', 'MacOS', 'Electron'),
  ];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

async function runSuite(suite, vscodeExecutablePath) {
  const stateDir = makeTempDir(`electron-${suite.name}`);
  const resultsFile = path.join(stateDir, 'results.json');
  const folder = copyWorkspace(suite.workspace, `ws-${suite.name}`);
  let error;
  try {
    await runTests({
      ...(vscodeExecutablePath ? { vscodeExecutablePath } : { version: 'stable' }),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suite.testsPath,
      extensionTestsEnv: { OKR_TEST_RESULTS: resultsFile },
      launchArgs: [suite.workspaceFile ? path.join(folder, suite.workspaceFile) : folder, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(stateDir, 'user-data')],
    });
  } catch (caught) {
    error = caught;
  }
  if (fs.existsSync(resultsFile)) return { ...JSON.parse(fs.readFileSync(resultsFile, 'utf8')), suite: suite.name };
  const message = `VS Code exited without test results: ${error instanceof Error ? error.message : error ?? 'no error reported'}`;
  return { suite: suite.name, passes: [], failures: [{ fullTitle: `${suite.name} (no results)`, message }], pending: [] };
}

async function main() {
  const suites = selectSuites(process.argv.slice(2), await buildExtensionAndTests());
  const vscodeExecutablePath = installedVsCode();
  console.log(`VS Code: ${vscodeExecutablePath ?? 'downloading stable through @vscode/test-electron'}`);
  let passed = 0;
  let failed = 0;
  for (const suite of suites) {
    console.log(`\n# integration suite "${suite.name}" (workspace: ${path.relative(repoRoot, suite.workspace)})`);
    const results = await runSuite(suite, vscodeExecutablePath);
    printSuiteResults(results);
    passed += results.passes.length;
    failed += results.failures.length;
  }
  printSummary(passed, failed);
}

runLauncher(main);
