// The fast path: js-yaml reads the text (an order of magnitude faster than `yaml`'s composer on
// large files) and its parse events give every node's offsets. js-yaml calls the listener on entering and
// leaving each node it tries to compose, including attempts that read nothing and wrappers that
// hand an inner node through unchanged; `compose` sorts those out.
//
// This path only answers when it is sure to agree with the `yaml` package, which stays the
// reference: anything unusual (anchors, aliases, tags, directives, several documents, explicit
// `?` keys, tabs, duplicate or odd keys, warnings, errors) returns undefined, and the caller
// falls back to `yaml`, which reports every problem with its exact range.
import { FAILSAFE_SCHEMA, load, YAMLException } from 'js-yaml';
import { resolvePlainScalar } from './coreScalars';
import type { MapNode, PairNode, ScalarNode, ScalarStyle, SeqNode, SourceNode } from './sourceTree';

/** The fields of js-yaml's loader state read here (its typings leave some out). */
interface LoaderState {
  position: number;
  kind: string | null;
  result: unknown;
  tag: string | null;
  anchor: string | null;
}

/** What one composeNode call produced: a node, or the offset of an empty one (it read nothing). */
type Composed = SourceNode | number;

interface Frame {
  open: number;
  children: Composed[];
}

/** js-yaml's name for each kind of node. */
const LOADER_KIND = { scalar: 'scalar', map: 'mapping', seq: 'sequence', alias: undefined } as const;

/** Thrown from the listener to stop js-yaml as soon as the text leaves the fast path. */
const UNSURE = new Error('outside the fast path');

/** Nesting beyond this is left to the `yaml` fallback, which reports it. */
export const MAX_DEPTH = 100;
/** `yaml` refuses an implicit key whose `:` is further than this from the key's start. */
const MAX_KEY_LENGTH = 1024;
/** Characters, directives and document markers the fast path leaves to `yaml`. */
const UNUSUAL_TEXT = /[\t\x85\u2028\u2029\uFEFF]|\r(?!\n)|^%|^(?:---|\.\.\.)[^\n]*/gm;

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * The source tree of `text`, or undefined when unsure (a document without content included).
 * `maxDepth` lowers the nesting limit for a part of a document read on its own.
 */
export function readFastTree(text: string, maxDepth = MAX_DEPTH): SourceNode | undefined {
  if (!hasOnlyUsualText(text)) return undefined;
  const reader = new TreeReader(text);
  try {
    load(text, {
      schema: FAILSAFE_SCHEMA,
      listener: (event, state) => reader.onEvent(event, state as unknown as LoaderState),
      onWarning: () => {
        throw UNSURE;
      },
      maxDepth,
    } as Parameters<typeof load>[1]);
  } catch (error) {
    // A syntax error, a warning, something unusual or nesting too deep for js-yaml's recursion: the
    // `yaml` fallback reads and reports it. Anything else is a bug of this reader, and must show.
    if (error === UNSURE || error instanceof YAMLException || isStackOverflow(error)) return undefined;
    throw error;
  }
  return isNode(reader.root) ? reader.root : undefined;
}

