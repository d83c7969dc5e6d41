// One card per objective with a row per key result. Pure HTML strings; every file string escaped.
import type { KeyResult, Objective, OkrFile } from '../format/model';
import { milestonesText } from '../progress';
import type { KrProgress, ObjectiveProgress, ProgressOptions, Status } from '../progress';
import { ownerOf, sinceText, takesCheckins } from '../view/checkinCandidates';
import { formatConfidence, formatValue } from '../view/values';
import { blockedLabel, statusTitle, statusWord } from '../progress/statusWords';
import { rollupLabel } from '../view/labels';
import { checkinChart, progressBar } from './chart';
import { escapeHtml, percentText } from './html';
import { renderMarkdown } from './markdown';

/** A status chip, its class keyed by the status (`status-at-risk`), and a `stale` chip beside it. */
export function statusChip(status: Status, stale = false): string {
  const chip = `<span class="chip status-${escapeHtml(status)}">${escapeHtml(statusTitle(status))}</span>`;
  return stale ? `${chip} <span class="chip stale">${escapeHtml(statusTitle('stale'))}</span>` : chip;
}

/** The KR's chips: its status, and why (stale, blocked by an off-track dependency, a rollup). */
function krChips(progress: KrProgress): string {
  const chips = [statusChip(progress.status, progress.stale)];
  const blocked = blockedLabel(progress.blockedBy);
  if (blocked) {
    const why = `${statusTitle(progress.status)}: depends on ${progress.blockedBy!.join(', ')}, which is ${statusWord('off-track')}`;
    chips.push(`<span class="chip blocked" title="${escapeHtml(why)}">${escapeHtml(blocked)}</span>`);
  }
  const rollup = rollupLabel(progress.rollupOf);
  if (rollup) chips.push(`<span class="chip rollup" title="Progress rolled up from the objectives and key results aligned to it">${escapeHtml(rollup)}</span>`);
  return chips.join(' ');
}

export function objectiveCard(file: OkrFile, objective: Objective, progress: ObjectiveProgress, options: ProgressOptions): string {
  const team = file.team ?? '';
  const rows = objective.key_results.map((kr, i) => keyResultRow(file, objective, kr, progress.keyResults[i], options));
  return [
    `<article class="objective" data-team="${escapeHtml(team)}" data-file="${escapeHtml(file.file)}" data-id="${escapeHtml(objective.id)}">`,
    `<header class="objective-head">`,
    `<div class="objective-title">`,
    team ? `<span class="team">${escapeHtml(team)}</span>` : '',
    `<h2><button type="button" class="reveal" data-reveal="${escapeHtml(objective.id)}" data-file="${escapeHtml(file.file)}">${escapeHtml(objective.id)}</button> ${escapeHtml(objective.title)}</h2>`,
    `</div>`,
    `<div class="objective-figures">${statusChip(progress.status)}`,
    `<span class="figure" title="Progress against the expected pace">${percentText(progress.progress)} <span class="muted">of ${percentText(progress.expected)} expected</span></span>`,
    `<span class="figure score zone-${escapeHtml(progress.zone)}" title="Score (zone ${escapeHtml(progress.zone)})">${progress.score.toFixed(2)}</span>`,
    objective.owner ? `<span class="owner muted">${escapeHtml(objective.owner)}</span>` : '',
    `</div>`,
    `</header>`,
    progressBar(progress.progress, progress.expected, progress.status, objective.id),
    rows.length ? `<ul class="krs">${rows.join('')}</ul>` : `<p class="empty muted">No key results yet.</p>`,
    `</article>`,
  ].join('');
}

function keyResultRow(file: OkrFile, objective: Objective, kr: KeyResult, progress: KrProgress, options: ProgressOptions): string {
  const owner = ownerOf(kr, objective) ?? '';
  const statuses = [progress.status, ...(progress.stale ? ['stale'] : []), ...(progress.blockedBy?.length ? ['blocked'] : [])].join(' ');
  const note = progress.lastCheckin?.note;
  return [
    `<li class="kr" data-kr="${escapeHtml(kr.id)}" data-owner="${escapeHtml(owner)}" data-status="${escapeHtml(statuses)}">`,
    `<div class="kr-head">`,
    `<button type="button" class="reveal kr-title" data-reveal="${escapeHtml(kr.id)}" data-file="${escapeHtml(file.file)}" title="Show in the OKR file"><span class="kr-id">${escapeHtml(kr.id)}</span> ${escapeHtml(kr.title)}</button>`,
    `<span class="kr-chips">${krChips(progress)}</span>`,
    `</div>`,
    progressBar(progress.progressClamped, progress.expected, progress.status, kr.id),
    `<div class="kr-figures">${krFigures(kr, progress, owner)}</div>`,
    `<div class="kr-detail">`,
    checkinChart(kr, file.period, progress, options.today),
    note ? `<blockquote class="note"><span class="muted">${escapeHtml(progress.lastCheckin?.date ?? '')}</span>${renderMarkdown(note)}</blockquote>` : '',
    `</div>`,
    takesCheckins(kr)
      ? `<button type="button" class="checkin" data-checkin="${escapeHtml(kr.id)}">Check in</button>`
      : `<p class="rollup-note muted">No check-ins here: progress rolls up from the objectives and key results aligned to ${escapeHtml(kr.id)}.</p>`,
    `</li>`,
  ].join('');
}

function krFigures(kr: KeyResult, progress: KrProgress, owner: string): string {
  const figures = [
    `<span title="Progress">${percentText(progress.progress)}</span>`,
    `<span title="Score">score ${progress.score.toFixed(2)} <span class="zone zone-${escapeHtml(progress.zone)}">${escapeHtml(progress.zone)}</span></span>`,
  ];
  if (progress.confidence !== undefined) figures.push(`<span title="Confidence">confidence ${formatConfidence(progress.confidence)}</span>`);
  if (kr.type === 'metric') {
    const range = kr.target !== undefined ? ` → ${escapeHtml(formatValue(kr.target, kr.unit))}` : '';
    figures.push(`<span title="Current value → target">${escapeHtml(formatValue(progress.current, kr.unit))}${range}</span>`);
  } else if (progress.milestones) {
    figures.push(`<span title="Milestones done">${escapeHtml(milestonesText(progress.milestones))}</span>`);
  } else {
    figures.push(`<span>${escapeHtml(formatValue(progress.current))}</span>`);
  }
  figures.push(`<span class="muted">${escapeHtml(sinceText(progress.daysSinceCheckin))}</span>`);
  if (owner) figures.push(`<span class="owner muted">${escapeHtml(owner)}</span>`);
  return figures.join('<span class="sep"> · </span>');
}
