// The Node scanner over 100,000 files (500 folders × 200 files, 500 references): time, and live
// memory measured in a process of its own with --expose-gc (test/unit/links/scanMemoryProbe.ts),
// beside a walk that keeps every file's text: what a scanner holding per-file state would cost.
import { execFile } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import type { ScanMeasurement } from '../test/unit/links/scanMemoryProbe';
import { BenchResult, runStandalone } from './stats';

const DATA = path.join(__dirname, '.data', 'scale');
const FOLDERS = 500;
const FILES_PER_FOLDER = 200;
const BODY = 'export function total(items: readonly Item[]): number {\n  return items.reduce((sum, item) => sum + item.price * item.quantity, 0);\n}\n'.repeat(3);
const PROBE = path.join(__dirname, '..', 'test', 'unit', 'links', 'scanMemoryProbe.ts');

async function generateTree(): Promise<void> {
  const manifest = path.join(DATA, 'manifest.json');
  const expected = JSON.stringify({ folders: FOLDERS, files: FILES_PER_FOLDER, bytes: BODY.length, version: 1 });
  if (existsSync(manifest) && (await fs.readFile(manifest, 'utf8')) === expected) return;
  console.log(`generating ${FOLDERS * FILES_PER_FOLDER} files into ${DATA} …`);
  await fs.rm(DATA, { recursive: true, force: true });
  for (let d = 0; d < FOLDERS; d++) {
    const dir = path.join(DATA, 'tree', `pkg${d}`, 'src');
    await fs.mkdir(dir, { recursive: true });
    await Promise.all(
      Array.from({ length: FILES_PER_FOLDER }, (_, f) =>
        fs.writeFile(path.join(dir, `m${f}.ts`), f === 0 ? `// TODO(PLAT-${d}.1): wire the cache\n${BODY}` : BODY),
      ),
    );
  }
  await fs.writeFile(manifest, expected);
}

async function probe(mode: 'scanner' | 'keep-texts'): Promise<ScanMeasurement> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', '--require', 'tsx/cjs', PROBE, path.join(DATA, 'tree'), mode],
    // One live-heap sample every 5,000 files: the samples' collections stay a small part of the time.
    { env: { ...process.env, OKR_SAMPLE_EVERY: '50' }, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as ScanMeasurement;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes: number): number => bytes / 1024 / 1024;

export async function run(): Promise<BenchResult[]> {
  await generateTree();
  const runs: ScanMeasurement[] = [];
  for (let round = 0; round < 3; round++) runs.push(await probe('scanner'));
  const control = await probe('keep-texts');
  const files = FOLDERS * FILES_PER_FOLDER;
  const found = runs.every((r) => r.files === files && new Set(r.references).size === FOLDERS && r.references.length === FOLDERS);
  if (!found) console.error(`MISMATCH: expected ${FOLDERS} references in ${files} files, got ${runs.map((r) => `${r.references.length} in ${r.files}`).join(', ')}`);
  const treeMb = mb(files * BODY.length);
  return [
    { name: `scanWithNode: ${files.toLocaleString('en')} files`, median: median(runs.map((r) => r.milliseconds)), unit: 'ms', note: `${FOLDERS} references${found ? ', all found' : ' — MISMATCH'}; median of 3` },
    { name: '  live heap at its peak during the scan', median: median(runs.map((r) => mb(r.peakGrowth))), unit: 'MB', note: `above the start; the tree holds ${treeMb.toFixed(0)} MB of text` },
    { name: '  live heap after it, the ids found still held', median: median(runs.map((r) => mb(r.retainedGrowth))), unit: 'MB' },
    { name: 'a walk that keeps every text (the leak to avoid)', median: mb(control.peakGrowth), unit: 'MB', note: `${control.milliseconds.toFixed(0)} ms` },
  ];
}

if (require.main === module) runStandalone('scale', run);
