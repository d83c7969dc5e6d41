// Lists local and remote branches with `git for-each-ref`, for the CLI (the extension uses the
// built-in git extension's API instead).
import { spawn } from 'child_process';
import type { BranchInfo } from './branches';

const FIELD = '%00';
const FORMAT = ['%(refname)', '%(committerdate:iso-strict)', '%(HEAD)', '%(symref)'].join(FIELD);

/** Without the variables that point git elsewhere (set inside git hooks), `cwd` decides the repository. */
function environmentForCwd(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR']) delete env[name];
  return env;
}

/** Rejects when git is missing or `cwd` is not inside a repository, with git's own message. */
export function listBranchesWithGit(cwd: string): Promise<BranchInfo[]> {
  return new Promise((resolve, reject) => {
    const git = spawn('git', ['for-each-ref', `--format=${FORMAT}`, 'refs/heads', 'refs/remotes'], {
      cwd,
      env: environmentForCwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    git.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    git.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    git.on('error', reject);
    git.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`git for-each-ref failed (${code}): ${Buffer.concat(stderr).toString('utf8').trim()}`));
        return;
      }
      resolve(parseForEachRef(Buffer.concat(stdout).toString('utf8')));
    });
  });
}

export function parseForEachRef(output: string): BranchInfo[] {
  const branches: BranchInfo[] = [];
  for (const line of output.split('\n')) {
    if (!line) continue;
    const [refname, date, head, symref] = line.split('\0');
    // `origin/HEAD` only points at another remote branch.
    if (symref) continue;
    const remote = refname.startsWith('refs/remotes/');
    const name = refname.replace(/^refs\/(heads|remotes)\//, '');
    const time = date ? Date.parse(date) : NaN;
    branches.push({
      name,
      remote,
      ...(Number.isNaN(time) ? {} : { lastCommit: new Date(time).toISOString() }),
      current: head === '*',
    });
  }
  return branches;
}
