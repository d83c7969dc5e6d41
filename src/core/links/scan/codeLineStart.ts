// Where `findReferences` may start reading a file instead of its first byte. The comment lexer
// (comments.ts) carries state from one line into the next only inside a block comment, a docstring,
// a multi-line string or a string continued by a backslash before its newline, and each of those
// needs its opening token (or that backslash-newline) to appear in the text. Up to the line holding
// the first such token, every line therefore starts in plain code, and lexing from any of those
// line starts finds the same comments as lexing from the top. Finding that token is a native byte
// search, far cheaper than decoding and lexing the lines before it.
import type { CommentSyntax } from '../commentSyntax';

const NEWLINE = 10;
const needlesBySyntax = new WeakMap<CommentSyntax, readonly Buffer[]>();

/** The tokens that may open something the lexer carries over a newline. */
function spanningTokens(syntax: CommentSyntax): readonly Buffer[] {
  let needles = needlesBySyntax.get(syntax);
  if (!needles) {
    const tokens = [
      ...syntax.block.map(({ open }) => open),
      ...(syntax.multilineQuotes ?? []),
      ...(syntax.docstrings ? syntax.quotes.map((quote) => quote.repeat(3)) : []),
      ...(syntax.quotes.length ? ['\\\n'] : []),
    ];
    needles = [...new Set(tokens)].map((token) => Buffer.from(token, 'utf8'));
    needlesBySyntax.set(syntax, needles);
  }
  return needles;
}

/**
 * A line start at or before `target` (itself a line start) where the comment lexer, run on the text
 * that begins at byte `textStart` of `bytes`, is in plain code: `target` itself when no spanning
 * token comes before it, else the start of the line holding the first one.
 */
export function codeLineStart(bytes: Buffer, syntax: CommentSyntax, textStart: number, target: number): number {
  const before = bytes.subarray(textStart, target);
  let first = before.length;
  for (const needle of spanningTokens(syntax)) {
    const at = before.indexOf(needle);
    if (at >= 0 && at < first) first = at;
  }
  if (first === before.length) return target;
  return first === 0 ? textStart : textStart + before.lastIndexOf(NEWLINE, first - 1) + 1;
}
