// Every progress figure of a workspace for one model version and one day, each computed once: KRs
// (rollups resolved, "blocked by" applied), objectives, files and the cascade's nodes by id. The
// tree, the panel, the status bar, hovers, the CLI report and the check-in picker all read it.
import type { KeyResult, Objective, OkrFile, Period } from '../format/model';
import { fileProgress, krProgress, objectiveProgress } from '../progress';
import type { FileProgress, KrProgress, ObjectiveProgress, ProgressFigures, ProgressOptions, Status } from '../progress';
import type { Cascade } from './model';
import { blockedBy, MeasureKr, rollupChildren, rollupResolver } from './rollup';

export interface NodeProgress {
  /** Clamped progress 0..1 (objectives: weighted over their KRs). */
  progress: number;
  status: Status;
  stale?: boolean;
  /** Off-track dependencies that put an otherwise on-track KR at risk. */
  blockedBy?: string[];
}

/**
 * Also the `ProgressOptions` (today, cadence, and hooks that answer from the memo), so code that
 * takes options still computes the same figures.
 */
export interface WorkspaceProgress extends ProgressFigures {
  /** The first definition of an objective or KR id in the cascade. */
  node(id: string): NodeProgress | undefined;
}

/**
 * `measure` is `krProgress`; the benchmark passes a counting one. Blocking only turns on-track into
 * at-risk, so which dependencies are off track does not depend on blocking: the KRs are measured
 * once without it, and "blocked by" is applied to those results.
 */
export function workspaceProgress(cascade: Cascade, base: ProgressOptions, measure: MeasureKr = krProgress): WorkspaceProgress {
  const measured = new Map<KeyResult, KrProgress>();
  const periods = new Map<KeyResult | Objective, Period | undefined>();
  const notePeriods = (file: OkrFile) => {
    for (const objective of file.objectives) {
      periods.set(objective, file.period);
      for (const kr of objective.key_results) periods.set(kr, file.period);
    }
  };
  cascade.files.forEach((file) => notePeriods(file.model));

  const memoised: MeasureKr = (kr, period, options) => {
    const known = measured.get(kr);
    if (known) return known;
    const result = measure(kr, period, options);
    // Along an open rollup cycle the value is provisional: keep only final ones.
    if (kr.rollup !== 'children' || resolveRollup.settled(kr)) measured.set(kr, result);
    return result;
  };
  const resolveRollup = rollupResolver(cascade, base, memoised);
  const countRollupChildren = (kr: KeyResult) => rollupChildren(cascade, kr.id).length;
  const unblocked: ProgressOptions = { ...base, resolveRollup, countRollupChildren };
  const unblockedOf = (kr: KeyResult) => memoised(kr, periods.get(kr), unblocked);

  const objectiveStatus = new Map<string, Status>();
  const krStatus = new Map<string, Status>();
  for (const file of cascade.files) {
    for (const objective of file.model.objectives) {
      const krs = objective.key_results.map(unblockedOf);
      const status = objectiveProgress(objective, file.model.period, unblocked, krs).status;
      if (!objectiveStatus.has(objective.id)) objectiveStatus.set(objective.id, status);
      krs.forEach((kr) => krStatus.has(kr.id) || krStatus.set(kr.id, kr.status));
    }
  }
  const blockers = blockedBy(cascade, (id) => krStatus.get(id) ?? objectiveStatus.get(id));

  const finalKrs = new Map<KeyResult, KrProgress>();
  const objectives = new Map<Objective, ObjectiveProgress>();
  const files = new Map<OkrFile, FileProgress>();
  let nodes: Map<string, NodeProgress> | undefined;

  const progress: WorkspaceProgress = {
    ...unblocked,
    resolveBlockedBy: (kr) => blockers.get(kr.id) ?? [],
    keyResult(kr) {
      let result = finalKrs.get(kr);
      if (!result) {
        result = withBlockers(unblockedOf(kr), blockers.get(kr.id));
        finalKrs.set(kr, result);
      }
      return result;
    },
    objective(objective) {
      let result = objectives.get(objective);
      if (!result) {
        result = objectiveProgress(objective, periods.get(objective), progress, objective.key_results.map((kr) => progress.keyResult(kr)));
        objectives.set(objective, result);
      }
      return result;
    },
    file(file) {
      let result = files.get(file);
      if (!result) {
        if (!periods.has(file.objectives[0])) notePeriods(file); // a file outside the cascade (no model there)
        result = fileProgress(file, progress, file.objectives.map((objective) => progress.objective(objective)));
        files.set(file, result);
      }
      return result;
    },
    node(id) {
      nodes ??= nodeProgress(cascade, progress);
      return nodes.get(id);
    },
  };
  return progress;
}

function withBlockers(kr: KrProgress, blockers: readonly string[] | undefined): KrProgress {
  if (!blockers?.length) return kr;
  return { ...kr, blockedBy: [...blockers], status: kr.status === 'on-track' ? 'at-risk' : kr.status };
}

function nodeProgress(cascade: Cascade, progress: WorkspaceProgress): Map<string, NodeProgress> {
  const result = new Map<string, NodeProgress>();
  for (const file of cascade.files) {
    for (const objective of progress.file(file.model).objectives) {
      if (!result.has(objective.id)) result.set(objective.id, { progress: objective.progress, status: objective.status });
      for (const kr of objective.keyResults) {
        if (result.has(kr.id)) continue;
        const node: NodeProgress = { progress: kr.progressClamped, status: kr.status, stale: kr.stale };
        if (kr.blockedBy) node.blockedBy = kr.blockedBy;
        result.set(kr.id, node);
      }
    }
  }
  return result;
}
