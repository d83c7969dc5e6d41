// Minimal text edits in 0-based line/character ranges (UTF-16 units, like VS Code), and the offset
// bookkeeping the edit builders use before they hand out ranges.
import { LineIndex } from '../format/lineIndex';
import type { Range } from '../types';

export { LineIndex };

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
 * a deletion) into one, so editors that reject adjacent edits accept them. Pass the text's
 * `index` when one exists: building it scans the whole text.
 */
export function toTextEdits(text: string, edits: OffsetEdit[], index: LineIndex = new LineIndex(text)): TextEdit[] {
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
  return merged.map((edit) => ({
    range: { start: index.positionAt(edit.start), end: index.positionAt(edit.end) },
    newText: edit.newText,
  }));
}
