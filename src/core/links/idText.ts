// Finding ids in a line of text for hover, definition and completion. Pure.
import { ID_SOURCE } from './';
import { escapeRegExp } from './regex';

const ID_IN_LINE = new RegExp(`(?<![A-Za-z0-9_])${ID_SOURCE}(?![A-Za-z0-9_]|\\.\\d)`, 'g');

export interface IdSpan {
  id: string;
  start: number;
  end: number;
}

/** The id-shaped word under `character` (the cursor may sit just after its last character). */
export function idAt(line: string, character: number): IdSpan | undefined {
  ID_IN_LINE.lastIndex = 0;
  for (const match of line.matchAll(ID_IN_LINE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (character >= start && character <= end) return { id: match[0], start, end };
    if (start > character) break;
  }
  return undefined;
}

/**
 * Where an id being typed after a comment tag starts (`// TODO(PLA|` -> the column of `P`), or
 * undefined when the text before the cursor is not a tag waiting for an id.
 */
export function idCompletionStart(linePrefix: string, tags: readonly string[]): number | undefined {
  const alternatives = tags.filter(Boolean).map(escapeRegExp);
  if (alternatives.length === 0) return undefined;
  const pattern = new RegExp(`(?<![A-Za-z0-9_])(?:${alternatives.join('|')})(?![A-Za-z0-9_])[ \\t]*(?:[:(\\[][ \\t]*)?([A-Za-z][A-Za-z0-9_]*(?:-[0-9.]*)?)?$`);
  const match = pattern.exec(linePrefix);
  if (!match) return undefined;
  return linePrefix.length - (match[1]?.length ?? 0);
}
