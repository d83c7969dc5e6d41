import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findRipgrep, listBranchesWithGit } from '../../../src/core/links';

const executable = process.platform === 'win32' ? 'rg.exe' : 'rg';

function placeFile(file: string, mode: number): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '#!/bin/sh\n');
  fs.chmodSync(file, mode);
  return file;
}

/** Inside a git hook GIT_DIR points at the project's repository: these tests must never touch it. */
function withoutGitDirectory(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR']) delete copy[name];
  return copy;
}

describe('links/tools', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-tools-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('findRipgrep', () => {
    it('finds the rg VS Code ships, in the unpacked asar layout and the older vscode-ripgrep one', () => {
      const unpacked = placeFile(path.join(dir, 'app', 'node_modules.asar.unpacked', '@vscode', 'ripgrep', 'bin', executable), 0o755);
      assert.equal(findRipgrep({ appRoot: path.join(dir, 'app') }), unpacked);
      const legacy = placeFile(path.join(dir, 'old', 'node_modules', 'vscode-ripgrep', 'bin', executable), 0o755);
      assert.equal(findRipgrep({ appRoot: path.join(dir, 'old') }), legacy);
    });

    it('prefers node_modules over the unpacked asar, and the app over PATH', () => {
      placeFile(path.join(dir, 'app', 'node_modules.asar.unpacked', '@vscode', 'ripgrep', 'bin', executable), 0o755);
      const plain = placeFile(path.join(dir, 'app', 'node_modules', '@vscode', 'ripgrep', 'bin', executable), 0o755);
      const onPath = placeFile(path.join(dir, 'bin', executable), 0o755);
      assert.equal(findRipgrep({ appRoot: path.join(dir, 'app'), envPath: path.join(dir, 'bin') }), plain);
      assert.equal(findRipgrep({ appRoot: path.join(dir, 'nothing-here'), envPath: path.join(dir, 'bin') }), onPath);
    });

    it('walks PATH in order and skips files that are not executable', () => {
      placeFile(path.join(dir, 'first', executable), 0o644);
      const second = placeFile(path.join(dir, 'second', executable), 0o755);
      const envPath = ['', path.join(dir, 'missing'), path.join(dir, 'first'), path.join(dir, 'second')].join(path.delimiter);
      assert.equal(findRipgrep({ envPath }), process.platform === 'win32' ? path.join(dir, 'first', executable) : second);
    });

    it('returns undefined rather than throwing when nothing usable is found', () => {
      assert.equal(findRipgrep({}), undefined);
      assert.equal(findRipgrep({ appRoot: path.join(dir, 'nope'), envPath: path.join(dir, 'nope') }), undefined);
      assert.equal(findRipgrep({ appRoot: 'bad\0path', envPath: `bad\0path${path.delimiter}` }), undefined);
      fs.mkdirSync(path.join(dir, 'rgdir', executable), { recursive: true });
      assert.equal(findRipgrep({ envPath: path.join(dir, 'rgdir') }), undefined, 'a directory named rg is not rg');
    });

    it('finds the system rg on this machine', () => {
      assert.equal(findRipgrep({ envPath: '/usr/local/bin:/usr/bin' }), fs.existsSync('/usr/local/bin/rg') ? '/usr/local/bin/rg' : '/usr/bin/rg');
    });
  });

  describe('listBranchesWithGit', () => {
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], {
        cwd: dir,
        env: { ...withoutGitDirectory(process.env), GIT_CEILING_DIRECTORIES: path.dirname(dir), GIT_COMMITTER_DATE: '2026-10-07T12:00:00+02:00', GIT_AUTHOR_DATE: '2026-10-07T12:00:00+02:00' },
        encoding: 'utf8',
      });

    it('lists local and remote branches, the current one, and their last commit dates; skips origin/HEAD', async () => {
      git('init', '-q');
      git('commit', '-q', '--allow-empty', '-m', 'first');
      git('branch', 'feature/PLAT-1.1-build-cache');
      git('update-ref', 'refs/remotes/origin/kr/PLAT-2.1-deploy', 'HEAD');
      git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/kr/PLAT-2.1-deploy');
      const branches = await listBranchesWithGit(dir);
      const date = '2026-10-07T10:00:00.000Z';
      assert.deepEqual(branches, [
        { name: 'feature/PLAT-1.1-build-cache', remote: false, lastCommit: date, current: false },
        { name: 'main', remote: false, lastCommit: date, current: true },
        { name: 'origin/kr/PLAT-2.1-deploy', remote: true, lastCommit: date, current: false },
      ]);
    });

    it('rejects with git’s message outside a repository', async () => {
      await assert.rejects(listBranchesWithGit(dir), /git for-each-ref failed/);
    });
  });
});
