// The progress panel's HTML, built from the model in the extension. Pure (no 'vscode'): unit tests
// load it in plain Chromium, hostile strings included. The webview script (src/webview/panel.ts) only
// filters, keeps state and turns clicks into messages.
import { ALIGNMENT_GRAPH_CSS, Cascade, WorkspaceProgress } from '../cascade';
import type { OkrFile } from '../format/model';
import { periodProgress, STATUSES, type FileProgress } from '../progress';
import { statusTitle, type StatusWord } from '../progress/statusWords';
import { ownerOf } from '../view/checkinCandidates';
import { alignmentSection } from './alignment';
import { objectiveCard, statusChip } from './cards';
import { progressBar } from './chart';
import { escapeHtml, percentText } from './html';

export const PANEL_TITLE = 'OKR Progress';

export interface PageResources {
  /** The webview's `cspSource`: the only origin images and fonts may come from. */
  cspSource: string;
  nonce: string;
  /** dist/panel.js (built from src/webview/panel.ts) and media/panel.css, inlined: no request stands between the page and its first paint. */
  script: string;
  style: string;
}

export function renderPanelPage(resources: PageResources, body: string): string {
  const { cspSource, nonce, script, style } = resources;
  const csp = [
    "default-src 'none'",
    // The nonce admits the page's own <style> and <script> elements, constants of the extension.
    `style-src 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<style nonce="${escapeHtml(nonce)}">${inlined(style, 'style')}\n${ALIGNMENT_GRAPH_CSS}</style>`,
    `<title>${escapeHtml(PANEL_TITLE)}</title>`,
    '</head>',
    '<body>',
    `<div id="root">${body}</div>`,
    `<script nonce="${escapeHtml(nonce)}">${inlined(script, 'script')}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** Raw text inside <style> or <script> ends at its closing tag: the extension's own files never hold one. */
function inlined(text: string, element: 'style' | 'script'): string {
  if (text.toLowerCase().includes(`</${element}`)) throw new Error(`media for the panel must not contain </${element}>`);
  return text;
}

/** About a screenful of key results: the cards the page carries for its first paint. */
export const FIRST_PAINT_KRS = 12;

/**
 * Everything inside #root, in two parts: `html` carries the header and the first cards (about a
 * screenful, so the first paint stays fast with a thousand KRs), and `more` the remaining cards,
 * one string per card, which the webview appends to `#cards` off-screen before it swaps them in.
 * With the workspace's cascade, an "Alignment" graph follows the cards.
 */
export interface PanelBody {
  html: string;
  more: string[];
}

export function renderPanelParts(files: readonly OkrFile[], options: WorkspaceProgress, cascade?: Cascade, firstPaintKrs = FIRST_PAINT_KRS): PanelBody {
  const { before, cards, after } = panelPieces(files, options, cascade);
  let first = 0;
  for (let krs = 0; first < cards.length && (first === 0 || krs < firstPaintKrs); first++) krs += cards[first].krs;
  const firstCards = cards.slice(0, first).map((card) => card.html);
  return { html: before + firstCards.join('') + after, more: cards.slice(first).map((card) => card.html) };
}

/** #root around its cards: `before` opens `<main id="cards">`, `after` closes it. */
function panelPieces(files: readonly OkrFile[], options: WorkspaceProgress, cascade?: Cascade): { before: string; cards: { html: string; krs: number }[]; after: string } {
  if (files.length === 0) {
    return { before: `<p class="empty">No OKR files in this workspace yet. Create a <code>*.okr.yaml</code> file to see progress here.</p>`, cards: [], after: '' };
  }
  const progress = files.map((file) => options.file(file));
  const cards = files.flatMap((file, i) =>
    file.objectives.map((objective, j) => ({ html: objectiveCard(file, objective, progress[i].objectives[j], options), krs: objective.key_results.length })),
  );
  const before = [
    `<header class="toolbar">`,
    `<h1>${escapeHtml(PANEL_TITLE)} <span class="muted today">${escapeHtml(options.today)}</span></h1>`,
    filters(files),
    `</header>`,
    periodHeader(files, progress),
    `<main id="cards">`,
  ].join('');
  const after = [
    `</main>`,
    `<p class="empty muted" id="no-match" hidden>No key result matches these filters.</p>`,
    cascade ? alignmentSection(cascade, options) : '',
  ].join('');
  return { before, cards, after };
}

function periodHeader(files: readonly OkrFile[], progress: FileProgress[]): string {
  const periods = periodProgress(progress).map((period) => {
    const dated = files.find((file) => (file.period?.label ?? '') === period.period)?.period;
    const dates = dated?.start && dated.end ? `${dated.start} – ${dated.end}` : 'no dates';
    const counts = { 'at-risk': 0, 'off-track': 0 };
    for (const file of period.files) {
      counts['at-risk'] += file.counts['at-risk'];
      counts['off-track'] += file.counts['off-track'];
    }
    return [
      `<section class="period">`,
      `<h2>${escapeHtml(period.period || 'No period')} <span class="muted">${escapeHtml(dates)}</span></h2>`,
      `<div class="period-figures">`,
      `<span><strong>${percentText(period.progress)}</strong> progress</span>`,
      `<span><strong>${percentText(period.expected)}</strong> of the time elapsed</span>`,
      `<span>score <strong>${period.score.toFixed(2)}</strong></span>`,
      counts['at-risk'] ? `<span>${statusChip('at-risk')} ${counts['at-risk']}</span>` : '',
      counts['off-track'] ? `<span>${statusChip('off-track')} ${counts['off-track']}</span>` : '',
      `</div>`,
      progressBar(period.progress, period.expected, 'period', period.period || 'No period'),
      `</section>`,
    ].join('');
  });
  return `<div class="periods">${periods.join('')}</div>`;
}

function filters(files: readonly OkrFile[]): string {
  const teams = unique(files.map((file) => file.team));
  const owners = unique(files.flatMap((file) => file.objectives.flatMap((o) => o.key_results.map((kr) => ownerOf(kr, o)))));
  const statuses: StatusWord[] = [...STATUSES, 'stale', 'blocked'];
  return [
    `<div class="filters" role="group" aria-label="Filters">`,
    select('team', 'Team', teams),
    select('owner', 'Owner', owners),
    select('status', 'Status', statuses, statusTitle),
    `</div>`,
  ].join('');
}

function select<T extends string>(name: string, label: string, values: readonly T[], text: (value: T) => string = (value) => value): string {
  const options = values.map((value) => `<option value="${escapeHtml(value)}">${escapeHtml(text(value))}</option>`).join('');
  return `<label>${escapeHtml(label)} <select data-filter="${escapeHtml(name)}"><option value="">All</option>${options}</select></label>`;
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b));
}
