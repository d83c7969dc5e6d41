// Finds the comment spans of a text with one regex per language: each match is a whole string
// literal (skipped without leaving the regex engine), a docstring opener, a line comment leader or a
// block comment opener. Plain code costs nothing but the regex scan.
import type { CommentSyntax } from './commentSyntax';
import { escapeRegExp } from './regex';

type Opener = { kind: 'line'; length: number } | { kind: 'block'; length: number; close: string };

interface Lexer {
  openers: Map<string, Opener>;
  /** Matches a docstring opener (group `docstringGroup`), a comment opener (group `openerGroup`) or a whole string literal. */
  next: RegExp;
  /** Capture group numbers; 0 when the language has no docstrings / no comment openers. */
  docstringGroup: number;
  openerGroup: number;
}

const lexers = new WeakMap<CommentSyntax, Lexer>();

/** A string literal as one match; a single-line one stops before an unescaped newline. */
function stringSource(quote: string, multiline: boolean): string {
  const q = escapeRegExp(quote);
  const plain = `[^${q}\\\\${multiline ? '' : '\\n'}]*`;
  return `${q}${plain}(?:\\\\[\\s\\S]${plain})*${q}?`;
}

function lexerFor(syntax: CommentSyntax): Lexer {
  const cached = lexers.get(syntax);
  if (cached) return cached;
  const openers = new Map<string, Opener>();
  for (const { open } of syntax.line) openers.set(open, { kind: 'line', length: open.length });
  // Block openers win over a line leader that is their prefix (Lua `--[[` over `--`).
  for (const { open, close } of syntax.block) openers.set(open, { kind: 'block', length: open.length, close });
  const openerSources = [...openers.keys()]
    .sort((a, b) => b.length - a.length)
    .map((open) => {
      const wordStart = syntax.line.some((leader) => leader.open === open && leader.atWordStart) && openers.get(open)!.kind === 'line';
      return wordStart ? `(?<![^ \\t\\r\\n])${escapeRegExp(open)}` : escapeRegExp(open);
    });
  const triples = syntax.docstrings ? syntax.quotes.map((q) => escapeRegExp(q.repeat(3))) : [];
  const strings = [
    ...syntax.quotes.map((q) => stringSource(q, false)),
    ...(syntax.multilineQuotes ?? []).map((q) => stringSource(q, true)),
  ];
  const groups: string[] = [];
  if (triples.length) groups.push(`(${triples.join('|')})`);
  if (openerSources.length) groups.push(`(${openerSources.join('|')})`);
  const docstringGroup = triples.length ? 1 : 0;
  const openerGroup = openerSources.length ? groups.length : 0;
  const source = [...groups, ...strings].join('|') || '[^\\s\\S]';
  const lexer = { openers, next: new RegExp(source, 'g'), docstringGroup, openerGroup };
  lexers.set(syntax, lexer);
  return lexer;
}

function startsLine(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * The content spans of the comments in `text`, as a flat list `[start0, end0, start1, end1, …]` of
 * offsets (end exclusive, leaders and closers excluded). Lexing stops once past `until`.
 */
export function commentSpans(text: string, syntax: CommentSyntax, until = text.length): number[] {
  const { openers, next, docstringGroup, openerGroup } = lexerFor(syntax);
  const spans: number[] = [];
  next.lastIndex = 0;
  let found: RegExpExecArray | null;
  while (next.lastIndex < until && (found = next.exec(text))) {
    const at = found.index;
    if (docstringGroup && found[docstringGroup] !== undefined) {
      // A triple-quoted string that starts its line is a docstring; elsewhere it is a string.
      const close = text.indexOf(found[docstringGroup], at + 3);
      const end = close < 0 ? text.length : close;
      if (startsLine(text, at)) spans.push(at + 3, end);
      next.lastIndex = close < 0 ? text.length : close + 3;
    } else if (openerGroup && found[openerGroup] !== undefined) {
      const opener = openers.get(found[openerGroup])!;
      const start = at + opener.length;
      if (opener.kind === 'line') {
        let end = text.indexOf('\n', start);
        if (end < 0) end = text.length;
        next.lastIndex = end;
        if (end > start && text.charCodeAt(end - 1) === 13) end--;
        spans.push(start, end);
      } else {
        const close = text.indexOf(opener.close, start);
        spans.push(start, close < 0 ? text.length : close);
        next.lastIndex = close < 0 ? text.length : close + opener.close.length;
      }
    }
  }
  return spans;
}
