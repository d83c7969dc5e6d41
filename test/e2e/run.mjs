// End-to-end: installs the packaged dist/okr-lens.vsix into code-server as a user would, and runs
// the checks of every test/e2e/*checks.mjs module (each exports arrays of { name, run }) in headless
// Chromium. Each module gets its own fresh copy of examples/ and its own VS Code window, so one
// module's edits cannot change what the next one sees. Screenshots go to test-results/e2e-*.png.
// Ends with "N passed, N failed"; exits 1 on any failure.
//   node test/e2e/run.mjs [--no-package]   (--no-package reuses an existing dist/okr-lens.vsix)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { ensureCodeServer, installVsix, startCodeServer, workbenchUrl } from '../../scripts/lib/codeServer.mjs';
import { copyWorkspace, makeTempDir, repoRoot, testResultsDir } from '../../scripts/lib/paths.mjs';
import { Workbench } from './workbench.mjs';
import { printSummary, runLauncher } from '../../scripts/lib/summary.mjs';

const vsixPath = path.join(repoRoot, 'dist', 'okr-lens.vsix');
const e2eDir = path.join(repoRoot, 'test', 'e2e');

function packageExtension() {
  if (process.argv.includes('--no-package') && fs.existsSync(vsixPath)) return;
  console.log('packaging: npm run package');
  const result = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0 || !fs.existsSync(vsixPath)) {
    throw new Error(`npm run package failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
}

async function loadCheckModules() {
  const files = fs
    .readdirSync(e2eDir)
    .filter((name) => /checks\.mjs$/i.test(name) && !name.startsWith('.'))
    .sort();
  const modules = [];
  for (const file of files) {
    const exported = await import(pathToFileURL(path.join(e2eDir, file)).href);
    const checks = Object.values(exported)
      .filter(Array.isArray)
      .flat()
      .filter((check) => typeof check?.name === 'string' && typeof check?.run === 'function');
    if (checks.length === 0) throw new Error(`test/e2e/${file} exports no checks ({ name, run } arrays)`);
    modules.push({ file, checks });
  }
  return modules;
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

async function runModule(browser, { file, checks }, extensionsDir) {
  const stateDir = makeTempDir('e2e');
  const workspace = copyWorkspace(path.join(repoRoot, 'examples'), 'e2e-ws');
  const server = await startCodeServer({
    stateDir,
    folder: workspace,
    extensionsDir,
    logFile: path.join(testResultsDir, `e2e-${path.basename(file, '.mjs')}-code-server.log`),
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const outcomes = [];
  try {
    const page = await context.newPage();
    await page.goto(workbenchUrl(server, { folder: workspace }));
    const workbench = new Workbench(page);
    await workbench.waitUntilReady();
    for (const check of checks) {
      const started = Date.now();
      try {
        await check.run({ workbench, page, workspace });
        outcomes.push({ name: check.name });
        console.log(`  ✓ ${check.name} (${Date.now() - started} ms)`);
      } catch (error) {
        outcomes.push({ name: check.name, error });
        console.log(`  ✗ ${check.name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 8).join('\n      ')}`);
        await page.keyboard.press('Escape').catch(() => {});
      } finally {
        await page.screenshot({ path: path.join(testResultsDir, `e2e-${slug(check.name)}.png`) }).catch(() => {});
      }
    }
  } finally {
    await context.close().catch(() => {});
    await server.stop();
  }
  return outcomes;
}

async function main() {
  ensureCodeServer();
  const modules = await loadCheckModules();
  packageExtension();
  fs.mkdirSync(testResultsDir, { recursive: true });
  const installDir = makeTempDir('e2e-install');
  const extensionsDir = path.join(installDir, 'extensions');
  console.log(installVsix(vsixPath, extensionsDir, installDir).split('\n').pop());
  const browser = await launchChromium();
  const outcomes = [];
  try {
    for (const module of modules) {
      console.log(`\n# ${module.file}`);
      outcomes.push(...(await runModule(browser, module, extensionsDir)));
    }
  } finally {
    await browser.close();
  }
  const failed = outcomes.filter((outcome) => outcome.error).length;
  const passed = outcomes.length - failed;
  console.log(`\n  screenshots and logs: ${path.relative(repoRoot, testResultsDir)}/e2e-*`);
  printSummary(passed, failed);
}

runLauncher(main);
