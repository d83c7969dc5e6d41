// Starts and stops code-server (VS Code 1.99.3 in a browser), for the integration launcher, the e2e
// tests and `npm start`. Every server gets its own port, user-data and extensions folders, and
// runs in its own process group so that stopping it also stops its extension hosts.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { onCleanup } from './cleanup.mjs';
import { repoRoot } from './paths.mjs';

const codeServerBin = path.join(repoRoot, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
const setupScript = path.join(repoRoot, 'scripts', 'setup-vscode-web.sh');
const STARTUP_TIMEOUT_MS = 60_000;

export function ensureCodeServer() {
  if (fs.existsSync(codeServerBin) && fs.existsSync('/usr/bin/chromium')) return;
  console.log('code-server or Chromium is missing; running scripts/setup-vscode-web.sh');
  const setup = spawnSync('bash', [setupScript], { stdio: 'inherit' });
  if (setup.status !== 0) throw new Error(`scripts/setup-vscode-web.sh failed (exit ${setup.status})`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ stateDir: string, folder: string, extensionsDir?: string, env?: Record<string,string>,
 *           logFile?: string, echo?: boolean, port?: number }} options
 */
export async function startCodeServer({ stateDir, folder, extensionsDir, env = {}, logFile, echo = false, port: wantedPort }) {
  const port = wantedPort ?? (await freePort());
  const authority = `127.0.0.1:${port}`;
  const extensions = extensionsDir ?? path.join(stateDir, 'extensions');
  fs.mkdirSync(extensions, { recursive: true });
  const args = [
    '--auth', 'none',
    '--bind-addr', authority,
    '--config', path.join(stateDir, 'config.yaml'),
    '--user-data-dir', path.join(stateDir, 'user-data'),
    '--extensions-dir', extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    folder,
  ];
  const child = spawn(codeServerBin, args, {
    cwd: stateDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const logLines = [];
  const logStream = logFile ? fs.createWriteStream(logFile) : undefined;
  const listeners = new Set();
  const onData = (chunk) => {
    const text = chunk.toString();
    logStream?.write(text);
    if (echo) process.stdout.write(text);
    for (const line of text.split('\n')) if (line.trim()) logLines.push(line);
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = false;
  const exitPromise = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      exited = true;
      for (const listener of listeners) listener();
      resolve(code ?? signal);
    }),
  );

  const stop = () => stopProcessGroup(child, () => exited).finally(() => logStream?.end());
  const removeCleanup = onCleanup(() => killProcessGroup(child.pid, 'SIGKILL'));

  /** Resolves with the first log line matching `pattern`; rejects on timeout or server exit. */
  const waitForLog = (pattern, timeoutMs) =>
    new Promise((resolve, reject) => {
      const finish = (outcome) => {
        clearTimeout(timer);
        listeners.delete(check);
        outcome();
      };
      const check = () => {
        const line = logLines.find((candidate) => pattern.test(candidate));
        if (line !== undefined) finish(() => resolve(line));
        else if (exited) finish(() => reject(new Error(`code-server exited before logging ${pattern}\n${tail()}`)));
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`code-server did not log ${pattern} within ${timeoutMs} ms\n${tail()}`))),
        timeoutMs,
      );
      listeners.add(check);
      check();
    });
  const tail = (lines = 30) => logLines.slice(-lines).map((line) => `  | ${line}`).join('\n');

  try {
    await waitForLog(/HTTP server listening on/, STARTUP_TIMEOUT_MS);
  } catch (error) {
    await stop();
    removeCleanup();
    throw error;
  }
  return {
    authority,
    baseUrl: `http://${authority}/`,
    log: () => logLines.join('\n'),
    tail,
    onLog: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    hasExited: () => exited,
    /** Resolves with the exit code (or signal) when the server stops. */
    whenExited: () => exitPromise,
    stop: async () => {
      await stop();
      removeCleanup();
    },
  };
}

/**
 * The workbench URL for `folder`, or for a multi-root `workspaceFile` (`.code-workspace`). With `extensionDevelopmentPath` (and optionally
 * `extensionTestsPath`) it runs the extension from source, as `code --extensionDevelopmentPath`
 * does: code-server's CLI rejects that flag, but the workbench accepts it in the `payload` parameter.
 */
export function workbenchUrl(server, { folder, workspaceFile, extensionDevelopmentPath, extensionTestsPath }) {
  const url = new URL(server.baseUrl);
  if (workspaceFile) url.searchParams.set('workspace', workspaceFile);
  else url.searchParams.set('folder', folder);
  const payload = [];
  const remote = (absolutePath) => `vscode-remote://${server.authority}${absolutePath}`;
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (payload.length > 0) url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}

/** Installs a .vsix the way a user would; fails loudly if code-server does not accept it. */
export function installVsix(vsixPath, extensionsDir, stateDir) {
  const result = spawnSync(
    codeServerBin,
    ['--config', path.join(stateDir, 'config.yaml'), '--user-data-dir', path.join(stateDir, 'user-data'),
      '--extensions-dir', extensionsDir, '--install-extension', vsixPath],
    { encoding: 'utf8' },
  );
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || !/was successfully installed/.test(output)) {
    throw new Error(`code-server --install-extension ${vsixPath} failed (exit ${result.status}):\n${output}`);
  }
  return output.trim();
}

function killProcessGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function stopProcessGroup(child, hasExited) {
  if (child.pid === undefined) return;
  killProcessGroup(child.pid, 'SIGTERM');
  const deadline = Date.now() + 5_000;
  while (!hasExited() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  // Extension hosts may outlive the server process; the group kill reaches them too.
  killProcessGroup(child.pid, 'SIGKILL');
}
