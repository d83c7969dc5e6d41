import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { enabledGlobs, expandBraces, globsToIgnorePatterns } from '../../../src/core/links/scan/excludes';
import { FolderIgnores } from '../../../src/core/links/scan/folderIgnores';

describe('scan excludes from VS Code settings', () => {
  it('takes the globs switched on, not the off or conditional ones', () => {
    assert.deepEqual(enabledGlobs({ '**/.git': true, '**/dist': false, '**/*.js': { when: '$(basename).ts' }, '**/out': true }), ['**/.git', '**/out']);
    assert.deepEqual(enabledGlobs(undefined), []);
  });

  it('expands brace alternatives, nested ones too', () => {
    assert.deepEqual(expandBraces('**/*.{js,map}'), ['**/*.js', '**/*.map']);
    assert.deepEqual(expandBraces('{a,b/{c,d}}/x'), ['a/x', 'b/c/x', 'b/d/x']);
    assert.deepEqual(expandBraces('no{brace'), ['no{brace']);
  });

  it('turns globs into gitignore patterns, anchoring ./ like VS Code and dropping duplicates', () => {
    assert.deepEqual(globsToIgnorePatterns(['./build/', '**/gen', '**/gen', ' vendor/** ']), ['/build', '**/gen', 'vendor/**']);
  });
});

describe('FolderIgnores (one changed file, same rules as the scan)', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'okr-ignores-'));
    mkdirSync(path.join(root, 'src/gen'), { recursive: true });
    mkdirSync(path.join(root, 'logs'));
    writeFileSync(path.join(root, '.gitignore'), 'logs/\n*.tmp\n');
    writeFileSync(path.join(root, 'src/.gitignore'), 'gen/\n!keep.tmp\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const ignores = (relative: string, exclude: string[] = []) => new FolderIgnores(root, exclude).ignores(path.join(root, relative));

  it('honours .gitignore at every level, with re-includes in deeper files', async () => {
    assert.equal(await ignores('src/a.ts'), false);
    assert.equal(await ignores('logs/x.ts'), true);
    assert.equal(await ignores('a.tmp'), true);
    assert.equal(await ignores('src/gen/x.ts'), true);
    assert.equal(await ignores('src/keep.tmp'), false);
  });

  it('always skips .git and node_modules, and applies the excludes', async () => {
    assert.equal(await ignores('node_modules/p/index.js'), true);
    assert.equal(await ignores('.git/HEAD'), true);
    assert.equal(await ignores('src/a.ts', ['src/a.ts']), true);
    assert.equal(await ignores('src/b.ts', ['**/a.ts']), false);
  });

  it('ignores files outside the folder', async () => {
    assert.equal(await new FolderIgnores(root, []).ignores(path.join(path.dirname(root), 'elsewhere.ts')), true);
  });
});
