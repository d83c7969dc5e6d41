// Appending an item to a list field of a mapping (`checkins`, `initiatives`) in whatever style the
// file uses: a block list item, a flow entry, or a new key when the list is absent.
import { findPair, MapNode, PairNode, ScalarNode, SeqNode } from '../format/sourceTree';
import { blockItemLines, CarriedComments, DEFAULT_LIST_LAYOUT, Field, flowMapping, hasComments, ListLayout } from './entries';
import { contentEnd, keyColumn, SourceText } from './source';
import type { OffsetEdit } from './textEdit';

export interface AppendRequest {
  /** The mapping holding the list: a key result, an objective. */
  owner: MapNode;
  key: string;
  fields: Field[];
  /** When the key is absent it is created after this pair (default: the owner's last pair). */
  after?: PairNode;
  /** The layout of a new block list; copy it from a list like it in the same file. */
  layout: ListLayout;
  /** Names the list in messages, e.g. "The checkins of PLAT-1.1". */
  label: string;
  /** Comments the new entry carries; a list written in flow style on one line cannot take them. */
  comments?: CarriedComments;
}

export function appendToList(source: SourceText, request: AppendRequest): OffsetEdit | { error: string } {
  const pair = findPair(request.owner, request.key);
  const { value } = pair ?? {};
  const flow = request.owner.flow || (value?.kind === 'seq' && value.flow) || (value?.kind === 'scalar' && value.value === null && value.end > value.start);
  if (flow && hasComments(request.comments)) {
    return {
      error: `${request.label} are written in flow style (\`[…]\` or \`{…}\`), which cannot hold the comments this entry carries; write them as a block list first.`,
    };
  }
  if (!pair) return createList(source, request);
  if (value?.kind === 'seq') return value.flow ? appendFlowItem(source, value, request.fields) : appendBlockItem(source, value, request);
  if (value === null || value === undefined || (value.kind === 'scalar' && value.value === null)) return fillEmpty(source, request, pair, value ?? null);
  if (value.kind === 'alias') {
    return { error: `${request.label} are an alias (*${value.name}) of a list written elsewhere; add the entry there.` };
  }
  return { error: `${request.label} are not a list, so nothing can be added to them. Make \`${request.key}:\` a list first.` };
}

/** What an existing block list shows of its layout; `fieldIndent` is unknown when its items are not block mappings. */
interface SeenLayout {
  dashIndent: number;
  fieldIndent?: number;
}

function listLayoutOf(source: SourceText, pair: PairNode | undefined): SeenLayout | undefined {
  const seq = pair?.value;
  if (!pair || seq?.kind !== 'seq' || seq.flow) return undefined;
  const dashColumn = source.column(seq.start);
  const first = seq.items[0];
  const fieldColumn = first?.kind === 'map' && !first.flow ? keyColumn(source, first) : undefined;
  return {
    dashIndent: Math.max(0, dashColumn - source.column(pair.key.start)),
    fieldIndent: fieldColumn !== undefined && fieldColumn > dashColumn + 1 ? fieldColumn - dashColumn : undefined,
  };
}

/** The layout for a new list: the first list of the same kind in the file, then `fallback` (e.g. `key_results`). */
export function layoutForNewList(source: SourceText, sameKind: Iterable<PairNode | undefined>, fallback: PairNode): ListLayout {
  let seen: SeenLayout | undefined;
  for (const pair of sameKind) {
    seen = listLayoutOf(source, pair);
    if (seen) break;
  }
  const other = listLayoutOf(source, fallback);
  return {
    dashIndent: seen?.dashIndent ?? other?.dashIndent ?? DEFAULT_LIST_LAYOUT.dashIndent,
    fieldIndent: seen?.fieldIndent ?? other?.fieldIndent ?? DEFAULT_LIST_LAYOUT.fieldIndent,
  };
}

function createList(source: SourceText, request: AppendRequest): OffsetEdit | { error: string } {
  const { owner, key, fields } = request;
  const last = owner.pairs[owner.pairs.length - 1];
  const after = request.after ?? last;
  if (!after) return { error: `${request.label} cannot be added to an empty mapping.` };
  if (owner.flow) return insertion(contentEnd(after), `, ${key}: [${flowMapping(fields)}]`);
  const fieldColumn = keyColumn(source, owner) ?? 0;
  // Comments at the field column after the mapping's last field close the mapping; elsewhere they
  // introduce the next field.
  const point = source.pointAfter(after, after === last ? fieldColumn - 1 : fieldColumn);
  const dashColumn = fieldColumn + request.layout.dashIndent;
  const lines = [
    `${' '.repeat(fieldColumn)}${key}:`,
    ...blockItemLines(fields, dashColumn, dashColumn + request.layout.fieldIndent, source.eol, request.comments),
  ];
  return insertion(point.offset, source.linesAt(point, lines));
}

function fillEmpty(source: SourceText, request: AppendRequest, pair: PairNode, value: ScalarNode | null): OffsetEdit {
  const written = value !== null && value.end > value.start;
  if (!written && !request.owner.flow) {
    const fieldColumn = keyColumn(source, request.owner) ?? 0;
    const point = source.pointAfter(pair, fieldColumn);
    const dashColumn = fieldColumn + request.layout.dashIndent;
    const lines = blockItemLines(request.fields, dashColumn, dashColumn + request.layout.fieldIndent, source.eol, request.comments);
    return insertion(point.offset, source.linesAt(point, lines));
  }
  // An explicit `~` / `null`, or an empty value inside `{...}`: write the list in place.
  const list = `[${flowMapping(request.fields)}]`;
  if (value && written) return { start: value.start, end: value.end, newText: list };
  const at = value ? value.start : source.colonAfter(pair) + 1;
  return insertion(at, source.text[at - 1] === ':' ? ` ${list}` : list);
}

function appendFlowItem(source: SourceText, seq: SeqNode, fields: Field[]): OffsetEdit {
  const entry = flowMapping(fields);
  const last = seq.items[seq.items.length - 1];
  if (last === undefined) return insertion(source.text.lastIndexOf(']', seq.end - 1), entry);
  return insertion(contentEnd(last), `, ${entry}`);
}

function appendBlockItem(source: SourceText, seq: SeqNode, request: AppendRequest): OffsetEdit {
  const { fields, comments } = request;
  const last = seq.items[seq.items.length - 1];
  // Items of one block list share their dash column; the list's range starts at the first dash.
  const dashColumn = source.column(seq.start);
  const point = source.pointAfter(last, dashColumn);
  if (last.kind === 'map' && last.flow) {
    const pad = ' '.repeat(dashColumn);
    const endOfLine = [...(comments?.endOfLine.values() ?? [])];
    const item = `${pad}- ${flowMapping(fields)}${endOfLine.length ? `   ${endOfLine.join(' ')}` : ''}`;
    return insertion(point.offset, source.linesAt(point, [...(comments?.lines ?? []).map((line) => pad + line), item]));
  }
  const lastKeyColumn = last.kind === 'map' ? keyColumn(source, last) : undefined;
  const fieldColumn = lastKeyColumn !== undefined && lastKeyColumn > dashColumn + 1 ? lastKeyColumn : dashColumn + 2;
  return insertion(point.offset, source.linesAt(point, blockItemLines(fields, dashColumn, fieldColumn, source.eol, comments)));
}

function insertion(offset: number, newText: string): OffsetEdit {
  return { start: offset, end: offset, newText };
}
