// The source tree of a document parsed by the `yaml` package: the fallback for files the fast
// parser leaves alone (syntax errors, anchors and aliases, tags, …). Offsets follow the
// conventions of `sourceTree.ts`, which differ from `yaml`'s own ranges for block collections
// (theirs run on over trailing comments) and clipped block scalars (theirs may run over blank lines).
import { Alias, Document, isAlias, isMap, isPair, isScalar, isSeq, Node, Scalar } from 'yaml';
import type { PairNode, ScalarNode, ScalarStyle, SourceNode } from './sourceTree';

const STYLES: Record<string, ScalarStyle> = {
  [Scalar.PLAIN]: 'plain',
  [Scalar.QUOTE_SINGLE]: 'single',
  [Scalar.QUOTE_DOUBLE]: 'double',
  [Scalar.BLOCK_LITERAL]: 'literal',
  [Scalar.BLOCK_FOLDED]: 'folded',
};

export function treeFromDocument(doc: Document.Parsed, text: string): SourceNode | undefined {
  const converted = new Map<Node, SourceNode>();
  const aliases: Array<[Alias, Extract<SourceNode, { kind: 'alias' }>]> = [];

  const convert = (node: Node): SourceNode => {
    const [start, valueEnd] = node.range ?? [0, 0];
    const anchor = 'anchor' in node && typeof node.anchor === 'string' ? { anchor: node.anchor } : {};
    if (isAlias(node)) {
      const alias = { kind: 'alias' as const, name: node.source, start, end: valueEnd, ...anchor };
      aliases.push([node, alias]);
      return alias;
    }
    if (isScalar(node)) {
      const style = STYLES[node.type ?? Scalar.PLAIN] ?? 'plain';
      const scalar: ScalarNode = { kind: 'scalar', value: primitive(node.value), style, start, end: valueEnd, ...anchor };
      if ((style === 'literal' || style === 'folded') && !keepsTrailingLines(text, start)) {
        scalar.end = withoutTrailingBlankLines(text, start, valueEnd);
      }
      converted.set(node, scalar);
      return scalar;
    }
    if (isMap(node)) {
      const map: SourceNode = { kind: 'map', flow: Boolean(node.flow), pairs: [], start, end: valueEnd, ...anchor };
      converted.set(node, map);
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const key = item.key as Node | null;
        const value = item.value as Node | null;
        const keyNode = key ? convert(key) : emptyScalar(start);
        map.pairs.push({ key: keyNode, value: value ? convert(value) : null });
      }
      if (!map.flow) map.end = lastEnd(map.pairs, map.end);
      return map;
    }
    if (isSeq(node)) {
      const seq: SourceNode = { kind: 'seq', flow: Boolean(node.flow), items: [], start, end: valueEnd, ...anchor };
      converted.set(node, seq);
      for (const item of node.items) seq.items.push(item ? convert(item as Node) : emptyScalar(start));
      if (!seq.flow && seq.items.length > 0) seq.end = seq.items[seq.items.length - 1].end;
      return seq;
    }
    return emptyScalar(start);
  };

  const root = doc.contents as Node | null;
  if (!root) return undefined;
  const tree = convert(root);
  for (const [alias, node] of aliases) {
    const target = alias.resolve(doc);
    if (target) node.target = converted.get(target);
  }
  return tree;
}

function lastEnd(pairs: PairNode[], fallback: number): number {
  const last = pairs[pairs.length - 1];
  if (!last) return fallback;
  return (last.value ?? last.key).end;
}

function emptyScalar(at: number): ScalarNode {
  return { kind: 'scalar', value: null, style: 'plain', start: at, end: at };
}

function primitive(value: unknown): ScalarNode['value'] {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // A `!!timestamp` reads as written (an ISO date), not as JavaScript prints a Date; the schema still
  // reports it where a string belongs, as the source text is not a string scalar.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().replace(/T00:00:00\.000Z$/, '');
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- any other scalar the `yaml` package makes prints as JS prints it
  return String(value);
}

function keepsTrailingLines(text: string, start: number): boolean {
  return (/^[|>][0-9+-]*/.exec(text.slice(start, start + 4))?.[0] ?? '').includes('+');
}

/** Back from `end` to just after the line break of the last line with content past `start`. */
function withoutTrailingBlankLines(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start && text[trimmed - 1] === '\n') {
    const lineStart = text.lastIndexOf('\n', trimmed - 2) + 1;
    if (lineStart <= start || text.slice(lineStart, trimmed).trim() !== '') break;
    trimmed = lineStart;
  }
  return trimmed;
}
