// `okr report --format md`: a review document to paste into a wiki or a pull request.
import type { Report, ReportKeyResult, ReportObjective, ReportTeam } from './report';
import { changeText, currentText, oneLine, percent, scoreText, statusText } from './reportFormat';
import { statusWord } from './statusWords';
import { ZONES } from './types';

const ZONE_RANGES = { fail: '< 0.3', commit: '0.3 – 0.7', target: '0.7 – 1.0', stretch: '≥ 1.0' } as const;

export function renderReportMarkdown(report: Report): string {
  const blocks = [`# OKR review ${report.today}`];
  if (report.teams.length === 0) blocks.push('No OKR files.');
  for (const team of report.teams) blocks.push(...teamBlocks(team));
  if (report.teams.length > 0) blocks.push(...evaluationBlocks(report));
  return blocks.join('\n\n') + '\n';
}

function teamBlocks(team: ReportTeam): string[] {
  const name = [team.team, team.period].filter(Boolean).map((part) => inline(part as string));
  const blocks = [
    `## ${name.join(' · ') || inline(team.file)}`,
    `${code(team.file)} · progress ${percent(team.progress)} (expected ${percent(team.expected)}) · ` +
      `score ${scoreText(team.score)} (${team.zone})`,
  ];
  for (const objective of team.objectives) blocks.push(...objectiveBlocks(objective));
  return blocks;
}

function objectiveBlocks(objective: ReportObjective): string[] {
  const blocks = [
    `### ${inline(objective.id)}: ${inline(objective.title)}`,
    `progress ${percent(objective.progress)} (expected ${percent(objective.expected)}) · ` +
      `score ${scoreText(objective.score)} (${objective.zone}) · ${statusWord(objective.status)}`,
  ];
  if (objective.keyResults.length === 0) return [...blocks, 'No key results.'];
  const rows = objective.keyResults.map((kr) =>
    tableRow([
      kr.id,
      kr.title,
      percent(kr.progress),
      scoreText(kr.score),
      kr.zone,
      statusText(kr.status, kr.stale, kr.blockedBy),
      currentText(kr),
      kr.lastCheckin?.date ?? '',
      changeText(kr.change),
    ]),
  );
  const table = [
    '| KR | Title | Progress | Score | Zone | Status | Current | Last check-in | Change |',
    '| --- | --- | ---: | ---: | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  const notes = objective.keyResults
    .filter(hasNote)
    .map((kr) => `> **${inline(kr.id)}** (${inline(kr.lastCheckin.date)}): ${inline(kr.lastCheckin.note)}`);
  // Separate paragraphs: consecutive quote lines would merge into one paragraph.
  return notes.length > 0 ? [...blocks, table, notes.join('\n>\n')] : [...blocks, table];
}

function evaluationBlocks(report: Report): string[] {
  const header = ['Period', ...ZONES.map((zone) => `${zone} (${ZONE_RANGES[zone]})`), 'Progress', 'Expected', 'Score'];
  const rows = report.periods.map((period) =>
    tableRow([
      period.period || '(no period)',
      ...ZONES.map((zone) => String(period.zones[zone])),
      percent(period.progress),
      percent(period.expected),
      `${scoreText(period.score)} (${period.zone})`,
    ]),
  );
  const table = [`| ${header.join(' | ')} |`, `| --- |${' ---: |'.repeat(header.length - 1)}`, ...rows].join('\n');
  return ['## Evaluation', 'Key results by score zone.', table];
}

function hasNote(kr: ReportKeyResult): kr is ReportKeyResult & { lastCheckin: { date: string; note: string } } {
  return !!kr.lastCheckin?.note && oneLine(kr.lastCheckin.note) !== '';
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => inline(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
}

/**
 * User text kept on one line (a line break would end a table row or a quote and let the rest
 * become a heading or a list) with raw HTML disarmed; Markdown emphasis is kept, as notes are
 * written in Markdown.
 */
function inline(text: string): string {
  return oneLine(text).replace(/</g, '&lt;');
}

function code(text: string): string {
  const clean = oneLine(text);
  const fence = '`'.repeat((clean.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0) + 1);
  return `${fence}${clean.startsWith('`') || clean.endsWith('`') ? ` ${clean} ` : clean}${fence}`;
}
