// `npm run bench`: every *.bench.ts here, in one run, so peers are measured on the same machine state.
import { readdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { printResults, BenchResult } from './stats';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  console.log(`OKR Lens benchmarks — node ${process.version}, ${os.cpus().length} cores`);
  for (const file of files) {
    const mod = (await import(path.join(__dirname, file))) as { run: () => Promise<BenchResult[]> };
    printResults(file.replace('.bench.ts', ''), await mod.run());
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
