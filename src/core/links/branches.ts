// Branches that carry an objective or KR id as a token: `feature/PLAT-1.1-build-cache`, `kr/plat-1.1-cache`.
import { ID_SOURCE } from './ids';

/** A local or remote branch, as the CLI (`git for-each-ref`) and the extension (the git API) list it. */
export interface BranchInfo {
  /** As git names it: `kr/PLAT-1.1-cache`, or `origin/kr/PLAT-1.1-cache` for a remote branch. */
  name: string;
  remote: boolean;
  /** ISO 8601 date of the branch's last commit, when known. */
  lastCommit?: string;
  /** The checked-out branch. */
  current: boolean;
}

const ID_AT = new RegExp(ID_SOURCE, 'y');
const ALPHANUMERIC = /[A-Za-z0-9]/;
const SLUG_MAX_LENGTH = 40;

/**
 * The known ids (as spelled in `ids`) that appear in a branch name as tokens, in order of appearance.
 * Case-insensitive. A token starts after a non-alphanumeric character (`/`, `-`, `_`, …) and its id
 * ends where no id character follows: `PLAT-1.10` is not `PLAT-1.1`, and `PLAT-1` is not matched
 * inside `PLAT-1.2`.
 */
export function idsInBranch(branch: string, ids: Iterable<string>): string[] {
  const byLowerCase = new Map<string, string>();
  for (const id of ids) byLowerCase.set(id.toLowerCase(), id);
  const found: string[] = [];
  for (let start = 0; start < branch.length; start++) {
    if (start > 0 && ALPHANUMERIC.test(branch[start - 1])) continue;
    ID_AT.lastIndex = start;
    const match = ID_AT.exec(branch);
    if (!match) continue;
    const next = branch[ID_AT.lastIndex];
    if (next !== undefined && ALPHANUMERIC.test(next)) continue;
    const id = byLowerCase.get(match[0].toLowerCase());
    if (id !== undefined && !found.includes(id)) found.push(id);
  }
  return found;
}

/** `kr/PLAT-1.1-cut-project-lead-time` for a KR, `objective/PLAT-1-…` for an objective. */
export function branchNameFor(id: string, title: string): string {
  const kind = id.includes('.') ? 'kr' : 'objective';
  const slug = slugify(title);
  return slug ? `${kind}/${id}-${slug}` : `${kind}/${id}`;
}

/** Lower-case ASCII words joined by `-`, cut at a word boundary to at most 40 characters. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX_LENGTH) return slug || word.slice(0, SLUG_MAX_LENGTH);
    slug = next;
  }
  return slug;
}

/** Why git would refuse `name` as a branch name (the rules of `git check-ref-format --branch`), or undefined. */
export function branchNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'Give the branch a name.';
  if (/[\s~^:?*[\\]/.test(name) || [...name].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return 'A branch name cannot hold spaces or any of ~ ^ : ? * [ \\.';
  if (name.includes('..') || name.includes('@{') || name === '@') return 'A branch name cannot hold "..", "@{" or be "@".';
  if (name.startsWith('-')) return 'A branch name cannot start with "-".';
  const parts = name.split('/');
  if (parts.some((part) => part === '' || part.startsWith('.') || part.endsWith('.lock'))) {
    return 'Each part between "/" must be non-empty, not start with "." and not end with ".lock".';
  }
  if (name.endsWith('.')) return 'A branch name cannot end with ".".';
  return undefined;
}
