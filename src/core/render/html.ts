// Escaping for the panel's HTML. Every string that comes from an OKR file goes through `text`
// (element content) or `attr` (a double-quoted attribute value); nothing is ever inserted raw.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string | number | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** For `attr="…"`: the same escaping also covers quotes, so a value cannot end the attribute. */
export const escapeAttr = escapeHtml;

/** A number for SVG geometry: finite, one decimal, never a string from the file. */
export function coord(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '0';
}

export function percentText(ratio: number): string {
  return `${Math.round((Number.isFinite(ratio) ? ratio : 0) * 100)}%`;
}
