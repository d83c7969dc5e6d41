// `npm start`: build, print the examples' OKR report, then open examples/ in VS Code with the
// extension loaded from source:
//   - desktop `code` on PATH: `code --extensionDevelopmentPath=<repo> examples` (returns at once);
//   - otherwise code-server on 127.0.0.1 (installed by scripts/setup-vscode-web.sh if missing),
//     serving examples/ with the extension in development mode; prints the URL and stays in the
//     foreground until Ctrl+C.
// With `--no-open`, or when CI=true, it starts nothing: it builds, prints the report and the URL
// it would serve, and exits 0. CI cannot open a browser and must not leave a server running, but
// it should still prove that the build and the report work.
// Port: $OKR_START_PORT, else a free one.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildExtension } from './lib/build.mjs';
import { ensureCodeServer, freePort, startCodeServer, workbenchUrl } from './lib/codeServer.mjs';
import { repoRoot } from './lib/paths.mjs';

const examples = path.join(repoRoot, 'examples');
const dryRun = process.argv.includes('--no-open') || process.env.CI === 'true';

function printReport() {
  console.log('$ okr report examples');
  const report = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'report', 'examples'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  // The report also exits non-zero when it finds problems; only a crash should stop `npm start`.
  if (report.error || report.signal) throw new Error(`okr report failed: ${report.error ?? report.signal}`);
}

function desktopCode() {
  return spawnSync('which', ['code'], { encoding: 'utf8' }).status === 0;
}

/** The workbench URL without a server, for --no-open / CI. */
function plannedUrl(port) {
  return workbenchUrl(
    { baseUrl: `http://127.0.0.1:${port}/`, authority: `127.0.0.1:${port}` },
    { folder: examples, extensionDevelopmentPath: repoRoot },
  );
}

async function serveWithCodeServer(port) {
  ensureCodeServer();
  const stateDir = path.join(repoRoot, '.cache', 'start');
  fs.mkdirSync(stateDir, { recursive: true });
  const logFile = path.join(stateDir, 'code-server.log');
  const server = await startCodeServer({ stateDir, folder: examples, logFile, port });
  console.log(`\nOKR Lens (from source) in VS Code for the browser:\n\n  ${workbenchUrl(server, { folder: examples, extensionDevelopmentPath: repoRoot })}\n`);
  console.log(`code-server log: ${path.relative(repoRoot, logFile)}. After changing src/, run \`npm run build\` and reload the window.`);
  console.log('Press Ctrl+C to stop.');
  // Ctrl+C is handled by lib/cleanup.mjs, which stops code-server's process group.
  const exit = await server.whenExited();
  throw new Error(`code-server stopped by itself (${exit}); see ${path.relative(repoRoot, logFile)}`);
}

async function main() {
  buildExtension();
  printReport();
  const port = Number(process.env.OKR_START_PORT) || (await freePort());
  if (dryRun) {
    console.log(`\n${process.env.CI === 'true' ? 'CI=true' : '--no-open'}: not starting VS Code. It would serve:\n  ${plannedUrl(port)}`);
    return;
  }
  if (desktopCode()) {
    console.log(`\n$ code --extensionDevelopmentPath=${repoRoot} examples`);
    const code = spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, examples], { stdio: 'inherit' });
    await new Promise((resolve, reject) => code.on('exit', resolve).on('error', reject));
    return;
  }
  await serveWithCodeServer(port);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
