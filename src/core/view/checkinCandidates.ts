// Which key results to offer for a check-in, and in what order. Pure (no 'vscode'), so the
// ordering rules are unit-tested; the QuickPick only renders the groups.
import type { KeyResult, Objective, OkrFile } from '../format/model';
import type { KrProgress, ProgressFigures } from '../progress';
import { formatValue } from './values';

export interface CheckinCandidate {
  file: string;
  objective: Objective;
  keyResult: KeyResult;
  progress: KrProgress;
}

export interface CandidateGroup {
  objective: Objective;
  file: string;
  candidates: CheckinCandidate[];
}

export interface CandidateFilter {
  /** `okr.me`: only KRs owned by this person (a KR without an owner belongs to its objective's). */
  owner?: string;
  /** Only KRs that want a check-in now (stale, or a metric never checked in). */
  dueOnly?: boolean;
}

export function ownerOf(keyResult: KeyResult, objective: Objective): string | undefined {
  return keyResult.owner ?? objective.owner;
}

/** A `rollup: children` KR is read-only: its progress comes from what aligns to it, never from a check-in. */
export function takesCheckins(keyResult: KeyResult): boolean {
  return keyResult.rollup !== 'children';
}

/** Why a rollup KR takes no check-in, naming where its value comes from (the ids aligned to it). */
export function rollupRefusal(keyResult: KeyResult, childIds: readonly string[]): string {
  const from = childIds.length
    ? `the progress of what aligns to it: ${childIds.join(', ')}`
    : 'the progress of the objectives and key results aligned to it (none align to it yet)';
  return `${keyResult.id} is a rollup (rollup: children): its value comes from ${from}. Check in on those instead.`;
}

export function isDue(progress: KrProgress): boolean {
  return progress.status !== 'done' && (progress.stale || progress.status === 'no-checkin');
}

/**
 * Staleness as one number: never checked in counts as the stalest of all, then the most days
 * since the last check-in. Done KRs sink to the bottom: nobody needs to report on them.
 */
export function staleness(progress: KrProgress): number {
  if (progress.status === 'done') return -1;
  return progress.daysSinceCheckin ?? Number.POSITIVE_INFINITY;
}

/**
 * KRs grouped by objective, stalest first: inside a group by staleness, and the groups by their
 * stalest KR, so the top of the list is always the most overdue KR while the grouping stays.
 */
export function checkinCandidates(files: readonly OkrFile[], figures: ProgressFigures, filter: CandidateFilter = {}): CandidateGroup[] {
  const owner = filter.owner?.trim().toLowerCase();
  const groups: CandidateGroup[] = [];
  for (const file of files) {
    const fileFigures = figures.file(file);
    for (const [i, objective] of file.objectives.entries()) {
      const progressOf = fileFigures.objectives[i].keyResults;
      const candidates = objective.key_results
        .map((keyResult, j) => ({ file: file.file, objective, keyResult, progress: progressOf[j] }))
        .filter(({ keyResult }) => keyResult.id && takesCheckins(keyResult))
        .filter(({ keyResult }) => !owner || ownerOf(keyResult, objective)?.trim().toLowerCase() === owner)
        .filter((candidate) => !filter.dueOnly || isDue(candidate.progress))
        .sort((a, b) => stalestFirst(a.progress, b.progress));
      if (candidates.length) groups.push({ objective, file: file.file, candidates });
    }
  }
  return groups.sort((a, b) => stalestFirst(a.candidates[0].progress, b.candidates[0].progress));
}

/** A stable comparator (subtraction would give NaN for two never-checked-in KRs). */
function stalestFirst(a: KrProgress, b: KrProgress): number {
  const [x, y] = [staleness(a), staleness(b)];
  return x === y ? 0 : x > y ? -1 : 1;
}

/** `45% · 9.1 days · 12 days ago`, the line under a KR in the picker. */
export function describeCandidate(candidate: CheckinCandidate): string {
  const { progress, keyResult } = candidate;
  const parts = [`${Math.round(progress.progressClamped * 100)}%`];
  if (progress.current !== undefined) parts.push(formatValue(progress.current, keyResult.unit));
  parts.push(sinceText(progress.daysSinceCheckin));
  if (progress.stale) parts.push('stale');
  return parts.join(' · ');
}

export function sinceText(days: number | undefined): string {
  if (days === undefined) return 'never checked in';
  if (days <= 0) return 'checked in today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/** The ids of the KRs that want a check-in now (of `owner`, when set), stalest first. */
export function dueKeyResults(files: readonly OkrFile[], figures: ProgressFigures, owner: string | undefined): string[] {
  return checkinCandidates(files, figures, { owner, dueOnly: true }).flatMap((group) => group.candidates.map((candidate) => candidate.keyResult.id));
}
