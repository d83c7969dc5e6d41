// Reading the layout of a YAML text around parsed nodes: columns, line ends, comment lines that
// belong to a node, and where a new line can go after a node without touching anything else.
import type { MapNode, PairNode, SeqNode, SourceNode } from '../format/sourceTree';

/** A place to insert whole lines: a line start, or the end of a file that lacks a final line break. */
export interface LinePoint {
  offset: number;
  /** True at the end of a file without a final line break: new lines go after a line break. */
  needsEol: boolean;
}

export class SourceText {
  readonly eol: string;

  constructor(readonly text: string) {
    const firstBreak = text.indexOf('\n');
    this.eol = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  }

  lineStart(offset: number): number {
    return offset <= 0 ? 0 : this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The start of the line after the one holding `offset`, or the text's end on the last line. */
  nextLineStart(offset: number): number {
    const lineBreak = this.text.indexOf('\n', offset);
    return lineBreak < 0 ? this.text.length : lineBreak + 1;
  }

  column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** The line starting at `lineStart`, without its line break. */
  line(lineStart: number): string {
    const lineBreak = this.text.indexOf('\n', lineStart);
    return this.text.slice(lineStart, lineBreak < 0 ? this.text.length : lineBreak).replace(/\r$/, '');
  }

  isBlankLine(lineStart: number): boolean {
    return lineStart < this.text.length && this.line(lineStart).trim() === '';
  }

  /** The column of `#` when the line holds only a comment. */
  commentColumn(lineStart: number): number | undefined {
    const match = /^([ \t]*)#/.exec(this.line(lineStart));
    return match ? match[1].length : undefined;
  }

  /** Joins `lines` into text to insert at `point`, with this text's line breaks. */
  linesAt(point: LinePoint, lines: string[]): string {
    return point.needsEol ? lines.map((line) => this.eol + line).join('') : lines.map((line) => line + this.eol).join('');
  }

  /**
   * Where lines go after `node`: past the end of its last line, and past the comment lines right
   * below it that are indented deeper than `ownerColumn` (they belong to the node).
   */
  pointAfter(node: SourceNode | PairNode, ownerColumn: number): LinePoint {
    let offset = this.lineBoundaryAfter(contentEnd(node));
    while (offset < this.text.length) {
      const column = this.commentColumn(offset);
      if (column === undefined || column <= ownerColumn) break;
      offset = this.nextLineStart(offset);
    }
    return { offset, needsEol: offset === this.text.length && offset > 0 && !this.text.endsWith('\n') };
  }

  /** The offset of `:` after a mapping key. */
  colonAfter(pair: PairNode): number {
    return this.text.indexOf(':', pair.key.end);
  }

  private lineBoundaryAfter(offset: number): number {
    return offset > 0 && this.text[offset - 1] === '\n' ? offset : this.nextLineStart(offset);
  }
}

/** The offset just after the last character of `node`'s content (not its trailing comment). */
export function contentEnd(node: SourceNode | PairNode): number {
  return lastLeaf(node).end;
}

/** The offset of the `-` that starts item `index` of a block sequence. */
export function dashOffset(source: SourceText, seq: SeqNode, index: number): number {
  if (index === 0) return seq.start;
  let offset = contentEnd(seq.items[index - 1]);
  while (offset < source.text.length) {
    const char = source.text[offset];
    if (char === '#') offset = source.nextLineStart(offset);
    else if (/\s/.test(char)) offset++;
    else break;
  }
  return offset;
}

/** The column of a block mapping's keys. */
export function keyColumn(source: SourceText, map: MapNode): number | undefined {
  const first = map.pairs[0];
  return first ? source.column(first.key.start) : undefined;
}

function lastLeaf(node: SourceNode | PairNode): SourceNode {
  if (!('kind' in node)) return node.value ? lastLeaf(node.value) : node.key;
  if (node.kind === 'map' && !node.flow && node.pairs.length > 0) return lastLeaf(node.pairs[node.pairs.length - 1]);
  if (node.kind === 'seq' && !node.flow && node.items.length > 0) return lastLeaf(node.items[node.items.length - 1]);
  return node;
}
