// The `kr-no-target` quick fix: the missing `baseline:` / `target:` / `unit:` lines go right after
// the key result's title, as plain text and as an editor snippet with tab stops.
import type { ParsedOkrFile } from '../format/parse';
import { findPair } from '../format/sourceTree';
import { findKeyResult, refusal } from './locate';
import { contentEnd, keyColumn, SourceText } from './source';
import { TextEdit, toTextEdits } from './textEdit';

const TARGET_FIELDS = ['baseline', 'target', 'unit'] as const;
type TargetField = (typeof TARGET_FIELDS)[number];

/** Values to overwrite: numbers that parse, and a unit that shows how `%` must be quoted. */
const PLACEHOLDERS: Record<TargetField, string> = { baseline: '0', target: '100', unit: '"%"' };

export function insertTargetFields(
  parsed: ParsedOkrFile,
  krId: string,
  missing: string[],
): { edit: TextEdit; snippet: string } | { error: string } {
  const refused = refusal(parsed, `add ${missing.join(', ')} to ${krId}`);
  if (refused) return { error: refused };
  const location = findKeyResult(parsed.tree, krId);
  if (!location) return { error: `No key result ${krId} in this file.` };
  const unknown = missing.filter((field) => !(TARGET_FIELDS as readonly string[]).includes(field));
  if (unknown.length > 0) return { error: `Cannot add ${unknown.join(', ')}: only baseline, target and unit are added here.` };
  const { item } = location;
  const wanted = TARGET_FIELDS.filter((field) => missing.includes(field) && !findPair(item, field));
  if (wanted.length === 0) return { error: `${krId} already has ${missing.join(', ') || 'its target fields'}.` };

  const source = new SourceText(parsed.text);
  const after = findPair(item, 'title') ?? findPair(item, 'id') ?? item.pairs[0];
  const tabStop = (field: TargetField, index: number) => `\${${index + 1}:${escapeSnippet(PLACEHOLDERS[field])}}`;
  let offset: number;
  let newText: string;
  let snippet: string;
  if (item.flow) {
    offset = contentEnd(after);
    newText = wanted.map((field) => `, ${field}: ${PLACEHOLDERS[field]}`).join('');
    snippet = wanted.map((field, index) => `, ${field}: ${tabStop(field, index)}`).join('') + '$0';
  } else {
    const indent = ' '.repeat(keyColumn(source, item) ?? 0);
    const point = source.pointAfter(after, indent.length);
    offset = point.offset;
    newText = source.linesAt(point, wanted.map((field) => `${indent}${field}: ${PLACEHOLDERS[field]}`));
    const last = wanted.length - 1;
    const snippetLines = wanted.map((field, index) => `${indent}${field}: ${tabStop(field, index)}${index === last ? '$0' : ''}`);
    snippet = source.linesAt(point, snippetLines);
  }
  return { edit: toTextEdits(parsed.text, [{ start: offset, end: offset, newText }], parsed.lines)[0], snippet: forSnippetIndent(source, offset, snippet) };
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (char) => `\\${char}`);
}

/**
 * VS Code indents every snippet line after the first by the whitespace that leads the insertion
 * line up to the cursor; take that much off so the lines land where the plain text puts them.
 */
function forSnippetIndent(source: SourceText, offset: number, snippet: string): string {
  const lead = /^[ \t]*/.exec(source.text.slice(source.lineStart(offset), offset))![0];
  if (lead === '') return snippet;
  return snippet
    .split(source.eol)
    .map((line, index) => (index > 0 && line.startsWith(lead) ? line.slice(lead.length) : line))
    .join(source.eol);
}
