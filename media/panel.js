// @ts-check
// The progress panel's script: filters, state across hide/show and reload, and clicks turned into
// messages for the extension. The HTML itself is built (and escaped) by the extension
// (src/vscode/panel/view.ts); this script never builds markup from data, it only inserts the
// extension's markup: the page's first cards, then every card in one swap (see `render`).
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

  /** How long one slice of card building may hold the page before it yields to input and paint. */
  const SLICE_MS = 12;
  /** Bumped by every render: the slices of an older render stop when a newer one arrives. */
  let renderGeneration = 0;
  let firstRenderDone = false;

  /**
   * A render: `html` is #root with the first cards, `more` the other cards, one string each (built
   * and escaped by the extension). Everything is built in an inert template, in slices, and swapped
   * in at once: the page never shows a half-built list and keeps its scroll position.
   * @param {string} html @param {string[]} more
   */
  function render(html, more) {
    const generation = ++renderGeneration;
    const next = document.createElement('template');
    next.innerHTML = html;
    const cards = next.content.getElementById('cards');
    let built = 0;
    const buildSlice = () => {
      if (generation !== renderGeneration) return;
      const deadline = performance.now() + SLICE_MS;
      while (cards && built < more.length && performance.now() < deadline) cards.insertAdjacentHTML('beforeend', more[built++]);
      if (cards && built < more.length) {
        setTimeout(buildSlice, 0);
        return;
      }
      const anchor = firstRenderDone ? cardAtTop() : undefined;
      const heights = anchor ? cardHeights() : undefined;
      root.replaceChildren(next.content);
      if (heights) keepHeights(heights);
      applyFilters();
      applyGraphFit();
      if (!anchor && !firstRenderDone && state.scrollY) window.scrollTo(0, state.scrollY);
      firstRenderDone = true;
      if (!anchor) {
        performance.mark('okr-panel-rendered');
        return;
      }
      keepInPlace(anchor);
      performance.mark('okr-panel-rendered');
    };
    buildSlice();
  }

  /**
   * The card at the top of the viewport and where it is. Cards off-screen are only estimated in
   * height (content-visibility), so a re-render keeps this card in place rather than `scrollY`.
   * @returns {{ id: string, file: string, top: number } | undefined}
   */
  function cardAtTop() {
    if (window.scrollY === 0) return undefined;
    for (const card of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('article.objective'))) {
      const { top, bottom } = card.getBoundingClientRect();
      if (bottom > 0) return { id: card.dataset.id || '', file: card.dataset.file || '', top };
    }
    return undefined;
  }

  /** @param {HTMLElement} card */
  const cardKey = (card) => `${card.dataset.file}\n${card.dataset.id}`;

  /** The cards' content heights (what `contain-intrinsic-height` means): without padding and border. */
  function cardHeights() {
    const heights = new Map();
    const cards = /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('article.objective'));
    if (!cards.length) return heights;
    const style = getComputedStyle(cards[0]);
    const chrome = [style.paddingTop, style.paddingBottom, style.borderTopWidth, style.borderBottomWidth].reduce((sum, length) => sum + parseFloat(length), 0);
    for (const card of cards) heights.set(cardKey(card), card.getBoundingClientRect().height - chrome);
    return heights;
  }

  /**
   * New cards stand in with their predecessors' heights until they are drawn, so nothing above the
   * card being read changes height in the next frames.
   * @param {Map<string, number>} heights
   */
  function keepHeights(heights) {
    for (const card of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('article.objective'))) {
      const height = heights.get(cardKey(card));
      if (height) card.style.containIntrinsicHeight = `auto ${height}px`;
    }
  }

  /** @param {{ id: string, file: string, top: number }} anchor */
  function keepInPlace(anchor) {
    for (const card of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('article.objective'))) {
      if (card.dataset.id !== anchor.id || card.dataset.file !== anchor.file) continue;
      window.scrollBy(0, card.getBoundingClientRect().top - anchor.top);
      return;
    }
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'render' || typeof message.html !== 'string') return;
    const more = Array.isArray(message.more) ? message.more.filter((/** @type {unknown} */ card) => typeof card === 'string') : [];
    render(message.html, more);
  });

  applyFilters();
  applyGraphFit();
  // As far as the first cards allow; again once the extension has sent them all.
  if (state.scrollY) window.scrollTo(0, state.scrollY);
  post({ type: 'ready' });
})();
