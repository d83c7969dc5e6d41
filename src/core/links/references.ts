// References from code to objectives and KRs: a comment tag followed by an id, e.g.
// `// TODO(PLAT-1.1): cache docker layers`, `# OKR PLAT-1.1`, `/* FIXME [PLAT-1.1] */`.
import { commentSyntaxFor } from './commentSyntax';
import { commentSpans } from './comments';
import { ID_SOURCE } from './ids';
import { escapeRegExp } from './regex';

export interface Reference {
  id: string;
  tag: string;
  file: string;
  /** 0-based line of the id. */
  line: number;
  /** 0-based UTF-16 column of the id's first character, and just past its last. */
  character: number;
  endCharacter: number;
  /** The comment text after the id on the same line, trimmed, for display. */
  text: string;
}

/** Characters that continue a word: a tag or an id must not be glued to them. */
const WORD_CHAR = /[A-Za-z0-9_]/;
const ID_END = '(?![A-Za-z0-9_]|\\.\\d)';
/** Tag, blanks, an optional `:`, an optional `(` or `[`, then the id: `TODO(PLAT-1)`, `OKR: PLAT-1`, `FIXME [PLAT-1]`. */
const SEPARATOR = '[ \\t]*(?::[ \\t]*)?(?:[(\\[][ \\t]*)?';
/** More ids in the same tag: `TODO(PLAT-1.1, PLAT-2.1)`. */
const MORE_IDS = new RegExp(`[ \\t]*,[ \\t]*(${ID_SOURCE})${ID_END}`, 'y');
const LEADING_PUNCTUATION = /^[\s)\]]*[:\-–—]?\s*/;

/**
 * A copy of a substring that does not keep the whole file's text alive: V8 represents longer
 * substrings as views into their parent, and an index holding one reference would hold the file.
 */
const detached = (text: string): string => (' ' + text).slice(1);

const patterns = new Map<string, RegExp>();

/** The global regex for `tag + id` candidates; tags are case-sensitive, longest first. */
function referencePattern(tags: readonly string[]): RegExp {
  const key = tags.join('\u0000');
  let pattern = patterns.get(key);
  if (!pattern) {
    const alternatives = [...new Set(tags)].filter((tag) => tag.length > 0).sort((a, b) => b.length - a.length);
    const tagSource = alternatives.map(escapeRegExp).join('|') || '(?!)';
    pattern = new RegExp(`(${tagSource})(?![A-Za-z0-9_])${SEPARATOR}(${ID_SOURCE})${ID_END}`, 'g');
    if (patterns.size > 32) patterns.clear();
    patterns.set(key, pattern);
  }
  return pattern;
}

interface Candidate {
  tag: string;
  start: number;
  ids: { id: string; start: number; end: number }[];
  end: number;
}

function findCandidates(text: string, tags: readonly string[]): Candidate[] {
  const pattern = referencePattern(tags);
  const candidates: Candidate[] = [];
  pattern.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = pattern.exec(text))) {
    const start = found.index;
    if (start > 0 && WORD_CHAR.test(text[start - 1])) {
      pattern.lastIndex = start + 1;
      continue;
    }
    const idEnd = pattern.lastIndex;
    const first = found[2];
    const ids = [{ id: first, start: idEnd - first.length, end: idEnd }];
    MORE_IDS.lastIndex = idEnd;
    let more: RegExpExecArray | null;
    while ((more = MORE_IDS.exec(text))) ids.push({ id: more[1], start: MORE_IDS.lastIndex - more[1].length, end: MORE_IDS.lastIndex });
    const end = ids[ids.length - 1].end;
    candidates.push({ tag: found[1], start, ids, end });
    pattern.lastIndex = end;
  }
  return candidates;
}

/** Tracks the line of increasing offsets without splitting the text into lines. */
class LineCursor {
  private line = 0;
  private lineStart = 0;
  private nextNewline: number;

  constructor(private readonly text: string) {
    this.nextNewline = text.indexOf('\n');
  }

  moveTo(offset: number): { line: number; lineStart: number; lineEnd: number } {
    while (this.nextNewline >= 0 && this.nextNewline < offset) {
      this.line++;
      this.lineStart = this.nextNewline + 1;
      this.nextNewline = this.text.indexOf('\n', this.lineStart);
    }
    const lineEnd = this.nextNewline < 0 ? this.text.length : this.nextNewline;
    return { line: this.line, lineStart: this.lineStart, lineEnd };
  }
}

/**
 * The references in a file's text. Only tags inside comments count, judged by the comment syntax of
 * the file's language (by extension, with a generic fallback); a tag in a string literal does not.
 */
export function findReferences(text: string, file: string, tags: readonly string[]): Reference[] {
  if (tags.length === 0) return [];
  const candidates = findCandidates(text, tags);
  if (candidates.length === 0) return [];
  const spans = commentSpans(text, commentSyntaxFor(file), candidates[candidates.length - 1].end);
  const cursor = new LineCursor(text);
  const references: Reference[] = [];
  let span = 0;
  for (const candidate of candidates) {
    while (span < spans.length && spans[span + 1] < candidate.end) span += 2;
    if (span >= spans.length) break;
    const [contentStart, contentEnd] = [spans[span], spans[span + 1]];
    if (candidate.start < contentStart) continue;
    const { line, lineStart, lineEnd } = cursor.moveTo(candidate.start);
    const rest = text.slice(candidate.end, Math.min(contentEnd, lineEnd));
    const commentText = detached(rest.replace(LEADING_PUNCTUATION, '').trim());
    for (const { id, start, end } of candidate.ids) {
      references.push({ id, tag: candidate.tag, file, line, character: start - lineStart, endCharacter: end - lineStart, text: commentText });
    }
  }
  return references;
}
