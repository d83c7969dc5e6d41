// The comments of a YAML text with their offsets, read by the `yaml` lexer so that `#` inside a
// quoted string or a block scalar is never taken for a comment.
import { Lexer } from 'yaml';

export interface YamlComment {
  /** The offset of `#`. */
  offset: number;
  /** From `#` to the end of its line, without the line break. */
  text: string;
  /** True when nothing but blanks precedes it on its line. */
  ownLine: boolean;
}

/** Lexer tokens that mark structure and are not part of the source text. */
const MARKERS = new Set(['\x02', '\x18', '\x1f']);

export function yamlComments(text: string): YamlComment[] {
  const comments: YamlComment[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) continue;
    if (token.startsWith('#')) {
      const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
      comments.push({ offset, text: token.replace(/\r$/, ''), ownLine: text.slice(lineStart, offset).trim() === '' });
    }
    offset += token.length;
  }
  return comments;
}
