// What "today" means for every progress figure: the calendar day where the person is, not UTC.

/** Today as ISO `YYYY-MM-DD` in local time: a check-in on Thursday evening is Thursday's. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
