// What "today" means for every progress figure: the calendar day where the person is, not UTC.

/** Today as ISO `YYYY-MM-DD` in local time: a check-in on Thursday evening is Thursday's. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Milliseconds from `now` to the next local midnight, when `localToday` moves on (DST-aware). */
export function msUntilLocalMidnight(now = new Date()): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime() - now.getTime();
}
