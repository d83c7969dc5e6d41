// Issue 13: the reference scanners read regular files inside the root only — no symlink out of it,
// no FIFO (which would block the scan forever), whichever scanner runs.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { scanWithNode, scanWithRipgrep } from '../../../src/core/links';
import { findRipgrep } from '../../../src/core/links/scan/findRipgrep';

const TAGS = ['TODO'];

const rg = findRipgrep({ envPath: process.env.PATH });

if (process.platform !== 'win32') describe('reference scanners behind the fence', () => {
  let root: string;
  let outside: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'okr-scan-fence-'));
    outside = mkdtempSync(path.join(tmpdir(), 'okr-scan-outside-'));
    mkdirSync(path.join(root, 'src'));
    writeFileSync(path.join(root, 'src', 'inside.ts'), '// TODO(IN-1.1): inside\n');
    writeFileSync(path.join(outside, 'secret.ts'), '// TODO(OUT-1.1): outside\n');
    symlinkSync(path.join(outside, 'secret.ts'), path.join(root, 'src', 'link.ts'));
    symlinkSync(outside, path.join(root, 'linked-folder'));
    symlinkSync('/dev/zero', path.join(root, 'src', 'zero.ts'));
    spawnSync('mkfifo', [path.join(root, 'src', 'fifo.ts')]);
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  const ids = (references: { id: string }[]) => references.map((r) => r.id).sort();

  it('the Node scanner reads the file inside only', async () => {
    assert.ok(existsSync(path.join(root, 'src', 'fifo.ts')));
    assert.deepEqual(ids(await scanWithNode(root, { tags: TAGS })), ['IN-1.1']);
  });

  if (rg) {
    it('the ripgrep scanner reads the file inside only', async () => {
      assert.deepEqual(ids(await scanWithRipgrep(rg, root, { tags: TAGS })), ['IN-1.1']);
    });
  }
});
