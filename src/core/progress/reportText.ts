// `okr report` for a terminal: per team, an aligned table of objectives with their KRs indented.
import type { Report, ReportKeyResult, ReportPeriod, ReportTeam } from './report';
import { currentText, oneLine, percent, scoreText, statusText } from './reportFormat';
import { statusWord } from './statusWords';
import { Zone, ZONES } from './types';

const TITLE_WIDTH = 40;
const HEADER = ['ID', 'TITLE', 'PROGRESS', 'SCORE', 'STATUS', 'CURRENT', 'LAST CHECK-IN'];
const RIGHT_ALIGNED = new Set([2, 3]);

export function renderReportText(report: Report): string {
  if (report.teams.length === 0) return `OKR review ${report.today}: no OKR files.\n`;
  const sections = [`OKR review ${report.today}`, ...report.teams.map(teamSection), evaluation(report.periods)];
  return sections.join('\n\n') + '\n';
}

function teamSection(team: ReportTeam): string {
  const heading = [team.team, team.period, team.file].filter(Boolean).map((part) => oneLine(part as string));
  const summary =
    `progress ${percent(team.progress)} (expected ${percent(team.expected)}) · ` +
    `score ${scoreText(team.score)} ${team.zone} · zones: ${zoneCounts(team.zones)}`;
  const rows: string[][] = [HEADER];
  for (const objective of team.objectives) {
    rows.push([
      oneLine(objective.id),
      truncate(oneLine(objective.title)),
      percent(objective.progress),
      scoreText(objective.score),
      statusWord(objective.status),
      '',
      '',
    ]);
    for (const kr of objective.keyResults) rows.push(krRow(kr));
  }
  if (team.objectives.length === 0) return [heading.join(' · '), summary, 'No objectives.'].join('\n');
  return [heading.join(' · '), summary, '', alignTable(rows)].join('\n');
}

function krRow(kr: ReportKeyResult): string[] {
  const last = kr.lastCheckin
    ? `${kr.lastCheckin.date}${kr.daysSinceCheckin === undefined ? '' : ` (${ago(kr.daysSinceCheckin)})`}`
    : '';
  return [
    `  ${oneLine(kr.id)}`,
    truncate(oneLine(kr.title)),
    percent(kr.progress),
    scoreText(kr.score),
    statusText(kr.status, kr.stale, kr.blockedBy),
    oneLine(currentText(kr)),
    oneLine(last),
  ];
}

function evaluation(periods: readonly ReportPeriod[]): string {
  const lines = periods.map(
    (period) =>
      `${oneLine(period.period) || '(no period)'}: progress ${percent(period.progress)} ` +
      `(expected ${percent(period.expected)}) · score ${scoreText(period.score)} ${period.zone} · ` +
      `KRs by zone: ${zoneCounts(period.zones)}`,
  );
  return ['Evaluation', ...lines].join('\n');
}

/** Cells are already on one line; widths count code points, not terminal columns. */
function alignTable(cells: string[][]): string {
  const widths = HEADER.map((_, column) => Math.max(...cells.map((row) => [...row[column]].length)));
  return cells
    .map((row) =>
      row
        .map((cell, column) => {
          const padding = ' '.repeat(widths[column] - [...cell].length);
          return RIGHT_ALIGNED.has(column) ? padding + cell : cell + padding;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function truncate(text: string): string {
  const chars = [...text];
  return chars.length <= TITLE_WIDTH ? text : chars.slice(0, TITLE_WIDTH - 1).join('') + '…';
}

function zoneCounts(zones: Record<Zone, number>): string {
  return ZONES.map((zone) => `${zone} ${zones[zone]}`).join(', ');
}

function ago(days: number): string {
  if (days === 0) return 'today';
  if (days < 0) return `in ${-days} d`;
  return `${days} d ago`;
}
