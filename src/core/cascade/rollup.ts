// Progress across files: `rollup: children` KRs take the weighted progress of what aligns to them,
// and a KR whose dependency is off track is at risk ("blocked by …").
import type { KeyResult, Objective, Period } from '../format/model';
import { krProgress, objectiveProgress } from '../progress';
import type { KrProgress, ProgressOptions, Status } from '../progress';
import type { Cascade, CascadeNode } from './model';

/**
 * The `resolveRollup` hook for `krProgress`: a KR with `rollup: children` gets the weighted average
 * of the clamped progress of the objectives and KRs aligned to it (KRs by their `weight`, objectives
 * count 1). An objective whose own KRs align to the same id is represented by those KRs, so it is
 * not counted twice. Nothing aligned → undefined (the KR keeps its own check-ins).
 *
 * Memoised per KR; rollups of rollups are computed bottom-up with an explicit stack (no recursion
 * depth limit); along a cycle the KR that closes the loop falls back to its own check-ins.
 */
export function rollupResolver(cascade: Cascade, progressOptions: ProgressOptions, measure: MeasureKr = krProgress): RollupResolver {
  const memo = new Map<KeyResult, number | undefined>();
  const inProgress = new Set<KeyResult>();
  const options: ProgressOptions = { ...progressOptions, resolveRollup: (kr) => resolve(kr) };

  const compute = (kr: KeyResult): number | undefined => {
    const children = rollupChildren(cascade, kr.id);
    if (children.length === 0) return undefined;
    let weighted = 0;
    let totalWeight = 0;
    for (const child of children) {
      const period = cascade.periodOf(child);
      if (child.keyResult) {
        weighted += measure(child.keyResult, period, options).progressClamped * child.keyResult.weight;
        totalWeight += child.keyResult.weight;
      } else {
        const keyResults = child.objective.key_results.map((kr) => measure(kr, period, options));
        weighted += objectiveProgress(child.objective, period, options, keyResults).progress;
        totalWeight += 1;
      }
    }
    return totalWeight > 0 ? weighted / totalWeight : undefined;
  };

  function resolve(root: KeyResult): number | undefined {
    if (memo.has(root)) return memo.get(root);
    if (inProgress.has(root) || root.rollup !== 'children') return undefined;
    const stack: { kr: KeyResult; expanded: boolean }[] = [{ kr: root, expanded: false }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (memo.has(top.kr) || (!top.expanded && inProgress.has(top.kr))) {
        stack.pop();
        continue;
      }
      if (!top.expanded) {
        top.expanded = true;
        inProgress.add(top.kr);
        for (const dependency of rollupDependencies(cascade, top.kr)) {
          if (!memo.has(dependency) && !inProgress.has(dependency)) stack.push({ kr: dependency, expanded: false });
        }
        continue;
      }
      stack.pop();
      memo.set(top.kr, compute(top.kr));
      inProgress.delete(top.kr);
    }
    return memo.get(root);
  }

  return Object.assign(resolve, { settled: (kr: KeyResult) => memo.has(kr) });
}

/** How a KR's own progress is computed: `krProgress`, or a memo of it. */
export type MeasureKr = (kr: KeyResult, period: Period | undefined, options: ProgressOptions) => KrProgress;

/** The `resolveRollup` hook; `settled(kr)` once that KR's rollup is final (not while a cycle through it is open). */
export interface RollupResolver {
  (kr: KeyResult): number | undefined;
  settled(kr: KeyResult): boolean;
}

/** What a `rollup: children` KR averages: the nodes aligned to it, minus objectives already represented by their KRs. */
export function rollupChildren(cascade: Cascade, id: string): CascadeNode[] {
  const children = cascade.childrenOf(id);
  const representedByKrs = new Set<Objective>(children.filter((c) => c.keyResult).map((c) => c.objective));
  return children.filter((child) => child.keyResult || !representedByKrs.has(child.objective));
}

/** The rollup KRs whose value `kr`'s rollup needs first. */
function rollupDependencies(cascade: Cascade, kr: KeyResult): KeyResult[] {
  const dependencies: KeyResult[] = [];
  for (const child of rollupChildren(cascade, kr.id)) {
    const krs = child.keyResult ? [child.keyResult] : child.objective.key_results;
    for (const candidate of krs) if (candidate.rollup === 'children') dependencies.push(candidate);
  }
  return dependencies;
}

/** KR id → the ids it depends on that are off track. Only KRs with at least one such blocker. */
export function blockedBy(cascade: Cascade, statusOf: (id: string) => Status | undefined): Map<string, string[]> {
  const blocked = new Map<string, string[]>();
  for (const node of cascade.allNodes) {
    const dependsOn = node.keyResult?.depends_on ?? [];
    const blockers = [...new Set(dependsOn)].filter((id) => id !== node.id && statusOf(id) === 'off-track');
    if (blockers.length === 0) continue;
    const known = blocked.get(node.id) ?? [];
    blocked.set(node.id, [...new Set([...known, ...blockers])]);
  }
  return blocked;
}

