/// <reference lib="dom.iterable" />
// The progress panel's script: filters, state across hide/show and reload, and clicks turned into
// messages for the extension. The HTML itself is built (and escaped) by the extension
// (src/core/render/panel.ts); this script never builds markup from data, it only inserts the
// extension's markup: the page's first cards, then every card in one swap (see ./render.ts).
// Messages and state: src/core/render/protocol.ts, shared with the extension (ToWebview in,
// FromWebview out). Bundled by esbuild.mjs into dist/panel.js, which the page inlines.
import { FromWebview, PanelFilters, PanelState, parsePanelState, parseToWebview } from '../core/render/protocol';
import { progressiveRenderer } from './render';
import { panelApi } from './vscodeApi';

const vscode = panelApi();
const root = document.getElementById('root') as HTMLElement;
const FILTERS: readonly (keyof PanelFilters)[] = ['team', 'owner', 'status'];

const state: PanelState = parsePanelState(vscode.getState());

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

function save(): void {
  vscode.setState(state);
}

function applyFilters(): void {
  for (const name of FILTERS) {
    const select = root.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`);
    if (!select) continue;
    select.value = state.filters[name];
    // A saved choice that no longer exists (a renamed owner) falls back to "All".
    if (select.value !== state.filters[name]) state.filters[name] = select.value = '';
  }
  const { team, owner, status } = state.filters;
  const filtering = !!(team || owner || status);
  let visible = 0;
  for (const card of root.querySelectorAll<HTMLElement>('article.objective')) {
    const teamMatches = !team || card.dataset.team === team;
    const rows = card.querySelectorAll<HTMLElement>('li.kr');
    let shown = 0;
    for (const row of rows) {
      const statuses = (row.dataset.status || '').split(' ');
      const matches = teamMatches && (!owner || row.dataset.owner === owner) && (!status || statuses.includes(status));
      row.hidden = !matches;
      if (matches) shown++;
    }
    card.hidden = rows.length ? shown === 0 : !teamMatches || !!owner || !!status;
    visible += shown;
  }
  const noMatch = document.getElementById('no-match');
  if (noMatch) noMatch.hidden = !filtering || visible > 0;
  save();
}

/** The alignment graph at full size (scrolling) or shrunk to the panel's width. */
function applyGraphFit(): void {
  const graph = root.querySelector('.alignment-graph');
  const toggle = root.querySelector('[data-graph-fit]');
  if (!graph || !toggle) return;
  graph.classList.toggle('fit', state.graphFit);
  toggle.setAttribute('aria-pressed', String(state.graphFit));
  toggle.textContent = state.graphFit ? 'Actual size' : 'Fit to width';
}

const isFilterName = (name: string | undefined): name is keyof PanelFilters => FILTERS.includes(name as keyof PanelFilters);

root.addEventListener('change', (event) => {
  const select = (event.target as Element).closest('select[data-filter]');
  if (!(select instanceof HTMLSelectElement)) return;
  const name = select.dataset.filter;
  if (!isFilterName(name)) return;
  state.filters[name] = select.value;
  applyFilters();
});

root.addEventListener('click', (event) => {
  const target = event.target as Element;
  const link = target.closest('a[href]');
  if (link) {
    // Never navigate the webview: the extension opens web links in the browser.
    event.preventDefault();
    post({ type: 'openLink', href: link.getAttribute('href') || '' });
    return;
  }
  if (target.closest('[data-graph-fit]')) {
    state.graphFit = !state.graphFit;
    applyGraphFit();
    save();
    return;
  }
  const checkIn = target.closest<HTMLElement>('[data-checkin]');
  if (checkIn) {
    post({ type: 'checkIn', krId: checkIn.dataset.checkin || '' });
    return;
  }
  const reveal = target.closest<HTMLElement>('[data-reveal]');
  if (reveal) {
    post({ type: 'reveal', id: reveal.dataset.reveal || '', file: reveal.dataset.file || undefined });
    return;
  }
  revealGraphNode(target);
});

// Graph nodes are focusable SVG groups, not buttons: Enter and Space have to be wired by hand.
root.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  if (revealGraphNode(event.target as Element)) event.preventDefault();
});

/** A node of the alignment graph (`data-id`, drawn by src/core/cascade/graph.ts) shows its YAML. */
function revealGraphNode(target: Element): boolean {
  const node = target.closest<SVGElement>('.okr-alignment-graph [data-id]');
  if (!node || !node.dataset.id) return false;
  post({ type: 'reveal', id: node.dataset.id });
  return true;
}

let scrollQueued = false;
window.addEventListener('scroll', () => {
  if (scrollQueued) return;
  scrollQueued = true;
  requestAnimationFrame(() => {
    scrollQueued = false;
    state.scrollY = window.scrollY;
    save();
  });
});

const renderer = progressiveRenderer(root, (firstRender) => {
  applyFilters();
  applyGraphFit();
  if (firstRender && state.scrollY) window.scrollTo(0, state.scrollY);
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseToWebview(event.data);
  if (message) renderer.render(message.html, message.more ?? []);
});

applyFilters();
applyGraphFit();
// As far as the first cards allow; again once the extension has sent them all.
if (state.scrollY) window.scrollTo(0, state.scrollY);
post({ type: 'ready' });
