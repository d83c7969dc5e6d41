// Objective, file (team) and period rollups of KR progress.
import type { Objective, OkrFile, Period } from '../format/model';
import { krProgress } from './kr';
import { expectedProgress, paceStatus, roundTo, weightedAverage, zoneOf } from './pace';
import { FileProgress, KrProgress, ObjectiveProgress, ProgressOptions, Rollup, Status, STATUSES } from './types';

export interface PeriodProgress extends Rollup {
  /** The period label as written, e.g. `2026-Q4`; files without a period share the label ''. */
  period: string;
  files: FileProgress[];
}

/** KRs count by their `weight`; overshoot does not count (clamped progress), but lifts the score. */
export function objectiveProgress(
  objective: Objective,
  period: Period | undefined,
  options: ProgressOptions,
  keyResults: KrProgress[] = objective.key_results.map((kr) => krProgress(kr, period, options)),
): ObjectiveProgress {
  const weighted = keyResults.map((kr, i) => ({ kr, weight: objective.key_results[i].weight }));
  const progress = weightedAverage(weighted, ({ kr }) => kr.progressClamped);
  const score = scoreAverage(weighted, ({ kr }) => kr.score);
  const expected = expectedProgress(period, options.today);
  const status: Status = roundTo(progress, 6) >= 1 ? 'done' : paceStatus(progress, expected, options);
  return { id: objective.id, progress, expected, score, zone: zoneOf(score), status, keyResults };
}

/** A team's file: every objective counts the same, whatever its number of KRs. */
export function fileProgress(
  file: OkrFile,
  options: ProgressOptions,
  objectives: ObjectiveProgress[] = file.objectives.map((objective) => objectiveProgress(objective, file.period, options)),
): FileProgress {
  const keyResults = objectives.flatMap((objective) => objective.keyResults);
  const result: FileProgress = {
    file: file.file,
    ...rollupObjectives(objectives, expectedProgress(file.period, options.today)),
    objectives,
    counts: countStatuses(keyResults),
    staleCount: keyResults.filter((kr) => kr.stale).length,
  };
  if (file.team !== undefined) result.team = file.team;
  if (file.period !== undefined) result.period = file.period.label;
  return result;
}

/** All teams of one period together: again every objective counts the same. Sorted by label. */
export function periodProgress(files: readonly FileProgress[]): PeriodProgress[] {
  const byPeriod = new Map<string, FileProgress[]>();
  for (const file of files) {
    const label = file.period ?? '';
    byPeriod.set(label, [...(byPeriod.get(label) ?? []), file]);
  }
  return [...byPeriod.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([period, group]) => ({
      period,
      files: group,
      // Files of one period label share its dates, so any file's expected pace is the period's.
      ...rollupObjectives(
        group.flatMap((file) => file.objectives),
        group[0].expected,
      ),
    }));
}

export function rollupObjectives(objectives: readonly ObjectiveProgress[], expected: number): Rollup {
  const equal = objectives.map((objective) => ({ objective, weight: 1 }));
  const progress = weightedAverage(equal, ({ objective }) => objective.progress);
  const score = scoreAverage(equal, ({ objective }) => objective.score);
  return { progress, expected, score, zone: zoneOf(score) };
}

export function countStatuses(keyResults: readonly KrProgress[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const kr of keyResults) counts[kr.status]++;
  return counts;
}

/** Scores are shown with 2 decimals, so their average is too. */
function scoreAverage<T extends { weight: number }>(items: readonly T[], scoreOf: (item: T) => number): number {
  return roundTo(weightedAverage(items, scoreOf), 2);
}
