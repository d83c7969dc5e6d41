// Rendering a new mapping (a check-in, an initiative) as a block list item or a flow mapping.
import { blockScalar, doubleQuoted, inlineScalar, plainNumber } from './scalars';

export interface Field {
  key: string;
  value: string | number | boolean | string[];
  /**
   * How to write a string: `quoted` double-quotes it on one line whatever it holds; `verbatim`
   * writes it as given, for values the caller has validated as plain YAML (ISO dates).
   */
  style?: 'quoted' | 'verbatim';
}

/** How a block list sits under its key: the dash's indent past the key, the fields' past the dash. */
export interface ListLayout {
  dashIndent: number;
  fieldIndent: number;
}

/** Comments an entry carries to its new place (a KR moving to initiatives keeps its comments). */
export interface CarriedComments {
  /** Whole-line comments (`# …`), written on their own lines above the entry. */
  lines: string[];
  /** End-of-line comments by the key of the field whose line they end. */
  endOfLine: Map<string, string>;
}

export function hasComments(comments: CarriedComments | undefined): comments is CarriedComments {
  return comments !== undefined && (comments.lines.length > 0 || comments.endOfLine.size > 0);
}

export const DEFAULT_LIST_LAYOUT: ListLayout = { dashIndent: 2, fieldIndent: 2 };

/** `{date: 2026-10-01, value: 3}` */
export function flowMapping(fields: Field[]): string {
  return `{${fields.map((field) => `${field.key}: ${flowValue(field)}`).join(', ')}}`;
}

/**
 * The lines of a block list item: `- key: value` at `dashColumn`, further keys at `fieldColumn`.
 * A multi-line value is one element holding its own line breaks (`eol`).
 */
export function blockItemLines(fields: Field[], dashColumn: number, fieldColumn: number, eol: string, comments?: CarriedComments): string[] {
  const gap = Math.max(1, fieldColumn - dashColumn - 1);
  const keyColumn = dashColumn + 1 + gap;
  const commentLines = [...(comments?.lines ?? [])];
  const lines = fields.map((field, index) => {
    const lead = index === 0 ? `${' '.repeat(dashColumn)}-${' '.repeat(gap)}` : ' '.repeat(keyColumn);
    const line = `${lead}${field.key}: ${blockValue(field, keyColumn, eol)}`;
    const comment = comments?.endOfLine.get(field.key);
    if (comment === undefined) return line;
    // A multi-line value (a block scalar) has no line end of its own to carry the comment.
    if (line.includes('\n')) {
      commentLines.push(comment);
      return line;
    }
    return `${line}   ${comment}`;
  });
  return [...commentLines.map((comment) => `${' '.repeat(dashColumn)}${comment}`), ...lines];
}

function blockValue(field: Field, keyColumn: number, eol: string): string {
  const { value } = field;
  if (typeof value === 'string' && !field.style) return blockScalar(value, keyColumn, eol);
  return flowValue(field);
}

function flowValue(field: Field): string {
  const { value } = field;
  if (typeof value === 'string') {
    if (field.style === 'verbatim') return value;
    return field.style === 'quoted' ? doubleQuoted(value) : inlineScalar(value, 'flow');
  }
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return String(value);
  return `[${value.map((item) => inlineScalar(item, 'flow')).join(', ')}]`;
}