function hasOnlyUsualText(text: string): boolean {
  UNUSUAL_TEXT.lastIndex = 0;
  for (let match = UNUSUAL_TEXT.exec(text); match; match = UNUSUAL_TEXT.exec(text)) {
    // One `---` line opening the document (after comments at most) is common and harmless.
    const leadingStart = /^---(?: +(?:#.*)?)?\r?$/.test(match[0]) && /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*$/.test(text.slice(0, match.index));
    if (!leadingStart) return false;
  }
  return true;
}

class TreeReader {
  root?: Composed;
  /** Frames by depth, reused; a frame gets a fresh list of children when its last one held any. */
  private readonly frames: Frame[] = [];
  private depth = 0;

  constructor(private readonly text: string) {}

  onEvent(event: string, state: LoaderState): void {
    if (event === 'open') {
      const frame = (this.frames[this.depth++] ??= { open: 0, children: [] });
      frame.open = state.position;
      if (frame.children.length > 0) frame.children = [];
      return;
    }
    const composed = this.compose(this.frames[--this.depth], state);
    if (this.depth > 0) this.frames[this.depth - 1].children.push(composed);
    else this.root = composed;
  }

  private compose(frame: Frame, state: LoaderState): Composed {
    const { kind, tag } = state;
    if (state.anchor !== null || (tag !== null && tag !== '?')) throw UNSURE;
    const { children } = frame;
    if (kind === null) {
      if (state.result !== null || children.some(isNode)) throw UNSURE;
      return this.skipSpaces(frame.open);
    }
    const start = this.skipSeparation(frame.open);
    // A block mapping attempt that found a lone node at this very spot hands it through unchanged.
    const only = children.length === 1 ? children[0] : undefined;
    if (isNode(only) && only.start === start && LOADER_KIND[only.kind] === kind) return only;
    if (kind === 'scalar') return this.scalar(start, state, children);
    if (kind === 'mapping') return this.mapping(start, state, children);
    if (kind === 'sequence') return this.sequence(start, state, children);
    throw UNSURE;
  }

  private scalar(start: number, state: LoaderState, children: Composed[]): ScalarNode {
    // Children here are attempts at a block mapping that read nothing before the scalar was read.
    if (children.some(isNode) || typeof state.result !== 'string') throw UNSURE;
    const style = styleAt(this.text.charCodeAt(start));
    if ((style === 'plain') !== (state.tag === '?')) throw UNSURE;
    let end: number;
    if (style === 'plain') end = this.trimBack(state.position, start);
    else if (style === 'single' || style === 'double') end = this.flowEnd(state.position, style === 'single' ? "'" : '"');
    else end = this.blockScalarEnd(start, state.position);
    // An escaped line break (`\` ending a line): the parsers disagree when blank lines follow it.
    if (style === 'double' && /\\\r?\n/.test(this.text.slice(start, end))) throw UNSURE;
    const value = style === 'plain' ? resolvePlainScalar(state.result) : state.result;
    return { kind: 'scalar', value, style, start, end };
  }

  private mapping(start: number, state: LoaderState, children: Composed[]): MapNode {
    const flow = this.text[start] === '{';
    // A block mapping ends with an attempt at one more key that read nothing.
    const entries = children.length % 2 === 1 && !flow && !isNode(children[children.length - 1]) ? children.length - 1 : children.length;
    if (entries % 2 === 1) throw UNSURE;
    const pairs: PairNode[] = [];
    // Keys equal once resolved (`1` and `1.0`) are duplicates to `yaml`, not to js-yaml.
    const keys = new Set<unknown>();
    for (let i = 0; i < entries; i += 2) {
      const key = children[i];
      if (!isNode(key) || key.kind !== 'scalar' || key.value === null || key.value === '__proto__' || key.value === '<<') throw UNSURE;
      if ((flow && this.afterQuestionMark(key.start)) || keys.has(key.value)) throw UNSURE;
      keys.add(key.value);
      const colon = flow ? this.skipSeparation(key.end) : this.skipSpaces(key.end);
      if (this.text[colon] !== ':' || colon - key.start > MAX_KEY_LENGTH) throw UNSURE;
      const value = children[i + 1];
      pairs.push({ key, value: isNode(value) ? value : emptyScalar(value) });
    }
    if (pairs.length !== countKeys(state.result as object)) throw UNSURE;
    const last = pairs[pairs.length - 1];
    const end = flow ? this.flowCollectionEnd(start, state.position, '}') : last ? last.value!.end : start;
    return { kind: 'map', flow, pairs, start, end };
  }

  private sequence(start: number, state: LoaderState, children: Composed[]): SeqNode {
    const flow = this.text[start] === '[';
    if (children.length !== (state.result as unknown[]).length) throw UNSURE;
    const nodes: SourceNode[] = [];
    for (const node of children) {
      if (!isNode(node) || (flow && this.afterQuestionMark(node.start))) throw UNSURE;
      nodes.push(node);
    }
    const end = flow ? this.flowCollectionEnd(start, state.position, ']') : nodes.length > 0 ? nodes[nodes.length - 1].end : start;
    return { kind: 'seq', flow, items: nodes, start, end };
  }

  /** Past spaces, line breaks and comments; a `#` glued to a token is for `yaml` to judge. */
  private skipSeparation(from: number): number {
    const { text } = this;
    let i = from;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d) i++;
      else if (c === 0x23) {
        if (i > 0 && !isSpaceOrBreak(text.charCodeAt(i - 1))) throw UNSURE;
        const lineBreak = text.indexOf('\n', i);
        if (lineBreak < 0) return text.length;
        i = lineBreak;
      } else return Math.min(i, text.length);
    }
  }

  /** An explicit `? key` in a flow collection: a pair js-yaml and `yaml` may read differently. */
  private afterQuestionMark(start: number): boolean {
    let i = start - 1;
    while (i >= 0 && isSpaceOrBreak(this.text.charCodeAt(i))) i--;
    return this.text[i] === '?';
  }

  private skipSpaces(from: number): number {
    let i = from;
    while (this.text.charCodeAt(i) === 0x20) i++;
    return Math.min(i, this.text.length);
  }

  private trimBack(from: number, floor: number): number {
    let i = Math.min(from, this.text.length);
    while (i > floor && isSpaceOrBreak(this.text.charCodeAt(i - 1))) i--;
    return i;
  }

  /** A quoted scalar or flow collection ends at its closing character, with a space or break after. */
  private flowEnd(position: number, closing: string): number {
    if (this.text[position - 1] !== closing || this.text[position] === '#') throw UNSURE;
    return position;
  }

  /**
   * js-yaml takes a `#` right after `[`, `{` or `,` for a comment, which `yaml` refuses; any `#`
   * glued to what precedes it inside a flow collection (even in quotes) is left to `yaml`.
   */
  private flowCollectionEnd(start: number, position: number, closing: string): number {
    const end = this.flowEnd(position, closing);
    if (/[^ \r\n]#/.test(this.text.slice(start, end))) throw UNSURE;
    return end;
  }

  /** After the line break of the last non-blank line before where js-yaml stopped. */
  private blockScalarEnd(start: number, position: number): number {
    const { text } = this;
    const stop = Math.min(position, text.length);
    const header = /^[|>][0-9+-]*(?=[ \r\n]|$)/.exec(text.slice(start, start + 5))?.[0];
    if (header === undefined) throw UNSURE;
    // js-yaml stopped inside the indentation of the line after the scalar, or at the end of the text.
    const stopLine = stop === text.length ? stop : text.lastIndexOf('\n', stop - 1) + 1;
    // Lines of only spaces inside a block scalar are read differently by the two parsers.
    const body = text.indexOf('\n', start) + 1;
    if (header.includes('+') || (body > 0 && body < stopLine && /^ +\r?$/m.test(text.slice(body, stopLine)))) throw UNSURE;
    let end = text.lastIndexOf('\n', stop - 1) + 1;
    if (end <= start || text.slice(end, stop).trim() !== '') end = stop;
    while (end > start && text[end - 1] === '\n') {
      const lineStart = text.lastIndexOf('\n', end - 2) + 1;
      if (lineStart <= start || text.slice(lineStart, end).trim() !== '') break;
      end = lineStart;
    }
    return end;
  }
}

function isNode(composed: Composed | undefined): composed is SourceNode {
  return typeof composed === 'object';
}

function countKeys(object: object): number {
  let count = 0;
  for (const key in object) if (Object.prototype.hasOwnProperty.call(object, key)) count++;
  return count;
}

function styleAt(c: number): ScalarStyle {
  if (c === 0x22) return 'double';
  if (c === 0x27) return 'single';
  if (c === 0x7c) return 'literal';
  if (c === 0x3e) return 'folded';
  return 'plain';
}

function isSpaceOrBreak(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d;
}

function emptyScalar(at: number): ScalarNode {
  return { kind: 'scalar', value: null, style: 'plain', start: at, end: at };
}
