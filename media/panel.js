// @ts-check
// The progress panel's script: filters, state across hide/show and reload, and clicks turned into
// messages for the extension. The HTML itself is built (and escaped) by the extension
// (src/vscode/panel/view.ts); this script never builds markup from data.
// Messages: see src/vscode/panel/messages.ts (ToWebview in, FromWebview out).
(function () {
  // @ts-ignore acquireVsCodeApi is provided by the webview host
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));
  const FILTERS = /** @type {const} */ (['team', 'owner', 'status']);

  /** @typedef {{ filters: { team: string, owner: string, status: string }, scrollY: number, graphFit: boolean }} PanelState */

  /** @param {unknown} saved @returns {PanelState} */
  function normalise(saved) {
    const s = /** @type {any} */ (saved) || {};
    const f = s.filters || {};
    const text = (/** @type {unknown} */ v) => (typeof v === 'string' ? v : '');
    return {
      filters: { team: text(f.team), owner: text(f.owner), status: text(f.status) },
      scrollY: typeof s.scrollY === 'number' && s.scrollY >= 0 ? s.scrollY : 0,
      graphFit: s.graphFit === true,
    };
  }

  let state = normalise(vscode.getState());

  /** @param {{ type: string } & Record<string, unknown>} message */
  function post(message) {
    vscode.postMessage(message);
  }

  function save() {
    vscode.setState(state);
  }

  function applyFilters() {
    for (const name of FILTERS) {
      const select = /** @type {HTMLSelectElement | null} */ (root.querySelector(`select[data-filter="${name}"]`));
      if (!select) continue;
      select.value = state.filters[name];
      // A saved choice that no longer exists (a renamed owner) falls back to "All".
      if (select.value !== state.filters[name]) state.filters[name] = select.value = '';
    }
    const { team, owner, status } = state.filters;
    const filtering = !!(team || owner || status);
    let visible = 0;
    for (const card of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('article.objective'))) {
      const teamMatches = !team || card.dataset.team === team;
      const rows = /** @type {NodeListOf<HTMLElement>} */ (card.querySelectorAll('li.kr'));
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
  function applyGraphFit() {
    const graph = root.querySelector('.alignment-graph');
    const toggle = root.querySelector('[data-graph-fit]');
    if (!graph || !toggle) return;
    graph.classList.toggle('fit', state.graphFit);
    toggle.setAttribute('aria-pressed', String(state.graphFit));
    toggle.textContent = state.graphFit ? 'Actual size' : 'Fit to width';
  }

  root.addEventListener('change', (event) => {
    const select = /** @type {HTMLElement} */ (event.target).closest('select[data-filter]');
    if (!(select instanceof HTMLSelectElement)) return;
    const name = /** @type {'team' | 'owner' | 'status'} */ (select.dataset.filter);
    if (!FILTERS.includes(name)) return;
    state.filters[name] = select.value;
    applyFilters();
  });

  root.addEventListener('click', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
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
    const checkIn = /** @type {HTMLElement | null} */ (target.closest('[data-checkin]'));
    if (checkIn) {
      post({ type: 'checkIn', krId: checkIn.dataset.checkin || '' });
      return;
    }
    const reveal = /** @type {HTMLElement | null} */ (target.closest('[data-reveal]'));
    if (reveal) {
      post({ type: 'reveal', id: reveal.dataset.reveal || '', file: reveal.dataset.file || undefined });
      return;
    }
    revealGraphNode(target);
  });

  // Graph nodes are focusable SVG groups, not buttons: Enter and Space have to be wired by hand.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (revealGraphNode(/** @type {Element} */ (event.target))) event.preventDefault();
  });

  /** A node of the alignment graph (`data-id`, drawn by src/core/cascade/graph.ts) shows its YAML. @param {Element} target */
  function revealGraphNode(target) {
    const node = /** @type {SVGElement | null} */ (target.closest('.okr-alignment-graph [data-id]'));
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

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'render' || typeof message.html !== 'string') return;
    root.innerHTML = message.html;
    applyFilters();
    applyGraphFit();
  });

  applyFilters();
  applyGraphFit();
  if (state.scrollY) window.scrollTo(0, state.scrollY);
  post({ type: 'ready' });
})();
