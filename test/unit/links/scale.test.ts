import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { scanWithNode } from '../../../src/core/links';

// 100,000 files: the scan finishes, finds exactly what is there, and its memory does not grow
// with the number of files scanned (only with the references found).
describe('scanWithNode on 100,000 files', function () {
  this.timeout(300_000);
  let root: string;

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'okr-scale-'));
    for (let d = 0; d < 500; d++) {
      const dir = path.join(root, `pkg${d}`, 'src');
      mkdirSync(dir, { recursive: true });
      for (let f = 0; f < 200; f++) {
        const body = f === 0 ? `// TODO(PLAT-${d}.1): wire the cache\nexport const x = ${f};\n` : `export const x = ${f};\n`;
        writeFileSync(path.join(dir, `m${f}.ts`), body);
      }
    }
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('finds every reference in bounded memory', async () => {
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let progressCalls = 0;
    const references = await scanWithNode(root, { tags: ['TODO'], onProgress: () => progressCalls++ });
    const grown = process.memoryUsage().heapUsed - before;
    assert.equal(references.length, 500);
    assert.deepEqual(new Set(references.map((r) => r.id)).size, 500);
    assert.ok(progressCalls > 0, 'progress is reported during a long scan');
    // 500 references are a few hundred KB at most; holding all 100,000 file texts would be far more.
    assert.ok(grown < 150 * 1024 * 1024, `heap grew by ${(grown / 1024 / 1024).toFixed(0)} MB`);
  });
});
