// Appending an item to a list field of a mapping (`checkins`, `initiatives`) in whatever style the
// file uses: a block list item, a flow entry, or a new key when the list is absent.
import { isAlias, isMap, isScalar, isSeq, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { findPair } from '../format/yamlRanges';
import { blockItemLines, DEFAULT_LIST_LAYOUT, Field, flowMapping, ListLayout } from './entries';
import { contentEnd, keyColumn, SourceText } from './source';
import type { OffsetEdit } from './textEdit';

export interface AppendRequest {
  /** The mapping holding the list: a key result, an objective. */
  owner: YAMLMap;
  key: string;
  fields: Field[];
  /** When the key is absent it is created after this pair (default: the owner's last pair). */
  after?: Pair;
  /** The layout of a new block list; copy it from a list like it in the same file. */
  layout: ListLayout;
  /** Names the list in messages, e.g. "The checkins of PLAT-1.1". */
  label: string;
}

export function appendToList(source: SourceText, request: AppendRequest): OffsetEdit | { error: string } {
  const pair = findPair(request.owner, request.key);
  if (!pair) return createList(source, request);
  const value = pair.value as Node | null;
  if (isSeq(value)) return value.flow ? appendFlowItem(source, value, request.fields) : appendBlockItem(source, value, request.fields);
  if (value === null || (isScalar(value) && value.value === null)) return fillEmpty(source, request, pair, value);
  if (isAlias(value)) {
    return { error: `${request.label} are an alias (*${value.source}) of a list written elsewhere; add the entry there.` };
  }
  return { error: `${request.label} are not a list, so nothing can be added to them. Make \`${request.key}:\` a list first.` };
}

/** What an existing block list shows of its layout; `fieldIndent` is unknown when its items are not block mappings. */
interface SeenLayout {
  dashIndent: number;
  fieldIndent?: number;
}

function listLayoutOf(source: SourceText, pair: Pair | undefined): SeenLayout | undefined {
  const seq = pair?.value as Node | null | undefined;
  const key = pair?.key as Node | null | undefined;
  if (!isSeq(seq) || seq.flow || !seq.range || !key?.range) return undefined;
  const dashColumn = source.column(seq.range[0]);
  const first = seq.items[0];
  const fieldColumn = isMap(first) && !first.flow ? keyColumn(source, first) : undefined;
  return {
    dashIndent: Math.max(0, dashColumn - source.column(key.range[0])),
    fieldIndent: fieldColumn !== undefined && fieldColumn > dashColumn + 1 ? fieldColumn - dashColumn : undefined,
  };
}

/** The layout for a new list: the first list of the same kind in the file, then `fallback` (e.g. `key_results`). */
export function layoutForNewList(source: SourceText, sameKind: Array<Pair | undefined>, fallback: Pair): ListLayout {
  const seen = sameKind.map((pair) => listLayoutOf(source, pair)).find((layout) => layout !== undefined);
  const other = listLayoutOf(source, fallback);
  return {
    dashIndent: seen?.dashIndent ?? other?.dashIndent ?? DEFAULT_LIST_LAYOUT.dashIndent,
    fieldIndent: seen?.fieldIndent ?? other?.fieldIndent ?? DEFAULT_LIST_LAYOUT.fieldIndent,
  };
}

function createList(source: SourceText, request: AppendRequest): OffsetEdit | { error: string } {
  const { owner, key, fields } = request;
  const last = owner.items[owner.items.length - 1];
  const after = request.after ?? last;
  if (!after) return { error: `${request.label} cannot be added to an empty mapping.` };
  if (owner.flow) return insertion(contentEnd(source, after), `, ${key}: [${flowMapping(fields)}]`);
  const fieldColumn = keyColumn(source, owner) ?? 0;
  // Comments at the field column after the mapping's last field close the mapping; elsewhere they
  // introduce the next field.
  const point = source.pointAfter(after, after === last ? fieldColumn - 1 : fieldColumn);
  const dashColumn = fieldColumn + request.layout.dashIndent;
  const lines = [
    `${' '.repeat(fieldColumn)}${key}:`,
    ...blockItemLines(fields, dashColumn, dashColumn + request.layout.fieldIndent, source.eol),
  ];
  return insertion(point.offset, source.linesAt(point, lines));
}

function fillEmpty(source: SourceText, request: AppendRequest, pair: Pair, value: Scalar | null): OffsetEdit {
  const range = value?.range;
  const written = range && range[1] > range[0];
  if (!written && !request.owner.flow) {
    const fieldColumn = keyColumn(source, request.owner) ?? 0;
    const point = source.pointAfter(pair, fieldColumn);
    const dashColumn = fieldColumn + request.layout.dashIndent;
    const lines = blockItemLines(request.fields, dashColumn, dashColumn + request.layout.fieldIndent, source.eol);
    return insertion(point.offset, source.linesAt(point, lines));
  }
  // An explicit `~` / `null`, or an empty value inside `{...}`: write the list in place.
  const list = `[${flowMapping(request.fields)}]`;
  if (range && written) return { start: range[0], end: range[1], newText: list };
  const at = range ? range[0] : source.colonAfter(pair) + 1;
  return insertion(at, source.text[at - 1] === ':' ? ` ${list}` : list);
}

function appendFlowItem(source: SourceText, seq: YAMLSeq, fields: Field[]): OffsetEdit {
  const entry = flowMapping(fields);
  const last = seq.items[seq.items.length - 1] as Node | Pair | undefined;
  if (last === undefined) return insertion(source.text.lastIndexOf(']', seq.range![1] - 1), entry);
  return insertion(contentEnd(source, last), `, ${entry}`);
}

function appendBlockItem(source: SourceText, seq: YAMLSeq, fields: Field[]): OffsetEdit {
  const last = seq.items[seq.items.length - 1] as Node;
  // Items of one block list share their dash column; the list's range starts at the first dash.
  const dashColumn = source.column(seq.range![0]);
  const point = source.pointAfter(last, dashColumn);
  if (isMap(last) && last.flow) {
    return insertion(point.offset, source.linesAt(point, [`${' '.repeat(dashColumn)}- ${flowMapping(fields)}`]));
  }
  const lastKeyColumn = isMap(last) ? keyColumn(source, last) : undefined;
  const fieldColumn = lastKeyColumn !== undefined && lastKeyColumn > dashColumn + 1 ? lastKeyColumn : dashColumn + 2;
  return insertion(point.offset, source.linesAt(point, blockItemLines(fields, dashColumn, fieldColumn, source.eol)));
}

function insertion(offset: number, newText: string): OffsetEdit {
  return { start: offset, end: offset, newText };
}
