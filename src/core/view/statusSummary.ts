// What the status bar says: the current period's progress and how many KRs are behind. Pure.
import type { OkrFile } from '../format/model';
import { isPeriodRunning, ProgressFigures } from '../progress';
import { rollupObjectives } from '../progress/rollup';
import { statusWord } from '../progress/statusWords';

export interface StatusSummary {
  /** The period label shown, e.g. `2026-Q4`; undefined when the files have none. */
  period?: string;
  progress: number;
  expected: number;
  atRisk: number;
  offTrack: number;
  /** KRs with an off-track dependency (most of them are also counted in `atRisk`). */
  blocked: number;
  stale: number;
  keyResults: number;
  text: string;
  tooltip: string;
}

/**
 * The files of the period running today; when none runs, the most recent one that ended (a review
 * right after the quarter still wants last quarter's figures); without dates, every file.
 */
export function currentPeriodFiles(files: readonly OkrFile[], today: string): OkrFile[] {
  const running = files.filter((file) => isPeriodRunning(file.period, today));
  if (running.length) return running;
  const dated = files.filter((file) => file.period?.end && file.period.end <= today);
  if (dated.length) {
    const latest = dated.reduce((max, file) => (file.period!.end! > max ? file.period!.end! : max), '');
    return dated.filter((file) => file.period!.end === latest);
  }
  return [...files];
}

export function statusSummary(files: readonly OkrFile[], figures: ProgressFigures): StatusSummary | undefined {
  const current = currentPeriodFiles(files, figures.today);
  if (current.length === 0) return undefined;
  const progress = current.map((file) => figures.file(file));
  const rollup = rollupObjectives(
    progress.flatMap((file) => file.objectives),
    progress[0].expected,
  );
  const count = (pick: (file: (typeof progress)[number]) => number) => progress.reduce((sum, file) => sum + pick(file), 0);
  const atRisk = count((file) => file.counts['at-risk']);
  const offTrack = count((file) => file.counts['off-track']);
  const stale = count((file) => file.staleCount);
  const blocked = count((file) => file.objectives.reduce((sum, o) => sum + o.keyResults.filter((kr) => kr.blockedBy?.length).length, 0));
  const keyResults = count((file) => file.objectives.reduce((sum, o) => sum + o.keyResults.length, 0));
  const labels = [...new Set(current.map((file) => file.period?.label).filter((label): label is string => !!label))];
  const period = labels.length === 1 ? labels[0] : undefined;
  const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;
  const behind = atRisk + offTrack;
  const text = `$(target) ${percent(rollup.progress)}${behind ? ` $(warning) ${behind}` : ''}`;
  const tooltip = [
    `OKRs${period ? ` ${period}` : ''}: ${percent(rollup.progress)} done, ${percent(rollup.expected)} of the period elapsed.`,
    `${atRisk} ${statusWord('at-risk')}, ${offTrack} ${statusWord('off-track')}, ${stale} ${statusWord('stale')} of ${keyResults} key results.`,
    ...(blocked ? [`${blocked} ${statusWord('blocked')} by an off-track dependency.`] : []),
    'Click to show progress.',
  ].join('\n');
  const summary: StatusSummary = { progress: rollup.progress, expected: rollup.expected, atRisk, offTrack, blocked, stale, keyResults, text, tooltip };
  if (period) summary.period = period;
  return summary;
}

/** At most one reminder a day, and only when something is due. */
export function shouldRemind(lastReminded: string | undefined, today: string, dueCount: number): boolean {
  return dueCount > 0 && lastReminded !== today;
}
