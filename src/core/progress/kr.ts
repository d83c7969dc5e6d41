// Progress, pace status and score of one key result.
import type { CheckIn, Direction, KeyResult, Period } from '../format/model';
import { checkinsByDate, daysSince, isBoolean, isNumber, latestValue } from './checkins';
import { clamp, expectedProgress, isPeriodRunning, paceStatus, roundTo, scoreOf, weightedAverage, zoneOf } from './pace';
import { DEFAULT_THRESHOLDS, KrProgress, ProgressOptions, Status } from './types';

/** The written direction, or the one implied by baseline and target; none for milestone KRs. */
export function inferDirection(kr: KeyResult): Direction | undefined {
  if (kr.type === 'milestone') return undefined;
  if (kr.direction) return kr.direction;
  if (kr.baseline === undefined || kr.target === undefined) return undefined;
  if (kr.target > kr.baseline) return 'increase';
  if (kr.target < kr.baseline) return 'decrease';
  return undefined;
}

/**
 * Raw progress of a metric KR at `value` (above 1 = overshoot, below 0 = wrong way).
 * - increase/decrease: (value − baseline) / (target − baseline). Without a baseline (or with
 *   baseline = target) there is no distance to measure, so it is all or nothing: target reached → 1.
 * - at_least / at_most: the threshold held → 1. When it does not hold and the baseline lies on the
 *   far side of the target (at_least: below it; at_most: above it), the way from baseline to
 *   target gets partial credit like increase/decrease, so recovering from 90% towards "at least
 *   98%" shows; otherwise 0.
 */
export function metricProgress(kr: KeyResult, value: number): number {
  const direction = inferDirection(kr);
  const { baseline, target } = kr;
  if (direction === undefined || target === undefined) return 0;
  const share = baseline === undefined ? undefined : shareOfTheWay(value, baseline, target);
  switch (direction) {
    case 'increase':
    case 'decrease':
      return share ?? (reached(direction, value, target) ? 1 : 0);
    case 'at_least':
      if (value >= target) return 1;
      return baseline !== undefined && baseline < target ? (share ?? 0) : 0;
    case 'at_most':
      if (value <= target) return 1;
      return baseline !== undefined && baseline > target ? (share ?? 0) : 0;
  }
}

export function krProgress(kr: KeyResult, period: Period | undefined, options: ProgressOptions): KrProgress {
  const ordered = checkinsByDate(kr.checkins);
  const lastCheckin = ordered.at(-1);
  const previousCheckin = ordered.at(-2);
  const measured = kr.type === 'milestone' ? measureMilestone(kr, ordered) : measureMetric(kr, ordered);
  const rolledUp = kr.rollup === 'children' ? options.resolveRollup?.(kr) : undefined;
  const fromRollup = rolledUp !== undefined && Number.isFinite(rolledUp);
  const progress = fromRollup ? rolledUp : measured.progress;
  const progressClamped = clamp(progress, 0, 1);
  const expected = expectedProgress(period, options.today);
  const daysSinceCheckin = daysSince(lastCheckin, options.today);
  const done = roundTo(progress, 6) >= 1;

  const blockedBy = [...(options.resolveBlockedBy?.(kr) ?? [])];

  let status: Status;
  if (done) status = 'done';
  else if (kr.type === 'metric' && ordered.length === 0 && !fromRollup) status = 'no-checkin';
  else status = paceStatus(progressClamped, expected, options);
  if (status === 'on-track' && blockedBy.length > 0) status = 'at-risk';

  const cadenceDays = options.cadenceDays ?? DEFAULT_THRESHOLDS.cadenceDays;
  // Nothing is overdue once the KR is done or outside the period; a KR never checked in is
  // `no-checkin` (metric) or simply undated (milestone), not stale.
  const stale =
    !done && daysSinceCheckin !== undefined && daysSinceCheckin > cadenceDays && isPeriodRunning(period, options.today);

  const score = scoreOf(progress);
  const result: KrProgress = {
    id: kr.id,
    progress,
    progressClamped,
    expected,
    status,
    stale,
    score,
    zone: zoneOf(score),
  };
  if (measured.direction !== undefined) result.direction = measured.direction;
  if (measured.current !== undefined) result.current = measured.current;
  if (measured.milestones) result.milestones = measured.milestones;
  if (lastCheckin?.confidence !== undefined) result.confidence = lastCheckin.confidence;
  if (lastCheckin) result.lastCheckin = lastCheckin;
  if (previousCheckin) result.previousCheckin = previousCheckin;
  if (daysSinceCheckin !== undefined) result.daysSinceCheckin = daysSinceCheckin;
  if (blockedBy.length > 0) result.blockedBy = blockedBy;
  if (fromRollup && options.countRollupChildren) result.rollupOf = options.countRollupChildren(kr);
  return result;
}

interface Measure {
  direction?: Direction;
  current?: number | boolean;
  progress: number;
  milestones?: KrProgress['milestones'];
}

function measureMetric(kr: KeyResult, ordered: readonly CheckIn[]): Measure {
  const current = latestValue(ordered, isNumber);
  const progress = current === undefined ? 0 : metricProgress(kr, current);
  return { direction: inferDirection(kr), current, progress };
}

/**
 * Listed milestones give the weighted share of the done ones. Otherwise the newest boolean
 * check-in says whether it is done (check-ins are dated, so they overrule the undated `done`
 * field), falling back to `done`.
 */
function measureMilestone(kr: KeyResult, ordered: readonly CheckIn[]): Measure {
  if (kr.milestones && kr.milestones.length > 0) {
    const done = kr.milestones.filter((m) => m.done);
    const totalWeight = kr.milestones.reduce((sum, m) => sum + m.weight, 0);
    const doneWeight = done.reduce((sum, m) => sum + m.weight, 0);
    return {
      progress: weightedAverage(kr.milestones, (m) => (m.done ? 1 : 0)),
      milestones: { done: done.length, total: kr.milestones.length, doneWeight, totalWeight },
    };
  }
  const done = latestValue(ordered, isBoolean) ?? kr.done ?? false;
  return { current: done, progress: done ? 1 : 0 };
}

/** Undefined when baseline and target are too close to divide by (equal, or a subnormal apart). */
function shareOfTheWay(value: number, baseline: number, target: number): number | undefined {
  const share = (value - baseline) / (target - baseline);
  return Number.isFinite(share) ? share : undefined;
}

function reached(direction: 'increase' | 'decrease', value: number, target: number): boolean {
  return direction === 'increase' ? value >= target : value <= target;
}
