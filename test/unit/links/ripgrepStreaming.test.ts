import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { scanWithRipgrep } from '../../../src/core/links';

// A stand-in for rg that lists 100 files, then waits on a named pipe until the test writes to it,
// then lists 50 more. Only a scanner that reads files while rg still runs can report progress at 100
// before the pipe is written; one that waits for rg to finish would wait forever.
describe('links/scan: scanWithRipgrep reads files while rg is still listing', () => {
  let root: string;
  let pipe: string;
  let fakeRipgrep: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-stream-'));
    for (let i = 1; i <= 150; i++) fs.writeFileSync(path.join(root, `f${i}.ts`), `// TODO(PLAT-${i})\n`);
    pipe = path.join(root, 'go.fifo');
    execFileSync('mkfifo', [pipe]);
    fakeRipgrep = path.join(root, 'fake-rg.sh');
    const list = (from: number, to: number): string => `i=${from}; while [ $i -le ${to} ]; do printf '%s\\0' "${root}/f$i.ts"; i=$((i+1)); done`;
    fs.writeFileSync(fakeRipgrep, `#!/bin/sh\n${list(1, 100)}\ncat "${pipe}" > /dev/null\n${list(101, 150)}\n`, { mode: 0o755 });
  });

  afterEach(() => {
    // Frees a stand-in still waiting on the pipe (only if the scan did not write to it).
    try {
      fs.closeSync(fs.openSync(pipe, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody is waiting any more.
    }
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reports progress before rg has finished, then reads the rest', async () => {
    const seen: number[] = [];
    const references = await scanWithRipgrep(fakeRipgrep, root, {
      tags: ['TODO'],
      onProgress: (count) => {
        seen.push(count);
        if (count === 100) fs.writeFileSync(pipe, 'go\n');
      },
    });
    assert.deepEqual(seen, [100, 150]);
    assert.equal(references.length, 150);
  });
});
