import { strict as assert } from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { findRipgrep, Reference, scanWithNode, scanWithRipgrep } from '../../../src/core/links';
import { fileName, fileText } from './scanFixtures';

const TAGS = [...DEFAULT_CONFIG.tags];
const RG = findRipgrep({ envPath: process.env.PATH });

describe('links/scan: both scanners agree', function () {
  this.timeout(60_000);
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-agree-'));
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const bothScanners = (dir: string): Promise<[Reference[], Reference[]]> => {
    assert.ok(RG, 'ripgrep must be installed for the scanner tests (Debian: /usr/bin/rg)');
    return Promise.all([scanWithNode(dir, { tags: TAGS }), scanWithRipgrep(RG, dir, { tags: TAGS })]);
  };

  it('on random files of every comment syntax', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fileName, fc.boolean(), fileText), { minLength: 1, maxLength: 8 }), async (files) => {
        const dir = path.join(root, `run${run++}`);
        files.forEach(([name, bom, text], i) => {
          fs.mkdirSync(path.join(dir, `d${i}`), { recursive: true });
          fs.writeFileSync(path.join(dir, `d${i}`, name), (bom ? '\ufeff' : '') + text);
        });
        const [node, ripgrep] = await bothScanners(dir);
        assert.deepEqual(ripgrep, node);
      }),
      { numRuns: 40 },
    );
  });

  it('on odd names, encodings, comments opened lines before, and output longer than a pipe buffer', async () => {
    const write = (name: string, content: string | Buffer): void => fs.writeFileSync(path.join(root, name), content);
    write('colon:1:2.ts', '// TODO(PLAT-1) a name that looks like rg output\n');
    write('new\nline.ts', 'x\n// TODO(PLAT-2) a newline in the name\n');
    write('bom.py', '\ufeff# OKR PLAT-3 after a byte order mark\n');
    write('crlf.sql', 'SELECT 1;\r\n-- TODO(PLAT-4): windows line ends\r\n');
    write('utf16.ts', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('// TODO(PLAT-5) in UTF-16\n', 'utf16le')]));
    write('docstring.py', 'def f():\n    """Opens here.\n\n    FIXME [PLAT-6] inside the docstring\n    """\n    s = "# TODO(PLAT-7) in a string"\n');
    write('template.ts', 'const t = `\n// TODO(PLAT-8) inside a template\n`;\n/*\n * TODO(PLAT-9) inside a block\n */\n');
    const names = Array.from({ length: 1500 }, (_, i) => `${'long-name-'.repeat(5)}${i}.ts`);
    for (const [i, name] of names.entries()) write(name, `// TODO(PLAT-10.${i})\n`);
    const [node, ripgrep] = await bothScanners(root);
    assert.deepEqual(ripgrep, node);
    const ids = new Set(node.map((r) => r.id));
    for (const id of ['PLAT-1', 'PLAT-2', 'PLAT-3', 'PLAT-4', 'PLAT-6', 'PLAT-9', 'PLAT-10.0', 'PLAT-10.1499']) assert.ok(ids.has(id), id);
    for (const id of ['PLAT-5', 'PLAT-7', 'PLAT-8']) assert.ok(!ids.has(id), id);
    assert.equal(node.length, 6 + names.length);
  });
});
