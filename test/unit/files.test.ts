import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { findOkrFiles } from '../../src/core/files';

describe('findOkrFiles', () => {
  let root: string;
  const write = (relative: string, text = 'okr: 1\n') => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  };
  const found = async (excludes?: string[]) => (await findOkrFiles(root, excludes)).map((file) => path.relative(root, file).split(path.sep).join('/'));

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'okr-files-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds *.okr.yaml at every depth, sorted, and nothing else', async () => {
    write('teams/platform.okr.yaml');
    write('company.okr.yaml');
    write('notes.yaml');
    write('.hidden/secret.okr.yaml');
    assert.deepEqual(await found(), ['.hidden/secret.okr.yaml', 'company.okr.yaml', 'teams/platform.okr.yaml']);
  });

  it('honours .gitignore at every level and the extra excludes, like the reference scan', async () => {
    write('.gitignore', 'build/\n');
    write('build/old.okr.yaml');
    write('teams/.gitignore', 'draft.okr.yaml\n');
    write('teams/draft.okr.yaml');
    write('teams/growth.okr.yaml');
    write('archive/2025.okr.yaml');
    assert.deepEqual(await found(), ['archive/2025.okr.yaml', 'teams/growth.okr.yaml']);
    assert.deepEqual(await found(['archive/']), ['teams/growth.okr.yaml']);
  });

  it('never looks inside .git or node_modules', async () => {
    write('node_modules/pkg/a.okr.yaml');
    write('.git/b.okr.yaml');
    write('c.okr.yaml');
    assert.deepEqual(await found(), ['c.okr.yaml']);
  });

  it('finds a symlinked OKR file but does not follow symlinked folders', async () => {
    write('real/a.okr.yaml');
    symlinkSync(path.join(root, 'real', 'a.okr.yaml'), path.join(root, 'link.okr.yaml'));
    symlinkSync(path.join(root, 'real'), path.join(root, 'linked-folder'), 'dir');
    assert.deepEqual(await found(), ['link.okr.yaml', 'real/a.okr.yaml']);
  });
});
