// Appending a check-in to a key result as one insertion, in the style the file already uses.
import { buildKeyResult } from '../format/buildModel';
import type { ParsedOkrFile } from '../format/parse';
import { isValidDate } from '../format/period';
import { eachNode, findPair, PairNode } from '../format/sourceTree';
import { Field, ListLayout } from './entries';
import { appendToList, layoutForNewList } from './lists';
import { findKeyResult, KeyResultNode, keyResultNodes, objectiveNodes, refusal } from './locate';
import { keyResultAfterEdit } from './readBack';
import { SourceText } from './source';
import { EditResult, OffsetEdit, toTextEdits } from './textEdit';

export interface CheckInEntry {
  date: string;
  value: number | boolean;
  confidence?: number;
  note?: string;
}

export function appendCheckin(parsed: ParsedOkrFile, krId: string, entry: CheckInEntry): EditResult {
  const refused = refusal(parsed, 'add a check-in') ?? invalidEntry(entry);
  if (refused) return { error: refused };
  const location = findKeyResult(parsed.tree, krId);
  if (!location) return { error: `No key result ${krId} in this file.` };
  const shared = sharedList(parsed, location, krId);
  if (shared) return { error: shared };
  const source = new SourceText(parsed.text);
  const layout = checkinLayout(parsed, source, location);
  // A note is user text: if its nicest form does not read back exactly here, quote it.
  for (const quoteNote of [false, true]) {
    const edit = appendToList(source, {
      owner: location.item,
      key: 'checkins',
      fields: checkinFields(entry, quoteNote),
      layout,
      label: `The checkins of ${krId}`,
    });
    if ('error' in edit) return edit;
    if (readsBackAsLastCheckin(parsed, location, edit, krId, entry)) return { edits: toTextEdits(parsed.text, [edit], parsed.lines) };
  }
  return { error: `Could not add the check-in to ${krId} without disturbing the file around it; please add it by hand.` };
}

/**
 * A check-in list shared through a YAML anchor belongs to every key result that uses it: an entry
 * appended to it would count for all of them.
 */
function sharedList(parsed: ParsedOkrFile, location: KeyResultNode, krId: string): string | undefined {
  const list = findPair(location.item, 'checkins')?.value;
  if (list?.kind === 'alias') {
    return (
      `The checkins of ${krId} are \`*${list.name}\`, a list shared with the key result that defines \`&${list.name}\`: ` +
      `a check-in here would count for both. Un-share it first: replace \`*${list.name}\` with a copy of the list, then check in again.`
    );
  }
  for (const node of [list, location.item]) {
    const anchor = node?.anchor;
    if (anchor === undefined || !isAliased(parsed, anchor)) continue;
    const what = node === list ? `The checkins of ${krId} are` : `${krId} is`;
    return (
      `${what} shared through the YAML anchor \`&${anchor}\` (used as \`*${anchor}\` elsewhere): a check-in here would count there too. ` +
      `Un-share it first: replace each \`*${anchor}\` with a copy of what it stands for and remove \`&${anchor}\`, then check in again.`
    );
  }
  return undefined;
}

function isAliased(parsed: ParsedOkrFile, anchor: string): boolean {
  let found = false;
  eachNode(parsed.tree, (node) => {
    if (node.kind === 'alias' && node.name === anchor) found = true;
    return !found;
  });
  return found;
}

function invalidEntry(entry: CheckInEntry): string | undefined {
  if (typeof entry.date !== 'string' || !isValidDate(entry.date)) {
    return `The check-in date must be a real date written YYYY-MM-DD, not "${String(entry.date)}".`;
  }
  if (typeof entry.value !== 'boolean' && !(typeof entry.value === 'number' && Number.isFinite(entry.value))) {
    return `The check-in value must be a finite number (or true/false for a milestone), not ${String(entry.value)}.`;
  }
  const { confidence } = entry;
  if (confidence !== undefined && !(typeof confidence === 'number' && confidence >= 0 && confidence <= 1)) {
    return `The confidence must be a number from 0 to 1, not ${String(confidence)}.`;
  }
  if (entry.note !== undefined && typeof entry.note !== 'string') return 'The check-in note must be text.';
  return undefined;
}

function checkinFields(entry: CheckInEntry, quoteNote: boolean): Field[] {
  const fields: Field[] = [
    // Validated as YYYY-MM-DD; written plain like the dates people type (a string in YAML 1.2).
    { key: 'date', value: entry.date, style: 'verbatim' },
    { key: 'value', value: entry.value },
  ];
  if (entry.confidence !== undefined) fields.push({ key: 'confidence', value: entry.confidence });
  if (entry.note) fields.push({ key: 'note', value: entry.note, style: quoteNote ? 'quoted' : undefined });
  return fields;
}

function checkinLayout(parsed: ParsedOkrFile, source: SourceText, location: KeyResultNode): ListLayout {
  return layoutForNewList(source, checkinLists(parsed), location.list);
}

function* checkinLists(parsed: ParsedOkrFile): Iterable<PairNode | undefined> {
  for (const objective of objectiveNodes(parsed.tree)) {
    for (const kr of keyResultNodes(objective)) yield findPair(kr, 'checkins');
  }
}

function readsBackAsLastCheckin(parsed: ParsedOkrFile, location: KeyResultNode, edit: OffsetEdit, krId: string, entry: CheckInEntry): boolean {
  const before = buildKeyResult(location.item, parsed.lines, location.index);
  const kr = keyResultAfterEdit(parsed, location, edit, krId);
  const last = kr?.checkins[kr.checkins.length - 1];
  return (
    kr !== undefined &&
    last !== undefined &&
    kr.checkins.length === before.checkins.length + 1 &&
    last.date === entry.date &&
    last.value === entry.value &&
    last.confidence === entry.confidence &&
    last.note === (entry.note || undefined)
  );
}
