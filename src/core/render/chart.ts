// Inline SVG drawn in the extension: a KR's progress bar with the expected-pace marker, and its
// check-ins against the expected line. Geometry comes from numbers only (`coord`); the only text
// from the file is in <title> tooltips, escaped.
import { daysBetween, isValidDate } from '../format/period';
import type { KeyResult, Period } from '../format/model';
import { checkinsByDate, KrProgress, metricProgress } from '../progress';
import { coord, escapeHtml, percentText } from './html';
import { formatValue } from '../view/values';

export function progressBar(progress: number, expected: number, status: string, label: string): string {
  const filled = Math.max(0, Math.min(1, progress)) * 100;
  const pace = Math.max(0, Math.min(1, expected)) * 100;
  const aria = `${label}: ${percentText(progress)} done, ${percentText(expected)} expected`;
  return (
    `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(aria)}">` +
    `<rect class="bar-track" width="100" height="10"/>` +
    `<rect class="bar-fill status-${escapeHtml(status)}" width="${coord(filled)}" height="10"/>` +
    `<line class="bar-pace" x1="${coord(pace)}" x2="${coord(pace)}" y1="0" y2="10" vector-effect="non-scaling-stroke"/>` +
    `</svg>`
  );
}

const WIDTH = 240;
const HEIGHT = 64;
const PAD = 6;
/** Progress shown on the y axis: a little below 0 (wrong way) and above 1 (overshoot). */
const Y_MIN = -0.1;
const Y_MAX = 1.2;

interface Point {
  x: number;
  y: number;
  tip: string;
}

/** Check-in progress over the period against the straight expected line from 0% to 100%. */
export function checkinChart(kr: KeyResult, period: Period | undefined, progress: KrProgress, today: string): string {
  if (!period?.start || !period.end || !isValidDate(period.start) || !isValidDate(period.end)) return '';
  const { start, end } = period;
  const days = Math.max(1, daysBetween(start, end) + 1);
  const x = (date: string) => PAD + (Math.max(0, Math.min(days, daysBetween(start, date) + 1)) / days) * (WIDTH - 2 * PAD);
  const y = (ratio: number) => {
    const clamped = Math.max(Y_MIN, Math.min(Y_MAX, ratio));
    return HEIGHT - PAD - ((clamped - Y_MIN) / (Y_MAX - Y_MIN)) * (HEIGHT - 2 * PAD);
  };
  const points: Point[] = [];
  for (const checkin of checkinsByDate(kr.checkins)) {
    const ratio = checkinProgress(kr, checkin.value);
    if (ratio === undefined || !isValidDate(checkin.date)) continue;
    points.push({ x: x(checkin.date), y: y(ratio), tip: `${checkin.date}: ${formatValue(checkin.value, kr.unit)} (${percentText(ratio)})` });
  }
  const parts = [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(`${kr.id}: ${points.length} check-ins against the expected pace`)}">`,
    `<line class="chart-target" x1="${PAD}" x2="${WIDTH - PAD}" y1="${coord(y(1))}" y2="${coord(y(1))}"/>`,
    `<line class="chart-zero" x1="${PAD}" x2="${WIDTH - PAD}" y1="${coord(y(0))}" y2="${coord(y(0))}"/>`,
    `<line class="chart-expected" x1="${PAD}" y1="${coord(y(0))}" x2="${coord(x(end))}" y2="${coord(y(1))}"><title>expected pace</title></line>`,
  ];
  if (isValidDate(today) && today >= start && today <= end) {
    parts.push(`<line class="chart-today" x1="${coord(x(today))}" x2="${coord(x(today))}" y1="${PAD}" y2="${HEIGHT - PAD}"><title>today</title></line>`);
  }
  if (points.length > 1) {
    parts.push(`<polyline class="chart-line status-${escapeHtml(progress.status)}" points="${points.map((p) => `${coord(p.x)},${coord(p.y)}`).join(' ')}"/>`);
  }
  for (const point of points) {
    parts.push(`<circle class="chart-point status-${escapeHtml(progress.status)}" cx="${coord(point.x)}" cy="${coord(point.y)}" r="3"><title>${escapeHtml(point.tip)}</title></circle>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

function checkinProgress(kr: KeyResult, value: number | boolean | undefined): number | undefined {
  if (kr.type === 'milestone') return typeof value === 'boolean' && !kr.milestones?.length ? Number(value) : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? metricProgress(kr, value) : undefined;
}
