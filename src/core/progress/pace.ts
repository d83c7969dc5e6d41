// Pace (expected progress over the period), pace status, score and zone.
import type { Period } from '../format/model';
import { daysBetween, isValidDate } from '../format/period';
import { DEFAULT_THRESHOLDS, ProgressOptions, Zone } from './types';

/**
 * Overshooting a target raises the score above 1.0 (the `stretch` zone) but no further than this,
 * so a single runaway KR cannot carry a whole objective.
 */
export const MAX_SCORE = 1.2;

/**
 * Share of the period elapsed at `today`, counting whole days inclusively: on the first day 1/N of
 * an N-day period has elapsed, on the last day all of it. Without valid period dates there is no
 * pace to keep, so nothing is expected (0).
 */
export function expectedProgress(period: Period | undefined, today: string): number {
  if (!hasDates(period) || !isValidDate(today)) return 0;
  const totalDays = daysBetween(period.start, period.end) + 1;
  if (totalDays <= 0) return 0;
  const elapsedDays = daysBetween(period.start, today) + 1;
  return clamp(elapsedDays / totalDays, 0, 1);
}

/** True from the first to the last day of the period, inclusive. */
export function isPeriodRunning(period: Period | undefined, today: string): boolean {
  if (!hasDates(period) || !isValidDate(today)) return false;
  return daysBetween(period.start, today) >= 0 && daysBetween(today, period.end) >= 0;
}

/** On-track unless MORE than the threshold points behind the expected pace (exactly 10 is on-track). */
export function paceStatus(
  progress: number,
  expected: number,
  options: Pick<ProgressOptions, 'atRiskPoints' | 'offTrackPoints'> = {},
): 'on-track' | 'at-risk' | 'off-track' {
  const atRisk = options.atRiskPoints ?? DEFAULT_THRESHOLDS.atRiskPoints;
  const offTrack = options.offTrackPoints ?? DEFAULT_THRESHOLDS.offTrackPoints;
  // Rounded so that 0.5 - 0.4 counts as exactly 10 points, not 10.000000000000002.
  const pointsBehind = roundTo((expected - progress) * 100, 6);
  if (pointsBehind > offTrack) return 'off-track';
  if (pointsBehind > atRisk) return 'at-risk';
  return 'on-track';
}

/** Score of a KR from its raw progress: 0..MAX_SCORE, 2 decimals. */
export function scoreOf(progress: number): number {
  return roundTo(clamp(progress, 0, MAX_SCORE), 2);
}

/** fail < 0.3 <= commit < 0.7 <= target < 1.0 <= stretch. */
export function zoneOf(score: number): Zone {
  const s = roundTo(score, 6);
  if (s >= 1) return 'stretch';
  if (s >= 0.7) return 'target';
  if (s >= 0.3) return 'commit';
  return 'fail';
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Rounds half away from zero as a person would on paper: 12 significant digits first drop the
 * binary noise, so 1.005 gives 1.01 (not 1.00) and 0.5 - 0.4 gives 0.1.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / factor || 0;
}

function hasDates(period: Period | undefined): period is Period & { start: string; end: string } {
  return !!period?.start && !!period.end && isValidDate(period.start) && isValidDate(period.end);
}

/**
 * Weights are scaled by the largest one first, so huge weights (`1e308` twice) cannot overflow the
 * sum: the average depends only on their ratios. Non-finite and non-positive weights do not count.
 */
export function weightedAverage<T extends { weight: number }>(items: readonly T[], valueOf: (item: T) => number): number {
  const counted = items.filter((item) => Number.isFinite(item.weight) && item.weight > 0);
  const largest = counted.reduce((max, item) => Math.max(max, item.weight), 0);
  if (largest <= 0) return 0;
  const totalWeight = counted.reduce((sum, item) => sum + item.weight / largest, 0);
  return counted.reduce((sum, item) => sum + valueOf(item) * (item.weight / largest), 0) / totalWeight;
}
