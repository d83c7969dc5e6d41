// Shared measuring helpers for the benchmarks: medians of repeated runs, printed as a table.
import { performance } from 'perf_hooks';

export interface BenchResult {
  name: string;
  median: number;
  unit: string;
  note?: string;
}

export async function medianOf(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}

export function printResults(title: string, results: BenchResult[]): void {
  console.log(`\n## ${title}`);
  for (const r of results) {
    console.log(`  ${r.name.padEnd(58)} ${r.median.toFixed(2).padStart(10)} ${r.unit}${r.note ? `   ${r.note}` : ''}`);
  }
}

/** `npx tsx bench/<name>.bench.ts` runs one benchmark file on its own. */
export function runStandalone(title: string, run: () => Promise<BenchResult[]>): void {
  run().then(
    (results) => printResults(title, results),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
