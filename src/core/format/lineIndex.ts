// Converts between string offsets and 0-based line/character positions (UTF-16 units, like VS Code
// and like `yaml`'s LineCounter: only `\n` ends a line).
import type { Position, Range } from '../types';

export class LineIndex {
  private readonly lineStarts: number[] = [0];
  /** The line of the last lookup: callers mostly ask in text order, so it or the next line usually hits. */
  private lastLine = 0;

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    for (let line = this.lastLine; line <= this.lastLine + 1 && line < starts.length; line++) {
      if (starts[line] <= clamped && (line + 1 === starts.length || clamped < starts[line + 1])) {
        this.lastLine = line;
        return { line, character: clamped - starts[line] };
      }
    }
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    this.lastLine = low;
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length + 1;
    return Math.min(start + Math.max(0, position.character), next - 1, this.text.length);
  }

  /** The range from `start` to `end` (an `end` before `start` collapses onto it). */
  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }
}
