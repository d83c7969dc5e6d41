// Hostile inputs, whole process: `node dist/cli.js lint FILE` on a file with 6,000 KRs sharing one
// id and on a 20,000-KR `depends_on` ring. The budget (issue 13) is under 1 s and 200 MB each,
// beside `node -e 0` (the floor any Node process pays) in the same run. Build first: `node esbuild.mjs`.
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { BenchResult, runStandalone } from './stats';

const DATA = path.join(__dirname, '.data', 'hostile');
const CLI = path.join(__dirname, '..', 'dist', 'cli.js');
const TIME = '/usr/bin/time';

function duplicateIdsFile(count: number): string {
  const lines = ['okr: 1', 'team: Dup', 'period: 2026-Q4', 'objectives:', '  - id: DUP-1', '    title: Many copies of one id', '    key_results:'];
  for (let i = 0; i < count; i++) lines.push('      - id: DUP-1.1', `        title: Raise x from ${i} to ${i + 1}`);
  return lines.join('\n') + '\n';
}

function dependencyRingFile(count: number): string {
  const lines = ['okr: 1', 'team: Ring', 'period: 2026-Q4', 'objectives:', '  - id: RING-1', '    title: One long ring', '    key_results:'];
  for (let i = 0; i < count; i++) {
    lines.push(`      - id: RING-1.${i}`, `        title: Raise x from ${i} to ${i + 1}`, `        depends_on: [RING-1.${(i + 1) % count}]`);
  }
  return lines.join('\n') + '\n';
}

interface Measured {
  ms: number;
  maxRssMb: number;
  exit: number;
  outputBytes: number;
}

/** Wall time and peak RSS of one whole process, by GNU time when present, else by the child's resourceUsage. */
function measure(args: string[]): Measured {
  if (existsSync(TIME)) {
    const started = process.hrtime.bigint();
    const run = spawnSync(TIME, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 60_000 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const kb = Number(run.stderr.trim().split('\n').pop());
    return { ms, maxRssMb: kb / 1024, exit: run.status ?? -1, outputBytes: run.stdout.length };
  }
  const probe = `const {spawnSync}=require('child_process');const t=process.hrtime.bigint();const r=spawnSync(process.execPath,${JSON.stringify(args)},{maxBuffer:1<<30});` +
    `process.stdout.write(JSON.stringify({ms:Number(process.hrtime.bigint()-t)/1e6,rss:process.resourceUsage().maxRSS,exit:r.status,bytes:r.stdout.length}))`;
  const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const result = JSON.parse(run.stdout) as { ms: number; rss: number; exit: number; bytes: number };
  return { ms: result.ms, maxRssMb: result.rss / 1024, exit: result.exit, outputBytes: result.bytes };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function run(): Promise<BenchResult[]> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "node esbuild.mjs" first`);
  mkdirSync(DATA, { recursive: true });
  const cases = [
    { name: 'lint: 6,000 KRs sharing one id', file: path.join(DATA, 'duplicates.okr.yaml'), text: duplicateIdsFile(6_000) },
    { name: 'lint: 20,000-KR depends_on ring', file: path.join(DATA, 'ring.okr.yaml'), text: dependencyRingFile(20_000) },
  ];
  for (const c of cases) writeFileSync(c.file, c.text);
  const results: BenchResult[] = [];
  const rounds = 3;
  const floor = Array.from({ length: rounds }, () => measure(['-e', '0']));
  results.push({ name: 'node -e 0 (peer: the floor of any Node process)', median: median(floor.map((m) => m.ms)), unit: 'ms', note: `max RSS ${median(floor.map((m) => m.maxRssMb)).toFixed(0)} MB` });
  for (const c of cases) {
    const runs = Array.from({ length: rounds }, () => measure([CLI, 'lint', '--no-code', c.file]));
    const ms = median(runs.map((m) => m.ms));
    const rss = median(runs.map((m) => m.maxRssMb));
    const within = ms < 1000 && rss < 200 ? 'within' : 'OVER';
    results.push({
      name: c.name,
      median: ms,
      unit: 'ms',
      note: `max RSS ${rss.toFixed(0)} MB, exit ${runs[0].exit}, ${(c.text.length / 1024).toFixed(0)} KB in, ${(runs[0].outputBytes / 1024).toFixed(0)} KB out; ${within} the 1 s / 200 MB budget`,
    });
  }
  return Promise.resolve(results);
}

if (require.main === module) runStandalone('hostile', run);
