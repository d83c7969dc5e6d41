// Renaming an id in place and proposing a free one, for the `duplicate-id` quick fix.
import type { ParsedOkrFile } from '../format/parse';
import type { Range } from '../types';
import { doubleQuoted, inlineScalar } from './scalars';
import type { TextEdit } from './textEdit';

/** Replaces the id written at `range` with `newId`, keeping its quoting style. */
export function renameId(parsed: ParsedOkrFile, range: Range, newId: string): TextEdit {
  const index = parsed.lines;
  const written = parsed.text.slice(index.offsetAt(range.start), index.offsetAt(range.end));
  let newText: string;
  if (written.startsWith("'")) newText = `'${newId.replace(/'/g, "''")}'`;
  else if (written.startsWith('"')) newText = doubleQuoted(newId);
  else newText = inlineScalar(newId, 'flow');
  return { range, newText };
}

/**
 * The id after the highest taken sibling: `PLAT-1.2` with PLAT-1.1..PLAT-1.3 taken gives PLAT-1.4.
 * Ids compare case-insensitively, as branch names and code references match them.
 */
export function suggestFreeId(id: string, taken: Set<string>): string {
  const match = /^(.*?)(\d+)$/.exec(id);
  const prefix = match ? match[1] : `${id}-`;
  const width = match ? match[2].length : 1;
  const takenUpper = new Set([...taken].map((t) => t.toUpperCase()));
  let highest = match ? Number(match[2]) : 0;
  for (const other of takenUpper) {
    if (!other.startsWith(prefix.toUpperCase())) continue;
    const rest = other.slice(prefix.length);
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  let next = highest + 1;
  while (takenUpper.has(`${prefix}${String(next).padStart(width, '0')}`.toUpperCase())) next++;
  return `${prefix}${String(next).padStart(width, '0')}`;
}
