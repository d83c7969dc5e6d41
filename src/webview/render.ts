/// <reference lib="dom.iterable" />
// The panel's progressive render: `html` is #root with the first cards, `more` the other cards, one
// string each (built and escaped by the extension; this script never builds markup from data).
// Everything is built in an inert <template>, in slices that yield to input and paint, and swapped
// in at once: the page never shows a half-built list, and the card being read stays in place.

/** How long one slice of card building may hold the page before it yields to input and paint. */
const SLICE_MS = 12;

export interface Renderer {
  render(html: string, more: readonly string[]): void;
}

/**
 * `afterSwap` runs once the new cards are in #root, before the scroll anchoring: it applies the
 * filters and the graph size; `firstRender` is true for the first swap since the page loaded.
 */
export function progressiveRenderer(root: HTMLElement, afterSwap: (firstRender: boolean) => void): Renderer {
  /** Bumped by every render: the slices of an older render stop when a newer one arrives. */
  let renderGeneration = 0;
  let firstRenderDone = false;

  function render(html: string, more: readonly string[]): void {
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
      const anchor = firstRenderDone ? cardAtTop(root) : undefined;
      const heights = anchor ? cardHeights(root) : undefined;
      root.replaceChildren(next.content);
      if (heights) keepHeights(root, heights);
      afterSwap(!firstRenderDone);
      firstRenderDone = true;
      if (anchor) keepInPlace(root, anchor);
      performance.mark('okr-panel-rendered');
    };
    buildSlice();
  }

  return { render };
}

interface Anchor {
  id: string;
  file: string;
  top: number;
}

const objectiveCards = (root: HTMLElement) => root.querySelectorAll<HTMLElement>('article.objective');

/**
 * The card at the top of the viewport and where it is. Cards off-screen are only estimated in
 * height (content-visibility), so a re-render keeps this card in place rather than `scrollY`.
 */
function cardAtTop(root: HTMLElement): Anchor | undefined {
  if (window.scrollY === 0) return undefined;
  for (const card of objectiveCards(root)) {
    const { top, bottom } = card.getBoundingClientRect();
    if (bottom > 0) return { id: card.dataset.id || '', file: card.dataset.file || '', top };
  }
  return undefined;
}

const cardKey = (card: HTMLElement) => `${card.dataset.file}\n${card.dataset.id}`;

/** The cards' content heights (what `contain-intrinsic-height` means): without padding and border. */
function cardHeights(root: HTMLElement): Map<string, number> {
  const heights = new Map<string, number>();
  const cards = objectiveCards(root);
  if (!cards.length) return heights;
  const style = getComputedStyle(cards[0]);
  const chrome = [style.paddingTop, style.paddingBottom, style.borderTopWidth, style.borderBottomWidth].reduce((sum, length) => sum + parseFloat(length), 0);
  for (const card of cards) heights.set(cardKey(card), card.getBoundingClientRect().height - chrome);
  return heights;
}

/**
 * New cards stand in with their predecessors' heights until they are drawn, so nothing above the
 * card being read changes height in the next frames.
 */
function keepHeights(root: HTMLElement, heights: Map<string, number>): void {
  for (const card of objectiveCards(root)) {
    const height = heights.get(cardKey(card));
    if (height) card.style.containIntrinsicHeight = `auto ${height}px`;
  }
}

function keepInPlace(root: HTMLElement, anchor: Anchor): void {
  for (const card of objectiveCards(root)) {
    if (card.dataset.id !== anchor.id || card.dataset.file !== anchor.file) continue;
    window.scrollBy(0, card.getBoundingClientRect().top - anchor.top);
    return;
  }
}
