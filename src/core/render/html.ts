// Escaping for the panel's HTML. Every string that comes from an OKR file goes through
// `escapeHtml`, in element content and in double-quoted attribute values alike (it escapes both
// quotes, so a value cannot end its attribute); nothing is ever inserted raw.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string | number | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

/** A number for SVG geometry: finite, one decimal, never a string from the file. */
export function coord(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '0';
}

export function percentText(ratio: number): string {
  return `${Math.round((Number.isFinite(ratio) ? ratio : 0) * 100)}%`;
}
