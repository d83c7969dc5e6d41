// Types and defaults of the progress maths. Ratios are numbers where 1 = 100%.
import type { CheckIn, Direction, KeyResult, Objective, OkrFile } from '../format/model';

export interface ProgressOptions {
  /** The day the figures are computed for, ISO `YYYY-MM-DD`. */
  today: string;
  /** More than this many percentage points behind the expected pace is `at-risk` (default 10). */
  atRiskPoints?: number;
  /** More than this many percentage points behind the expected pace is `off-track` (default 25). */
  offTrackPoints?: number;
  /** A check-in older than this many days is stale while the period runs (default 7). */
  cadenceDays?: number;
  /**
   * Progress (0..1, may overshoot) of a KR with `rollup: children`, computed elsewhere from the
   * files that cascade from it. Returning undefined keeps the KR's own check-ins.
   */
  resolveRollup?: (kr: KeyResult) => number | undefined;
  /** How many objectives and KRs a `rollup: children` KR averages (shown as "rollup of N"). */
  countRollupChildren?: (kr: KeyResult) => number;
  /**
   * The ids this KR `depends_on` that are off track. Any makes an on-track KR at risk. Computed
   * elsewhere (from every file at once), so a chain of dependencies costs no recursion here.
   */
  resolveBlockedBy?: (kr: KeyResult) => readonly string[];
}

/**
 * The figures of a set of files, each computed once (built by `core/cascade/workspaceProgress`);
 * also the options they were computed with.
 */
export interface ProgressFigures extends ProgressOptions {
  keyResult(kr: KeyResult): KrProgress;
  objective(objective: Objective): ObjectiveProgress;
  file(file: OkrFile): FileProgress;
}

export const DEFAULT_THRESHOLDS = { atRiskPoints: 10, offTrackPoints: 25, cadenceDays: 7 } as const;

/**
 * Pace status. Staleness is deliberately NOT a status but the separate `stale` flag: a KR can be
 * both off-track and overdue for a check-in, and a status chip wants the first while a
 * "stalest first" check-in picker wants the second (sorted by `daysSinceCheckin`). Precedence:
 * done > no-checkin > off-track > at-risk > on-track.
 */
export type Status = 'done' | 'no-checkin' | 'off-track' | 'at-risk' | 'on-track';

export const STATUSES: readonly Status[] = ['done', 'no-checkin', 'off-track', 'at-risk', 'on-track'];

export type Zone = 'fail' | 'commit' | 'target' | 'stretch';

export const ZONES: readonly Zone[] = ['fail', 'commit', 'target', 'stretch'];

export interface KrProgress {
  id: string;
  /** Given or inferred; undefined for milestone KRs and metric KRs without baseline/target. */
  direction?: Direction;
  /** The latest check-in value; for a milestone KR without milestones, whether it is done. */
  current?: number | boolean;
  /** Raw progress: above 1 when the target is overshot, below 0 when it moved the wrong way. */
  progress: number;
  /** `progress` clamped to [0, 1], for bars and rollups. */
  progressClamped: number;
  /** Share of the period elapsed at `today`. */
  expected: number;
  status: Status;
  /** The last check-in is older than `cadenceDays` while the period is running. */
  stale: boolean;
  score: number;
  zone: Zone;
  /** How many of the listed milestones are done, by count and by weight. */
  milestones?: { done: number; total: number; doneWeight: number; totalWeight: number };
  confidence?: number;
  lastCheckin?: CheckIn;
  previousCheckin?: CheckIn;
  daysSinceCheckin?: number;
  /** Off-track dependencies (`depends_on`); an otherwise on-track KR is at risk because of them. */
  blockedBy?: string[];
  /** The progress is the rollup of this many aligned objectives and KRs (`rollup: children`). */
  rollupOf?: number;
}

export interface ObjectiveProgress {
  id: string;
  /** Weighted average of the KRs' clamped progress (KR `weight`). */
  progress: number;
  expected: number;
  /** Weighted average of the KRs' scores, 2 decimals. */
  score: number;
  zone: Zone;
  /** `done` at 100%, otherwise the pace status of `progress` against `expected`. */
  status: Status;
  keyResults: KrProgress[];
}

export interface Rollup {
  /** Average of the objectives' progress, each objective counting the same. */
  progress: number;
  expected: number;
  score: number;
  zone: Zone;
}

export interface FileProgress extends Rollup {
  file: string;
  team?: string;
  period?: string;
  objectives: ObjectiveProgress[];
  /** How many KRs have each status. */
  counts: Record<Status, number>;
  /** How many KRs are stale. */
  staleCount: number;
}
