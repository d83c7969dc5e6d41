import { strict as assert } from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { findReferences, findRipgrep, Reference, ScanOptions, scanWithNode, scanWithRipgrep } from '../../../src/core/links';
import { fileReferenceReader } from '../../../src/core/links/scan/fileReferences';
import { fileName, fileText } from './scanFixtures';

const TAGS = [...DEFAULT_CONFIG.tags];
/** Above the 8 KB sniffed for NUL bytes, so `late-nul.ts` is read. */
const LIMIT = 20_000;
const RG = findRipgrep({ envPath: process.env.PATH });
const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function write(root: string, relative: string, content: string | Buffer): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/** `relative/path:line:id` for each reference, to compare with expectations. */
const summary = (root: string, references: Reference[]): string[] =>
  references.map((r) => `${path.relative(root, r.file).split(path.sep).join('/')}:${r.line}:${r.id}`);

function bothScanners(root: string, options: ScanOptions): Promise<[Reference[], Reference[]]> {
  assert.ok(RG, 'ripgrep must be installed for the scanner tests (Debian: /usr/bin/rg)');
  return Promise.all([scanWithNode(root, options), scanWithRipgrep(RG, root, options)]);
}

describe('links/scan', function () {
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-links-'));
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  describe('a tree with ignore files, binaries, big files, symlink loops and unreadable files', () => {
    beforeEach(() => {
      write(root, '.gitignore', 'dist/\n*.log\n!keep.log\nsecret.ts\n*.tmp.ts\n');
      write(root, '.ignore', 'search-tools-skip.ts\n');
      write(root, '.rgignore', '!rg-keeps.log\n');
      write(root, 'search-tools-skip.ts', '// TODO(PLAT-1.1) ignored by .ignore\n');
      write(root, 'rg-keeps.log', '# TODO(PLAT-13) .rgignore outranks .gitignore\n');
      write(root, 'vendored/.git/HEAD', 'ref: refs/heads/main\n');
      write(root, 'vendored/lib.tmp.ts', '// TODO(PLAT-14) the parent .gitignore stops at a nested repository\n');
      write(root, 'src/a.ts', 'x();\n// TODO(PLAT-1.1): cache layers\nconst s = "TODO(PLAT-9)";\n');
      write(root, 'src/deploy.py', 'def f():\n    """Deploys.\n\n    FIXME [PLAT-1.2] canaries\n    """\n    # OKR PLAT-9.9\n');
      write(root, 'src/secret.ts', '// TODO(PLAT-1.1) ignored by name\n');
      write(root, 'src/nested/.gitignore', 'generated.ts\n!special.tmp.ts\n');
      write(root, 'src/nested/generated.ts', '// TODO(PLAT-1.1) ignored by the nested .gitignore\n');
      write(root, 'src/nested/special.tmp.ts', '// TODO(PLAT-4.1) re-included by the nested .gitignore\n');
      write(root, 'src/nested/other.tmp.ts', '// TODO(PLAT-1.1) ignored by the root .gitignore\n');
      write(root, 'dist/out.js', '// TODO(PLAT-1.1) ignored directory\n');
      write(root, 'debug.log', '# TODO(PLAT-1.1) ignored extension\n');
      write(root, 'keep.log', '# TODO(PLAT-2.1) re-included\n');
      write(root, 'node_modules/pkg/index.js', '// TODO(PLAT-1.1) never scanned\n');
      write(root, '.git/hooks/pre-commit.sh', '# TODO(PLAT-1.1) never scanned\n');
      write(root, '.github/workflows/ci.yml', 'on: push # TODO(PLAT-3): hidden files are scanned\n');
      write(root, 'docs/guide.md', 'Intro\n<!-- OKR PLAT-2 -->\n');
      write(root, 'assets/logo.bin', Buffer.concat([Buffer.from([0x89, 0x50, 0x00, 0x01]), Buffer.from('// TODO(PLAT-1.1)\n')]));
      write(root, 'late-nul.ts', Buffer.concat([Buffer.from('// TODO(PLAT-5)\n'), Buffer.alloc(9000, 0x20), Buffer.from([0])]));
      write(root, 'big.ts', `// TODO(PLAT-1.1) too big\n${'x'.repeat(LIMIT)}`);
      const atLimit = '// TODO(PLAT-6) exactly at the limit\n';
      write(root, 'limit.ts', atLimit + 'y'.repeat(LIMIT - atLimit.length));
      write(root, 'vendor/lib.ts', '// TODO(PLAT-1.1) excluded by option\n');
      write(root, 'src/thing.gen.ts', '// TODO(PLAT-1.1) excluded by option\n');
      write(root, 'src/keep.gen.ts', '// TODO(PLAT-7) excluded, then re-included by option\n');
      fs.symlinkSync(root, path.join(root, 'src', 'loop'), 'dir');
      fs.symlinkSync('..', path.join(root, 'src', 'nested', 'up'), 'dir');
      fs.symlinkSync(path.join(root, 'src', 'a.ts'), path.join(root, 'linked.ts'), 'file');
      write(root, 'src/private.ts', '// TODO(PLAT-8) unreadable unless root\n');
      fs.chmodSync(path.join(root, 'src', 'private.ts'), 0o000);
      write(root, 'locked/inside.ts', '// TODO(PLAT-12) in a folder nobody but root can list\n');
      fs.chmodSync(path.join(root, 'locked'), 0o000);
    });

    afterEach(() => fs.chmodSync(path.join(root, 'locked'), 0o755));

    const options: ScanOptions = { tags: TAGS, maxFileBytes: LIMIT, exclude: ['vendor/', '*.gen.ts', '!keep.gen.ts'] };

    it('finds the same references with both scanners, honouring every rule', async () => {
      const [node, ripgrep] = await bothScanners(root, options);
      assert.deepEqual(ripgrep, node);
      const expected = [
        '.github/workflows/ci.yml:0:PLAT-3',
        'docs/guide.md:1:PLAT-2',
        'keep.log:0:PLAT-2.1',
        'late-nul.ts:0:PLAT-5',
        'limit.ts:0:PLAT-6',
        // root reads anything, so unreadable files and folders only exist for other users
        ...(runningAsRoot ? ['locked/inside.ts:0:PLAT-12'] : []),
        'rg-keeps.log:0:PLAT-13',
        'src/a.ts:1:PLAT-1.1',
        'src/deploy.py:3:PLAT-1.2',
        'src/deploy.py:5:PLAT-9.9',
        'src/keep.gen.ts:0:PLAT-7',
        'src/nested/special.tmp.ts:0:PLAT-4.1',
        ...(runningAsRoot ? ['src/private.ts:0:PLAT-8'] : []),
        'vendored/lib.tmp.ts:0:PLAT-14',
      ];
      assert.deepEqual(summary(root, node), expected);
    });

    it('applies anchored exclude patterns the same way in both scanners', async () => {
      const [node, ripgrep] = await bothScanners(root, { ...options, exclude: ['/keep.log', 'src/nested/', 'docs/**/*.md'] });
      assert.deepEqual(ripgrep, node);
      const files = summary(root, node).map((entry) => entry.split(':')[0]);
      assert.ok(files.includes('src/a.ts'));
      for (const gone of ['keep.log', 'src/nested/special.tmp.ts', 'docs/guide.md']) assert.ok(!files.includes(gone), gone);
    });

    it('reports absolute paths and exact positions', async () => {
      const [node] = await bothScanners(root, options);
      const reference = node.find((r) => r.id === 'PLAT-1.1')!;
      assert.deepEqual(reference, {
        id: 'PLAT-1.1',
        tag: 'TODO',
        file: path.join(root, 'src', 'a.ts'),
        line: 1,
        character: 8,
        endCharacter: 16,
        text: 'cache layers',
      });
    });

    it('reports progress, ending with the number of files read', async () => {
      const seen: number[] = [];
      await scanWithNode(root, { ...options, onProgress: (count) => seen.push(count) });
      // Every file that is not ignored, readable or not, too big or not, in a folder that can be listed.
      assert.deepEqual(seen, [runningAsRoot ? 19 : 18]);
    });

    it('applies the default 1 MiB limit when none is given', async () => {
      write(root, 'huge.ts', `// TODO(PLAT-10)\n${'z'.repeat(1024 * 1024)}`);
      write(root, 'under.ts', `// TODO(PLAT-11)\n${'z'.repeat(1024 * 1024 - 100)}`);
      const [node, ripgrep] = await bothScanners(root, { tags: TAGS });
      assert.deepEqual(ripgrep, node);
      const ids = node.map((r) => r.id);
      assert.ok(ids.includes('PLAT-11') && !ids.includes('PLAT-10'), ids.join());
    });
  });

  it('uses custom tags in both scanners', async () => {
    write(root, 'a.ts', '// NOTE(PLAT-1)\n// TODO(PLAT-2)\n');
    const [node, ripgrep] = await bothScanners(root, { tags: ['NOTE'] });
    assert.deepEqual(ripgrep, node);
    assert.deepEqual(summary(root, node), ['a.ts:0:PLAT-1']);
    assert.deepEqual(await bothScanners(root, { tags: [] }), [[], []]);
  });

  it('returns nothing for a folder that does not exist', async () => {
    const [node, ripgrep] = await bothScanners(path.join(root, 'missing'), { tags: TAGS });
    assert.deepEqual([node, ripgrep], [[], []]);
  });

  it('rejects when the ripgrep binary cannot be started', async () => {
    await assert.rejects(scanWithRipgrep(path.join(root, 'no-such-rg'), root, { tags: TAGS }), /ENOENT/);
  });

  describe('the file reader', () => {
    const read = fileReferenceReader(TAGS, 1000);

    it('survives a missing file and a directory without throwing', () => {
      assert.deepEqual(read(path.join(root, 'deleted.ts')), []);
      assert.deepEqual(read(root), []);
    });

    it('skips a file without a tag followed by an id, and strips a UTF-8 byte order mark', () => {
      write(root, 'plain.ts', '// TODO: later\nconst PLAT = 1;\n');
      assert.deepEqual(read(path.join(root, 'plain.ts')), []);
      write(root, 'bom.ts', '\ufeff// TODO(PLAT-1)');
      assert.equal(read(path.join(root, 'bom.ts'))[0].character, 8);
    });

    it('finds exactly what findReferences finds in the whole text, in every comment syntax', () => {
      fc.assert(
        fc.property(fc.boolean(), fileText, fileName, (bom, text, name) => {
          const file = path.join(root, name);
          fs.writeFileSync(file, (bom ? '\ufeff' : '') + text);
          assert.deepEqual(read(file), findReferences(text, file, TAGS));
        }),
        { numRuns: 3000 },
      );
    });
  });

  describe('cancellation', () => {
    beforeEach(() => {
      for (let i = 0; i < 600; i++) write(root, `d${i % 6}/f${i}.ts`, `// TODO(PLAT-${i}): file ${i}\n`);
    });

    for (const scanner of ['node', 'ripgrep'] as const) {
      const scan = (options: ScanOptions) => (scanner === 'node' ? scanWithNode(root, options) : scanWithRipgrep(RG!, root, options));

      it(`${scanner}: an aborted signal stops the scan before any file is read`, async () => {
        const seen: number[] = [];
        await assert.rejects(scan({ tags: TAGS, signal: AbortSignal.abort(), onProgress: (n) => seen.push(n) }), { name: 'AbortError' });
        assert.deepEqual(seen, []);
      });

      it(`${scanner}: aborting mid-scan rejects and reads no further`, async () => {
        const complete = await scan({ tags: TAGS });
        assert.equal(complete.length, 600);
        const controller = new AbortController();
        const seen: number[] = [];
        const scanning = scan({
          tags: TAGS,
          signal: controller.signal,
          onProgress: (count) => {
            seen.push(count);
            controller.abort();
          },
        });
        await assert.rejects(scanning, { name: 'AbortError' });
        assert.deepEqual(seen, [100]);
      });
    }

    it('ripgrep: aborting while rg is listing rejects and reads nothing', async () => {
      const controller = new AbortController();
      const seen: number[] = [];
      const scanning = scanWithRipgrep(RG!, root, { tags: TAGS, signal: controller.signal, onProgress: (n) => seen.push(n) });
      // rg is running once the call returns; files are read as rg lists them, from the next turn on.
      controller.abort();
      await assert.rejects(scanning, { name: 'AbortError' });
      assert.deepEqual(seen, []);
    });
  });
});
