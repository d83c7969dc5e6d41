// Re-parsing a file after an edit, with its previous result at hand. When the edit lies inside one
// item of `objectives`, only that item's lines are read again; every other objective keeps its
// tree and model (moved by the edit's size when after it). The result is the one a
// full parse gives: the item's lines are read alone only when they cannot be read differently
// in the whole file, and every other case is a full parse.
import { MAX_DEPTH, readFastTree } from './fastTree';
import { LineIndex } from './lineIndex';
import type { Objective } from './model';
import { DEFAULT_MAX_BYTES, parseOkrText, ParsedOkrFile, ParseOptions, resultOfFastRead, wasReadFast } from './parse';
import { isValidObjective } from './schema';
import { shiftNode, shiftObjective, shiftPair } from './shift';
import { keyName, MapNode, SeqNode, SourceNode, toValue } from './sourceTree';

/**
 * `parseOkrText(text, previous.file, options)`, reusing `previous` (the result for the file's text
 * before the edit) where the edit cannot have changed it. `previous` is not modified.
 */
export function reparseOkrText(previous: ParsedOkrFile, text: string, options: ParseOptions = {}): ParsedOkrFile {
  return (options.fastPath !== false && reparseObjective(previous, text, options)) || parseOkrText(text, previous.file, options);
}

/** The part of the old text replaced (`start` to `oldEnd`) and of the new text replacing it (to `newEnd`). */
interface Change {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The lines of one `objectives` item, from its dash line to the next item's (old offsets). */
interface ItemLines {
  index: number;
  start: number;
  end: number;
  /** The dash's column. */
  indent: number;
}

/** An item read alone sits a level or two shallower than in its file: a lower limit keeps it within the file's. */
const ALONE_MAX_DEPTH = MAX_DEPTH - 4;

function reparseObjective(previous: ParsedOkrFile, text: string, options: ParseOptions): ParsedOkrFile | undefined {
  if (!wasReadFast(previous)) return undefined;
  const { tree: root, model } = previous;
  if (text.includes('\uFFFD') || Buffer.byteLength(text, 'utf8') > (options.maxBytes ?? DEFAULT_MAX_BYTES)) return undefined;
  const pairIndex = root.pairs.findIndex((pair) => keyName(pair) === 'objectives');
  const list = root.pairs[pairIndex]?.value;
  if (root.flow || list?.kind !== 'seq' || list.flow || list.items.length === 0) return undefined;

  const change = changeBetween(previous.text, text);
  const lines = itemLines(previous.text, root, pairIndex, list, change);
  if (!lines) return undefined;
  const delta = text.length - previous.text.length;
  const item = readItemAlone(text, lines.start, lines.end + delta, lines.indent);
  if (!item) return undefined;

  const tree = treeWithItem(root, pairIndex, lines.index, item, delta);
  const lineDelta = countLineBreaks(text, change.start, change.newEnd) - countLineBreaks(previous.text, change.start, change.oldEnd);
  const built = new Map(model.objectives.map((objective) => [objective.index, objective]));
  const objective = (index: number): Objective | undefined => {
    const reused = index === lines.index ? undefined : built.get(index);
    return reused && index > lines.index && lineDelta !== 0 ? shiftObjective(reused, lineDelta) : reused;
  };
  // The schema checks each objective on its own: a file it had nothing to say about stays valid
  // when the edited objective is.
  const valid = previous.findings.length === 0 && isValidObjective(toValue(item));
  return resultOfFastRead({ file: previous.file, text, lines: new LineIndex(text), tree }, [], { objective, valid });
}

/**
 * The previous tree with the `objectives` item at `index` replaced: nodes before it kept, nodes
 * after it moved by `delta` characters. Block collections end where their last entry ends.
 */
function treeWithItem(root: MapNode, pairIndex: number, index: number, item: SourceNode, delta: number): MapNode {
  const moved = <T>(node: T, move: (node: T, delta: number) => T): T => (delta === 0 ? node : move(node, delta));
  const list = root.pairs[pairIndex].value as SeqNode;
  const items = list.items.map((node, k) => (k < index ? node : k === index ? item : moved(node, shiftNode)));
  const objectives: SeqNode = { kind: 'seq', flow: false, items, start: list.start, end: items[items.length - 1].end };
  const pairs = root.pairs.map((pair, k) => (k < pairIndex ? pair : k === pairIndex ? { key: pair.key, value: objectives } : moved(pair, shiftPair)));
  return { kind: 'map', flow: false, pairs, start: root.start, end: pairs[pairs.length - 1].value!.end };
}

/** The lines of the one `objectives` item the change lies in, or undefined. */
function itemLines(text: string, root: MapNode, pairIndex: number, list: SeqNode, change: Change): ItemLines | undefined {
  const { items } = list;
  // The last item starting at or before the change: the change must not touch its dash.
  let low = 0;
  let high = items.length - 1;
  if (items[0].start > change.start) return undefined;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (items[mid].start <= change.start) low = mid;
    else high = mid - 1;
  }
  const dash = dashLine(text, items[low]);
  const next = items[low + 1];
  const nextPair = root.pairs[pairIndex + 1];
  const end = next ? dashLine(text, next)?.start : nextPair ? keyLineStart(text, nextPair.key) : text.length;
  if (!dash || end === undefined || change.oldEnd > end) return undefined;
  return { index: low, start: dash.start, end, indent: dash.indent };
}

