// Minimal text edits in 0-based line/character ranges (UTF-16 units, like VS Code), and the offset
// bookkeeping the edit builders use before they hand out ranges.
import type { Position, Range } from '../types';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** `error` is a message for the user: why the edit was refused and what to do. */
export type EditResult = { edits: TextEdit[] } | { error: string };

/** An edit in string offsets: replaces `text.slice(start, end)` with `newText`. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** Converts between string offsets and line/character positions of one text. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length + 1;
    return Math.min(start + Math.max(0, position.character), next - 1, this.text.length);
  }
}

/**
 * Applies non-overlapping edits to `text`. Insertions at the same position land in list order.
 * Throws on overlapping edits: they are a bug in whoever built them.
 */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const index = new LineIndex(text);
  const ordered = edits
    .map((edit, order) => ({ start: index.offsetAt(edit.range.start), end: index.offsetAt(edit.range.end), edit, order }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  let result = '';
  let cursor = 0;
  for (const { start, end, edit } of ordered) {
    if (start < cursor || end < start) throw new Error(`Overlapping or inverted text edits at offset ${start}.`);
    result += text.slice(cursor, start) + edit.newText;
    cursor = end;
  }
  return result + text.slice(cursor);
}

/**
 * Turns offset edits into range edits, merging edits that touch (an insertion right at the end of
 * a deletion) into one, so editors that reject adjacent edits accept them.
 */
export function toTextEdits(text: string, edits: OffsetEdit[]): TextEdit[] {
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: OffsetEdit[] = [];
  for (const edit of ordered) {
    const previous = merged[merged.length - 1];
    if (previous && edit.start < previous.end) throw new Error(`Overlapping text edits at offset ${edit.start}.`);
    if (previous && edit.start === previous.end) {
      merged[merged.length - 1] = { start: previous.start, end: edit.end, newText: previous.newText + edit.newText };
    } else {
      merged.push({ ...edit });
    }
  }
  const index = new LineIndex(text);
  return merged.map((edit) => ({
    range: { start: index.positionAt(edit.start), end: index.positionAt(edit.end) },
    newText: edit.newText,
  }));
}
