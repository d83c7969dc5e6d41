// `npm test`: every test layer, in order — the gates (typecheck, ESLint, no import cycles
// and no dead exports in src/), unit (mocha in Node), integration (mocha in a real VS Code: code-server, or desktop VS Code via
// @vscode/test-electron when OKR_TEST_ELECTRON=1), and e2e (Playwright against the packaged .vsix).
// Each layer's output streams through; the last line is exactly "N passed, N failed" over all
// layers. Exits 1 if any layer failed or ran nothing.
import { spawn } from 'node:child_process';
import { repoRoot } from './lib/paths.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const integrationLauncher =
  process.env.OKR_TEST_ELECTRON === '1' ? 'test/integration/runElectron.mjs' : 'test/integration/runCodeServer.mjs';

const layers = [
  { name: 'typecheck', command: [npx, 'tsc', '-p', '.', '--noEmit'], counts: () => ({ passed: 0, failed: 0 }), gate: true },
  { name: 'lint', command: [npm, 'run', '--silent', 'lint'], counts: () => ({ passed: 0, failed: 0 }), gate: true },
  { name: 'cycles', command: [npm, 'run', '--silent', 'check:cycles'], counts: () => ({ passed: 0, failed: 0 }), gate: true },
  { name: 'dead code', command: [npm, 'run', '--silent', 'check:dead'], counts: () => ({ passed: 0, failed: 0 }), gate: true },
  { name: 'unit', command: [npx, 'mocha'], counts: mochaCounts },
  { name: 'integration', command: [process.execPath, integrationLauncher], counts: summaryCounts },
  { name: 'e2e', command: [process.execPath, 'test/e2e/run.mjs'], counts: summaryCounts },
];

function mochaCounts(output) {
  const count = (word) => Number(output.match(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'm'))?.[1] ?? 0);
  return { passed: count('passing'), failed: count('failing') };
}

/** The launchers' own last line, "N passed, N failed". */
function summaryCounts(output) {
  const matches = [...output.matchAll(/^(\d+) passed, (\d+) failed$/gm)];
  const last = matches[matches.length - 1];
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : { passed: 0, failed: 0 };
}

function run([command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('error', (error) => resolve({ status: 1, output: `${output}\n${error.message}` }));
    child.on('close', (status) => resolve({ status: status ?? 1, output }));
  });
}

const results = [];
for (const layer of layers) {
  console.log(`\n=== ${layer.name}: ${layer.command.slice(1).join(' ')} ===`);
  const started = Date.now();
  const { status, output } = await run(layer.command);
  const { passed, failed } = layer.counts(output);
  // A non-zero exit with no failing test counted (a crash, a typecheck error) still fails the layer.
  const layerFailed = status !== 0 || failed > 0 || (!layer.gate && passed === 0);
  results.push({ ...layer, passed, failed: failed + (layerFailed && failed === 0 ? 1 : 0), layerFailed, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary ===');
for (const { name, passed, failed, layerFailed, seconds, gate } of results) {
  const counts = gate ? (layerFailed ? 'failed' : 'ok') : `${passed} passed, ${failed} failed`;
  console.log(`${layerFailed ? '✗' : '✓'} ${name.padEnd(12)} ${counts.padEnd(24)} ${seconds.toFixed(1)} s`);
}
const passed = results.reduce((sum, layer) => sum + layer.passed, 0);
const failed = results.reduce((sum, layer) => sum + layer.failed, 0);
process.exitCode = results.some((layer) => layer.layerFailed) ? 1 : 0;
console.log(`${passed} passed, ${failed} failed`);
