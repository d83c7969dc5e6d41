// Reading a key result back after an edit inside it, to check the edit says what it should.
// Parsing a whole 2,000-KR file again costs many times the edit itself. A block list item reads
// the same alone as in its file: block structure ends the item at the first content line indented
// no deeper than its dash, and nothing after that line can change how the item reads. So only the
// item's lines are read, and the whole file only when they cannot be read alone (an alias to an
// anchor elsewhere, a flow list, an unusual layout).
import { buildKeyResult } from '../format/buildModel';
import { LineIndex } from '../format/lineIndex';
import type { KeyResult } from '../format/model';
import { parseOkrText, ParsedOkrFile, readYamlTree } from '../format/parse';
import { isClean, KeyResultNode } from './locate';
import { dashOffset, SourceText } from './source';
import type { OffsetEdit } from './textEdit';

/** The key result as the edited text reads, or undefined when that text is not clean YAML. */
export function keyResultAfterEdit(parsed: ParsedOkrFile, location: KeyResultNode, edit: OffsetEdit, krId: string): KeyResult | undefined {
  const alone = readItemAlone(parsed, location, edit);
  if (alone?.id === krId) return alone;
  const after = parseOkrText(applyEdit(parsed.text, edit), parsed.file);
  if (!isClean(after)) return undefined;
  return after.model!.objectives.flatMap((objective) => objective.key_results).find((kr) => kr.id === krId);
}

/** The key result read from its item's lines alone after the edit, or undefined when they cannot be. */
export function readItemAlone(parsed: ParsedOkrFile, location: KeyResultNode, edit: OffsetEdit): KeyResult | undefined {
  const item = itemText(parsed, location, edit);
  const tree = item === undefined ? undefined : readYamlTree(item);
  if (tree?.kind !== 'seq' || tree.items.length !== 1 || tree.items[0].kind !== 'map') return undefined;
  return buildKeyResult(tree.items[0], new LineIndex(item!), location.index);
}

function applyEdit(text: string, edit: OffsetEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

/**
 * The edited lines of the key result's block list item, from its dash's line to the first content
 * line after the edit indented no deeper than the dash (lines after the edit are as they were).
 */
function itemText(parsed: ParsedOkrFile, location: KeyResultNode, edit: OffsetEdit): string | undefined {
  if (location.seq.flow) return undefined;
  const source = new SourceText(parsed.text);
  const dash = dashOffset(source, location.seq, location.index);
  const start = source.lineStart(dash);
  if (edit.start < dash || parsed.text.slice(start, dash).trim() !== '') return undefined;
  const dashColumn = dash - start;
  const { text } = source;
  let line = edit.newText.endsWith('\n') && source.lineStart(edit.end) === edit.end ? edit.end : source.nextLineStart(edit.end);
  while (line < text.length && !isContentAtOrLeftOf(text.slice(line, source.nextLineStart(line)), dashColumn)) {
    line = source.nextLineStart(line);
  }
  const item = text.slice(start, edit.start) + edit.newText + text.slice(edit.end, Math.max(edit.end, line));
  // Content no deeper than the dash (edited in, or the dash's line itself) would read differently alone.
  return item.split('\n').slice(1).every((row) => !isContentAtOrLeftOf(row, dashColumn)) ? item : undefined;
}

function isContentAtOrLeftOf(row: string, column: number): boolean {
  const content = row.trimEnd();
  const indent = content.length - content.trimStart().length;
  return content !== '' && content[indent] !== '#' && indent <= column;
}
