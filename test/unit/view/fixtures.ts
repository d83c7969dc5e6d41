// The examples workspace as the tree model sees it: parsed OKR files, the references found in its
// code, and a few branches.
import { readFileSync } from 'fs';
import * as path from 'path';
import { findReferences, Reference } from '../../../src/core/links';
import { OkrWorkspace } from '../../../src/core/workspace';
import type { BranchInfo } from '../../../src/core/links/linkedWork';
import { linkWork } from '../../../src/core/links/linkedWork';
import type { WorkInput } from '../../../src/core/view/okrTree';
import { figuresOf } from '../progress/fixtures';

export const EXAMPLES = path.resolve(__dirname, '../../../examples');
const OKR_FILES = ['company.okr.yaml', 'teams/platform.okr.yaml', 'teams/growth.okr.yaml'];
const CODE_FILES = ['src/ci/cache.ts', 'src/deploy/flow.py', 'scripts/healthcheck.sh'];
export const TAGS = ['TODO', 'FIXME', 'HACK', 'XXX', 'OKR'];

export function examplesWorkspace(): OkrWorkspace {
  const workspace = new OkrWorkspace();
  for (const file of OKR_FILES) workspace.update(path.join(EXAMPLES, file), readFileSync(path.join(EXAMPLES, file), 'utf8'));
  return workspace;
}

export function exampleReferences(): Reference[] {
  return CODE_FILES.flatMap((file) => findReferences(readFileSync(path.join(EXAMPLES, file), 'utf8'), path.join(EXAMPLES, file), TAGS));
}

export const EXAMPLE_BRANCHES: BranchInfo[] = [
  { name: 'main', remote: false, current: true },
  { name: 'feature/PLAT-1.1-build-cache', remote: false, current: false, lastCommit: '2026-11-02T10:00:00.000Z' },
  { name: 'origin/feature/plat-1.1-build-cache', remote: true, current: false },
  { name: 'kr/PLAT-7.7-typo', remote: false, current: false },
  { name: 'kr/GROW-1.10-not-1.1', remote: false, current: false },
];

export function exampleInput(overrides: Partial<WorkInput> = {}): WorkInput {
  const workspace = examplesWorkspace();
  return {
    files: workspace.all(),
    work: linkWork(workspace.idIndex(), exampleReferences(), EXAMPLE_BRANCHES),
    progress: figuresOf({ today: '2026-11-20', cadenceDays: 7 }),
    displayPath: (file) => path.relative(EXAMPLES, file).split(path.sep).join('/'),
    ...overrides,
  };
}
