// Helpers over the `yaml` package's nodes (for code that holds a `yaml` Document): offsets to
// ranges, and finding the node at a JSON path. The parser itself works on `sourceTree.ts`.
import { isMap, isPair, isScalar, isSeq, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import type { Range } from '../types';

export function offsetsToRange(lineCounter: LineCounter, start: number, end: number): Range {
  const s = lineCounter.linePos(start);
  const e = lineCounter.linePos(Math.max(start, end));
  return { start: { line: s.line - 1, character: s.col - 1 }, end: { line: e.line - 1, character: e.col - 1 } };
}

/** The range of a node's value (without trailing comments or line breaks). */
export function nodeRange(lineCounter: LineCounter, node: Node | null | undefined): Range | undefined {
  if (!node || !node.range) return undefined;
  return offsetsToRange(lineCounter, node.range[0], node.range[1]);
}

export function findPair(map: YAMLMap, key: string): Pair | undefined {
  for (const item of map.items) {
    if (isPair(item) && isScalar(item.key) && String(item.key.value) === key) return item;
  }
  return undefined;
}

export interface PathTarget {
  node: Node | null | undefined;
  /** The pair whose value is `node`, when `node` is a mapping value. */
  pair?: Pair;
  /** The deepest node reached on the path (when the full path does not exist). */
  deepest: Node | null | undefined;
}

/** Walks an ajv-style instance path (`/objectives/0/title`) through the YAML node tree. */
export function nodeAtPath(root: Node | null | undefined, segments: string[]): PathTarget {
  let node: Node | null | undefined = root;
  let pair: Pair | undefined;
  for (const segment of segments) {
    if (isMap(node)) {
      const found = findPair(node, segment);
      if (!found) return { node: undefined, deepest: node };
      pair = found;
      node = found.value as Node | null;
    } else if (isSeq(node)) {
      const index = Number(segment);
      const item = node.items[index];
      if (item === undefined) return { node: undefined, deepest: node };
      pair = undefined;
      node = item as Node;
    } else {
      return { node: undefined, deepest: node };
    }
  }
  return { node, pair, deepest: node };
}
