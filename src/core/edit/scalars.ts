// Writing user values as YAML scalars that read back exactly: plain when that is unambiguous,
// a literal block for multi-line text, double quotes otherwise. Every choice short of double
// quotes is checked by parsing it back, so a gap in the rules below costs style, never data.
import { parseDocument } from 'yaml';

/** Where a scalar is written: as a block mapping value, or inside `[...]` / `{...}`. */
export type ScalarContext = 'block' | 'flow';

/** Characters YAML cannot hold raw, or folds into spaces (NEL, LS, PS), or that editors hide (BOM). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const PLAIN_START_INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** A finite number as YAML reads it back, without exponents (`1e21` is written in full). */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} is not a finite number.`);
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const shortest = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!match) return shortest;
  const [, sign, lead, fraction = '', exponent] = match;
  const digits = lead + fraction;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A single-line scalar (plain or double-quoted) for `text` in the given context. */
export function inlineScalar(text: string, context: ScalarContext): string {
  return isSafePlain(text, context) ? text : doubleQuoted(text);
}

/**
 * The value part of `key: <value>` for a block mapping whose keys sit at column `keyColumn`:
 * an inline scalar, or for multi-line text a literal block (`|`, `|-`) whose lines follow `eol`.
 */
export function blockScalar(text: string, keyColumn: number, eol: string): string {
  if (!text.includes('\n')) return inlineScalar(text, 'block');
  const literal = literalBlock(text);
  if (literal === undefined) return doubleQuoted(text);
  const indent = ' '.repeat(keyColumn + 2);
  return literal.header + literal.lines.map((line) => eol + (line === '' ? '' : indent + line)).join('');
}

export function doubleQuoted(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\t') out += '\\t';
    else if (char === '\r') out += '\\r';
    else if (NEEDS_ESCAPE.test(char)) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return out + '"';
}

function isSafePlain(text: string, context: ScalarContext): boolean {
  if (text === '' || text !== text.trim() || /[\n\t]/.test(text) || NEEDS_ESCAPE.test(text)) return false;
  if (PLAIN_START_INDICATOR.test(text) || /: |:$| #/.test(text)) return false;
  if (context === 'flow' && /[,[\]{}:]/.test(text)) return false;
  return readsBack(context === 'flow' ? `k: [${text}]` : `k: ${text}`, text, context);
}

interface LiteralBlock {
  header: string;
  lines: string[];
}

/** A literal block for `text`, or undefined when one cannot carry it exactly and safely. */
function literalBlock(text: string): LiteralBlock | undefined {
  // Trailing blanks would be stripped by editors on save; `\r` and control characters need escapes.
  if (/[ \t]$|[ \t]\n/.test(text) || text.includes('\r') || NEEDS_ESCAPE.test(text)) return undefined;
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  // More than one trailing line break needs `|+`, which would also swallow blank lines after it.
  if (body.endsWith('\n') || body.trim() === '') return undefined;
  const lines = body.split('\n');
  const firstContent = lines.find((line) => line !== '') ?? '';
  const indicator = /^[ \t]/.test(firstContent) ? '2' : '';
  const header = `|${indicator}${text.endsWith('\n') ? '' : '-'}`;
  const sample = `k: ${header}\n${lines.map((line) => (line === '' ? '' : `  ${line}`)).join('\n')}\n`;
  return readsBack(sample, text, 'block') ? { header, lines } : undefined;
}

/** Reads back the same under YAML 1.2 (ours) and 1.1 (many other tools: `yes`, `1:20`, `0b1` differ). */
function readsBack(source: string, expected: string, context: ScalarContext): boolean {
  return (['1.2', '1.1'] as const).every((version) => {
    const doc = parseDocument(source, { version });
    if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
    const value = (doc.toJS() as { k?: unknown }).k;
    if (context === 'block') return value === expected;
    return Array.isArray(value) && value.length === 1 && value[0] === expected;
  });
}