/** The line of an item's dash when the item starts on it (`  - id: …`), with the dash's column. */
function dashLine(text: string, item: SourceNode): { start: number; indent: number } | undefined {
  const start = text.lastIndexOf('\n', item.start - 1) + 1;
  const prefix = /^( *)- *$/.exec(text.slice(start, item.start));
  return prefix ? { start, indent: prefix[1].length } : undefined;
}

/** The start of the line a top-level key opens. */
function keyLineStart(text: string, key: SourceNode): number | undefined {
  const start = text.lastIndexOf('\n', key.start - 1) + 1;
  return /^ *$/.test(text.slice(start, key.start)) ? start : undefined;
}

/**
 * The item read from its own lines (`start` to `end` in the new text), in the text's offsets; or
 * undefined unless those lines are exactly one sequence item that the whole file reads the same:
 * a dash at `indent`, then only lines indented deeper, blank lines, and comment lines after the
 * item (the comments between items).
 */
function readItemAlone(text: string, start: number, end: number, indent: number): SourceNode | undefined {
  if (end <= start || (end < text.length && text.charCodeAt(end - 1) !== 0x0a)) return undefined;
  const lines = text.slice(start, end);
  if (!/^ *-(?:[ \r\n]|$)/.test(lines)) return undefined;
  const alone = readFastTree(lines, ALONE_MAX_DEPTH);
  if (alone?.kind !== 'seq' || alone.flow || alone.items.length !== 1 || alone.start !== indent) return undefined;
  const item = alone.items[0];
  for (let line = lines.indexOf('\n') + 1; line > 0 && line < lines.length; line = lines.indexOf('\n', line) + 1) {
    let first = line;
    while (lines.charCodeAt(first) === 0x20) first++;
    const c = lines.charCodeAt(first);
    const blank = first >= lines.length || c === 0x0a || c === 0x0d;
    if (!blank && first - line <= indent && !(c === 0x23 && line >= item.end)) return undefined;
  }
  return shiftNode(item, start);
}

/** The common prefix and suffix of two texts, compared in blocks (fast on long texts). */
function changeBetween(before: string, after: string): Change {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (prefix + step <= shorter && before.slice(prefix, prefix + step) === after.slice(prefix, prefix + step)) prefix += step;
  }
  let suffix = 0;
  const room = shorter - prefix;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (suffix + step <= room && before.slice(before.length - suffix - step, before.length - suffix) === after.slice(after.length - suffix - step, after.length - suffix)) suffix += step;
  }
  return { start: prefix, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

function countLineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
