// The messages between the progress panel's webview script (src/webview/panel.ts, bundled to
// dist/panel.js) and the extension, and the state the webview keeps: ONE module both sides import,
// so a message shape cannot drift. Whatever crosses the boundary is checked on arrival, with the same
// limits on both sides. Pure and DOM-free: it runs in the extension host and in the webview.

/** `html` is #root with its first cards; `more` holds the other cards, appended by the webview. */
export type ToWebview = { type: 'render'; html: string; more?: string[] };

export type FromWebview =
  | { type: 'ready' }
  /** Show an objective or KR in its YAML file. */
  | { type: 'reveal'; id: string; file?: string }
  | { type: 'checkIn'; krId: string }
  | { type: 'openLink'; href: string };

export interface PanelFilters {
  team: string;
  owner: string;
  status: string;
}

/** What the webview keeps with `setState` (survives hide/show) and the serializer restores. */
export interface PanelState {
  filters: PanelFilters;
  scrollY: number;
  /** The alignment graph shrunk to the panel's width instead of scrolling at full size. */
  graphFit: boolean;
}

/** A message for the webview; anything else posted to its window (by the page itself) is dropped. */
export function parseToWebview(message: unknown): ToWebview | undefined {
  if (!isRecord(message) || message.type !== 'render' || typeof message.html !== 'string') return undefined;
  const more = Array.isArray(message.more) ? message.more.filter((card): card is string => typeof card === 'string') : [];
  return { type: 'render', html: message.html, more };
}

export function parseFromWebview(message: unknown): FromWebview | undefined {
  if (!isRecord(message)) return undefined;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal':
      if (!isShortString(message.id)) return undefined;
      return isShortString(message.file, 4096) ? { type: 'reveal', id: message.id, file: message.file } : { type: 'reveal', id: message.id };
    case 'checkIn':
      return isShortString(message.krId) ? { type: 'checkIn', krId: message.krId } : undefined;
    case 'openLink':
      return isShortString(message.href, 4096) ? { type: 'openLink', href: message.href } : undefined;
    default:
      return undefined;
  }
}

/**
 * A state saved by any version of the webview, or damaged: what is not a short string, a finite
 * non-negative number or `true` becomes the default (no filter, top of the page, graph at full size).
 * Always a fresh object, which the webview then changes.
 */
export function parsePanelState(saved: unknown): PanelState {
  const state = isRecord(saved) ? saved : {};
  const filters = isRecord(state.filters) ? state.filters : {};
  const text = (value: unknown) => (isShortString(value) ? value : '');
  return {
    filters: { team: text(filters.team), owner: text(filters.owner), status: text(filters.status) },
    scrollY: typeof state.scrollY === 'number' && Number.isFinite(state.scrollY) && state.scrollY >= 0 ? state.scrollY : 0,
    graphFit: state.graphFit === true,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isShortString(value: unknown, max = 256): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}
