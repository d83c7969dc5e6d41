// The messages between the progress panel's webview (media/panel.js) and the extension, typed both
// ways. What arrives from the webview is untrusted input and is checked before use.

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

export const EMPTY_STATE: PanelState = { filters: { team: '', owner: '', status: '' }, scrollY: 0, graphFit: false };

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

export function parsePanelState(state: unknown): PanelState {
  if (!isRecord(state)) return EMPTY_STATE;
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
