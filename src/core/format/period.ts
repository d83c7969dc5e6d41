// Periods: a quarter `2026-Q4` or explicit `{start, end}` dates, resolved to inclusive ISO dates.
import type { Period } from './model';

const QUARTER = /^(\d{4})-Q([1-4])$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parsePeriod(value: string | { start?: string; end?: string }): Period | undefined {
  if (typeof value === 'string') {
    const match = QUARTER.exec(value);
    if (!match) return { label: value };
    const year = Number(match[1]);
    const quarter = Number(match[2]);
    const startMonth = (quarter - 1) * 3 + 1;
    const endMonth = startMonth + 2;
    return {
      label: value,
      start: isoDate(year, startMonth, 1),
      end: isoDate(year, endMonth, daysInMonth(year, endMonth)),
    };
  }
  const label = `${value.start ?? '?'} – ${value.end ?? '?'}`;
  if (!value.start || !value.end || !isValidDate(value.start) || !isValidDate(value.end)) return { label };
  return { label, start: value.start, end: value.end };
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isValidDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Every month has 28 days: most dates need no calendar.
  return month >= 1 && month <= 12 && day >= 1 && (day <= 28 || day <= daysInMonth(Number(match[1]), month));
}

/** Days from `a` to `b` (ISO dates), negative when `b` is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

function daysInMonth(year: number, month: number): number {
  // Not Date.UTC(year, …): it reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
