// Measures a Node scan of a tree in a process of its own, started with --expose-gc so every sample
// is live memory, not garbage: prints one JSON line (see ScanMeasurement). Used by scale.test.ts
// and bench/scale.bench.ts:
//   node --expose-gc --require tsx/cjs test/unit/links/scanMemoryProbe.ts <root> <scanner|keep-texts>
// `keep-texts` is the control: a walk that keeps every file's text, the leak the scanner must not
// have, measured the same way, so a test can show the measurement sees it.
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { scanWithNode } from '../../../src/core/links';

export interface ScanMeasurement {
  files: number;
  references: string[];
  progressCalls: number;
  /** Most live heap above the start seen during the scan, in bytes. */
  peakGrowth: number;
  /** Live heap above the start once the scan returned, the ids it found still held, in bytes. */
  retainedGrowth: number;
  milliseconds: number;
}

/** Live heap samples: one every this many progress reports (100 files each). */
const SAMPLE_EVERY = Number(process.env.OKR_SAMPLE_EVERY ?? 1);

async function measure(root: string, mode: string): Promise<ScanMeasurement> {
  const gc = globalThis.gc;
  if (!gc) throw new Error('run with node --expose-gc');
  gc();
  const start = process.memoryUsage().heapUsed;
  let peakGrowth = 0;
  const sample = (): void => {
    gc();
    peakGrowth = Math.max(peakGrowth, process.memoryUsage().heapUsed - start);
  };
  let progressCalls = 0;
  let files = 0;
  const began = performance.now();
  let references: string[];
  if (mode === 'scanner') {
    const found = await scanWithNode(root, {
      tags: ['TODO'],
      onProgress: (scanned) => {
        files = scanned;
        if (++progressCalls % SAMPLE_EVERY === 0) sample();
      },
    });
    references = found.map((reference) => reference.id);
  } else if (mode === 'keep-texts') {
    const texts: string[] = [];
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      texts.push(readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
      if (++files % 100 === 0 && ++progressCalls % SAMPLE_EVERY === 0) sample();
    }
    references = texts.flatMap((text) => [...text.matchAll(/TODO\(([^)]+)\)/g)].map((match) => match[1]));
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  const milliseconds = performance.now() - began;
  sample();
  gc();
  const retainedGrowth = process.memoryUsage().heapUsed - start;
  return { files, references, progressCalls, peakGrowth, retainedGrowth, milliseconds };
}

if (require.main === module) {
  const [root, mode] = process.argv.slice(2);
  measure(root, mode).then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
