import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { ScanMeasurement } from './scanMemoryProbe';

// A few thousand files: the scan finds exactly what is there, reports progress, and holds no
// per-file state (no file texts) while it runs. Memory is measured in a process of its own with
// --expose-gc, so samples are live memory; the control (a walk that keeps every text) shows the
// measurement sees such a leak. The 100,000-file case is in `npm run bench` (bench/scale.bench.ts).
const DIRECTORIES = 40;
const FILES_PER_DIRECTORY = 100;
const LINE = 'export const total = items.reduce((sum, item) => sum + item.price * item.quantity, 0);\n';
const BODY = LINE.repeat(40);

function probe(root: string, mode: 'scanner' | 'keep-texts'): ScanMeasurement {
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--require', 'tsx/cjs', path.join(__dirname, 'scanMemoryProbe.ts'), root, mode],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(output) as ScanMeasurement;
}

describe('scanWithNode on a few thousand files', function () {
  this.timeout(120_000);
  let root: string;
  const treeBytes = DIRECTORIES * FILES_PER_DIRECTORY * BODY.length;

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'okr-scale-'));
    for (let d = 0; d < DIRECTORIES; d++) {
      const dir = path.join(root, `pkg${d}`, 'src');
      mkdirSync(dir, { recursive: true });
      for (let f = 0; f < FILES_PER_DIRECTORY; f++) {
        const body = f === 7 ? `// TODO(PLAT-${d}.1): wire the cache\n${BODY}` : BODY;
        writeFileSync(path.join(dir, `m${f}.ts`), body);
      }
    }
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('finds every reference, reports progress, and keeps no file text while it runs', () => {
    const scanner = probe(root, 'scanner');
    assert.deepEqual([...scanner.references].sort(), Array.from({ length: DIRECTORIES }, (_, d) => `PLAT-${d}.1`).sort());
    assert.equal(scanner.files, DIRECTORIES * FILES_PER_DIRECTORY);
    assert.ok(scanner.progressCalls >= (DIRECTORIES * FILES_PER_DIRECTORY) / 100, `progress reported ${scanner.progressCalls} times`);

    const control = probe(root, 'keep-texts');
    assert.equal(control.references.length, DIRECTORIES);
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    const measured = `scanner peak ${mb(scanner.peakGrowth)}, retained ${mb(scanner.retainedGrowth)}; keeping the texts ${mb(control.peakGrowth)}; tree ${mb(treeBytes)}`;
    // The control proves the measurement sees a walk that keeps every text …
    assert.ok(control.peakGrowth > treeBytes * 0.9, measured);
    // … and the scanner's live memory stays far below that.
    assert.ok(scanner.peakGrowth < treeBytes / 8, measured);
    assert.ok(scanner.retainedGrowth < treeBytes / 8, measured);
  });
});
