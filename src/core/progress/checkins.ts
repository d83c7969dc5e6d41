// Which check-in is the latest, and which value is current.
import type { CheckIn } from '../format/model';
import { daysBetween, isValidDate } from '../format/period';

/**
 * Check-ins oldest first. The file convention is "newest last", but dates win when they disagree.
 * Same-day check-ins keep their file order; a check-in without a valid date cannot be placed in
 * time, so it counts as the oldest (the schema check already reports the bad date).
 */
export function checkinsByDate(checkins: readonly CheckIn[]): CheckIn[] {
  return checkins
    .map((checkin, position) => ({ checkin, position, dated: isValidDate(checkin.date) }))
    .sort((a, b) => {
      if (a.dated !== b.dated) return a.dated ? 1 : -1;
      if (a.dated && a.checkin.date !== b.checkin.date) return a.checkin.date < b.checkin.date ? -1 : 1;
      return a.position - b.position;
    })
    .map((entry) => entry.checkin);
}

/**
 * The newest value of the wanted kind. A check-in that only adds a note or a confidence does not
 * erase the last measurement.
 */
export function latestValue<T extends number | boolean>(
  ordered: readonly CheckIn[],
  isWanted: (value: CheckIn['value']) => value is T,
): T | undefined {
  for (let i = ordered.length - 1; i >= 0; i--) {
    const value = ordered[i].value;
    if (isWanted(value)) return value;
  }
  return undefined;
}

export function isNumber(value: CheckIn['value']): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isBoolean(value: CheckIn['value']): value is boolean {
  return typeof value === 'boolean';
}

/** Whole days from the check-in to `today`; undefined when either date is not a real date. */
export function daysSince(checkin: CheckIn | undefined, today: string): number | undefined {
  if (!checkin || !isValidDate(checkin.date) || !isValidDate(today)) return undefined;
  return daysBetween(checkin.date, today);
}
