// Which references and branches belong to which objective or KR. Pure (no 'vscode'), shared by the
// sidebar, the hovers and the CodeLens so they all count the same way.
import { idsInBranch, isDangling, prefixesOf, Reference } from './';
import type { BranchInfo } from './branches';
import type { IdEntry } from '../workspace';

export type { BranchInfo } from './branches';

/** The branch prefix `okr.createBranch` uses; such branches are expected to name a KR. */
export const KR_BRANCH_PREFIX = 'kr/';

export interface LinkedWork {
  /** References by upper-case id (ids in code are matched case-insensitively). */
  referencesTo(id: string): Reference[];
  branchesFor(id: string): BranchInfo[];
  /** References to an id that looks like ours but does not exist (`PLAT-9.9`). */
  dangling: Reference[];
  /** `kr/…` branches that name no known objective or KR. */
  unmatchedKrBranches: BranchInfo[];
}

export function linkWork(
  ids: ReadonlyMap<string, IdEntry>,
  references: readonly Reference[],
  branches: readonly BranchInfo[],
): LinkedWork {
  const known = new Set([...ids.keys()].map((id) => id.toUpperCase()));
  const prefixes = prefixesOf(known);
  const refsById = new Map<string, Reference[]>();
  const dangling: Reference[] = [];
  for (const ref of references) {
    const key = ref.id.toUpperCase();
    if (known.has(key)) push(refsById, key, ref);
    else if (isDangling(key, known, prefixes)) dangling.push(ref);
  }
  const branchesById = new Map<string, BranchInfo[]>();
  const unmatchedKrBranches: BranchInfo[] = [];
  for (const branch of branches) {
    const matched = idsInBranch(branch.name, known);
    for (const id of matched) push(branchesById, id, branch);
    if (matched.length === 0 && localName(branch).startsWith(KR_BRANCH_PREFIX)) unmatchedKrBranches.push(branch);
  }
  return {
    referencesTo: (id) => refsById.get(id.toUpperCase()) ?? [],
    branchesFor: (id) => branchesById.get(id.toUpperCase()) ?? [],
    dangling,
    unmatchedKrBranches,
  };
}

/** The branch name without its remote: `origin/kr/x` -> `kr/x`. */
export function localName(branch: BranchInfo): string {
  return branch.remote ? branch.name.slice(branch.name.indexOf('/') + 1) : branch.name;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
