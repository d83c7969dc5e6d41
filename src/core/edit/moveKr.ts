// The `kr-task-like` quick fix: a key result that is really a task leaves `key_results` and
// becomes an initiative of the same objective.
import { parseOkrText, ParsedOkrFile } from '../format/parse';
import { eachNode, findPair, keyName, PairNode, SourceNode } from '../format/sourceTree';
import { yamlComments } from './comments';
import { CarriedComments, Field, ListLayout } from './entries';
import { appendToList, layoutForNewList } from './lists';
import { findKeyResult, isClean, KeyResultNode, objectiveNodes, refusal, scalarText } from './locate';
import { contentEnd, dashOffset, SourceText } from './source';
import { applyEdits, EditResult, OffsetEdit, toTextEdits } from './textEdit';

export function moveKrToInitiatives(parsed: ParsedOkrFile, krId: string, serves: string[]): EditResult {
  const refused = refusal(parsed, `move ${krId} to initiatives`);
  if (refused) return { error: refused };
  const location = findKeyResult(parsed.tree, krId);
  if (!location) return { error: `No key result ${krId} in this file.` };
  const title = scalarText(findPair(location.item, 'title')?.value);
  if (!title) return { error: `${krId} has no title to name the initiative after.` };
  const sharedAnchor = anchorUsedElsewhere(parsed, location);
  if (sharedAnchor) {
    return { error: `${krId} defines the anchor &${sharedAnchor} that other entries use (*${sharedAnchor}); move that anchor out of it first.` };
  }

  const owner = scalarText(findPair(location.item, 'owner')?.value);
  const fields: Field[] = [{ key: 'title', value: title }];
  if (owner !== undefined) fields.push({ key: 'owner', value: owner });
  if (serves.length > 0) fields.push({ key: 'serves', value: serves });

  const source = new SourceText(parsed.text);
  const removal = removeItem(source, location);
  const addition = appendToList(source, {
    owner: location.objective,
    key: 'initiatives',
    fields,
    after: location.list,
    layout: initiativeLayout(parsed, source, location),
    label: `The initiatives of ${location.objectiveId || 'this objective'}`,
    comments: commentsOf(source, location, removal, fields),
  });
  if ('error' in addition) return addition;
  const edits = toTextEdits(parsed.text, [...removal, outsideOf(removal, addition)], parsed.lines);
  if (!movedCleanly(parsed, applyEdits(parsed.text, edits), krId, location, fields)) {
    return { error: `Could not move ${krId} to initiatives without disturbing the file around it; please move it by hand.` };
  }
  return { edits };
}

/**
 * The comments inside the deleted text: end-of-line comments of a field the initiative keeps stay
 * on that field's line, every other comment becomes a comment line above the initiative.
 */
function commentsOf(source: SourceText, location: KeyResultNode, removal: OffsetEdit[], fields: Field[]): CarriedComments {
  const carried: CarriedComments = { lines: [], endOfLine: new Map() };
  const kept = new Set(fields.map((field) => field.key));
  const inRemoval = (offset: number) => removal.some((edit) => offset >= edit.start && offset < edit.end);
  for (const comment of yamlComments(source.text)) {
    if (!inRemoval(comment.offset)) continue;
    const line = source.lineStart(comment.offset);
    const pair = comment.ownLine ? undefined : location.item.pairs.find((p) => source.lineStart(p.key.start) === line && kept.has(keyName(p) ?? ''));
    const key = pair ? keyName(pair) : undefined;
    if (key !== undefined && !carried.endOfLine.has(key)) carried.endOfLine.set(key, comment.text);
    else carried.lines.push(comment.text);
  }
  return carried;
}

/** Deletes the item's lines with the comment lines that belong to it; `[]` keeps an emptied list valid. */
function removeItem(source: SourceText, location: KeyResultNode): OffsetEdit[] {
  const { seq, index, item } = location;
  if (seq.flow) return [removeFlowItem(seq.items, index)];
  const dash = dashOffset(source, seq, index);
  const dashColumn = source.column(dash);
  let start = source.lineStart(dash);
  while (start > 0 && source.commentColumn(source.lineStart(start - 1)) === dashColumn) start = source.lineStart(start - 1);
  const after = source.pointAfter(item, dashColumn);
  let end = after.offset;
  if (after.needsEol) {
    start -= source.text.slice(0, start).endsWith('\r\n') ? 2 : 1;
  } else if (start > 0 && source.isBlankLine(source.lineStart(start - 1)) && source.isBlankLine(end)) {
    end = source.nextLineStart(end);
  }
  const edits: OffsetEdit[] = [{ start, end, newText: '' }];
  if (seq.items.length === 1) edits.push(emptyListMarker(source, location.list));
  return edits;
}

function removeFlowItem(items: SourceNode[], index: number): OffsetEdit {
  const start = (i: number) => items[i].start;
  const end = (i: number) => contentEnd(items[i]);
  if (items.length === 1) return { start: start(0), end: end(0), newText: '' };
  if (index < items.length - 1) return { start: start(index), end: start(index + 1), newText: '' };
  return { start: end(index - 1), end: end(index), newText: '' };
}

/** Inserts ` []` after `key:` (and any anchor or tag), before a trailing comment. */
function emptyListMarker(source: SourceText, pair: PairNode): OffsetEdit {
  const colon = source.colonAfter(pair);
  const rest = source.line(colon + 1);
  const beforeComment = rest.replace(/(^|\s)#.*$/, '').trimEnd();
  const at = colon + 1 + beforeComment.length;
  return { start: at, end: at, newText: ' []' };
}

/** An insertion that falls inside a deleted span moves to the span's end, where the text resumes. */
function outsideOf(removals: OffsetEdit[], insertion: OffsetEdit): OffsetEdit {
  const covering = removals.find((removal) => insertion.start > removal.start && insertion.start < removal.end);
  return covering ? { ...insertion, start: covering.end, end: covering.end } : insertion;
}

function anchorUsedElsewhere(parsed: ParsedOkrFile, location: KeyResultNode): string | undefined {
  const anchors = new Set<string>();
  eachNode(location.item, (node) => {
    if (node.anchor !== undefined) anchors.add(node.anchor);
  });
  if (anchors.size === 0) return undefined;
  let used: string | undefined;
  eachNode(parsed.tree, (node) => {
    if (node === location.item || used !== undefined) return false;
    if (node.kind === 'alias' && anchors.has(node.name)) used = node.name;
    return true;
  });
  return used;
}

function initiativeLayout(parsed: ParsedOkrFile, source: SourceText, location: KeyResultNode): ListLayout {
  const lists = objectiveNodes(parsed.tree).map((objective) => findPair(objective, 'initiatives'));
  return layoutForNewList(source, lists, location.list);
}

function movedCleanly(parsed: ParsedOkrFile, text: string, krId: string, location: KeyResultNode, fields: Field[]): boolean {
  const after = parseOkrText(text, parsed.file);
  if (!isClean(after)) return false;
  const objectiveIndex = objectiveNodes(parsed.tree).indexOf(location.objective);
  const objective = after.model!.objectives[objectiveIndex];
  const initiative = objective?.initiatives[objective.initiatives.length - 1];
  const expected = Object.fromEntries(fields.map((field) => [field.key, field.value]));
  return (
    objective !== undefined &&
    !objective.key_results.some((kr) => kr.id === krId) &&
    initiative !== undefined &&
    initiative.title === expected.title &&
    initiative.owner === expected.owner &&
    JSON.stringify(initiative.serves) === JSON.stringify(expected.serves ?? [])
  );
}
