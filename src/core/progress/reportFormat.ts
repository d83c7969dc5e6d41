// Shared wording of the report renderers: percentages, scores, values and user text on one line.
import type { ReportChange, ReportKeyResult } from './report';
import { statusPhrase } from './statusWords';
import type { Status } from './types';

/** 0.456 -> "46%"; overshoot and wrong-way progress stay visible (125%, -25%). */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 100) || 0}%`;
}

export function scoreText(score: number): string {
  return score.toFixed(2);
}

/** `at risk, stale, blocked by PLAT-1.2`. */
export function statusText(status: Status, stale: boolean, blockedBy: readonly string[] = []): string {
  return statusPhrase(status, stale, blockedBy.map(oneLine));
}

export function valueText(value: number | boolean | undefined, unit?: string): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'done' : 'not done';
  if (!unit) return String(value);
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}

/**
 * The one milestone count every view shows: done/total by count, and, when the milestones carry
 * different weights, the weighted progress as a percentage: `2/3 milestones · 50% by weight`.
 */
export function milestonesText(milestones: { done: number; total: number; doneWeight: number; totalWeight: number }): string {
  const count = `${milestones.done}/${milestones.total} milestones`;
  const byWeight = milestones.totalWeight > 0 ? milestones.doneWeight / milestones.totalWeight : 0;
  const byCount = milestones.total > 0 ? milestones.done / milestones.total : 0;
  if (!Number.isFinite(byWeight) || Math.round(byWeight * 100) === Math.round(byCount * 100)) return count;
  return `${count} · ${Math.round(byWeight * 100)}% by weight`;
}

/** The KR's current standing: its value, or how many of its milestones are done. */
export function currentText(kr: ReportKeyResult): string {
  if (kr.milestones) return milestonesText(kr.milestones);
  return valueText(kr.current, kr.unit);
}

/** "+0.4, +20 pts since 2026-10-07"; empty without a change. */
export function changeText(change: ReportChange | undefined): string {
  if (!change) return '';
  const parts: string[] = [];
  if (change.valueDelta !== undefined) parts.push(signed(change.valueDelta));
  parts.push(`${signed(Math.round(change.progressDelta * 100))} pts`);
  return `${parts.join(', ')} since ${change.since}`;
}

/**
 * User text (titles, notes) shown on one line: line breaks and tabs become spaces, and control
 * characters are dropped so a note cannot move the cursor or recolour a terminal.
 */
export function oneLine(text: string): string {
  return text
    // Control characters from a hostile file must never reach a terminal.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
