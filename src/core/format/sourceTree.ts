// A YAML document as OKR Lens reads it: mappings, sequences and scalars with the string offsets
// where each starts and ends. Both parsers (the fast js-yaml one and the `yaml` fallback) produce
// this tree, so the model, the schema check and the edits see one shape whichever parser ran.
//
// Offsets: `start` is a node's first character; `end` is just after its content, without the
// trailing comment or line break. A block collection ends where its last value ends; a flow
// collection after its closing bracket; a block scalar (`|`, `>`) after the line break of its last
// non-blank line, or with `+` chomping after the blank lines it keeps. An empty value (`key:`)
// is a null scalar with `start === end` just past the spaces after its indicator.

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

interface NodeBase {
  start: number;
  end: number;
  /** `&name` written on the node (only the `yaml` fallback reads files with anchors). */
  anchor?: string;
}

export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  /** Resolved as the YAML 1.2 core schema resolves it: plain `10` is a number, `"10"` a string. */
  value: string | number | boolean | null;
  style: ScalarStyle;
}

export interface PairNode {
  key: SourceNode;
  /** Null when the pair has no value node at all (`{a}`); `a:` has an empty null scalar. */
  value: SourceNode | null;
}

export interface MapNode extends NodeBase {
  kind: 'map';
  flow: boolean;
  pairs: PairNode[];
}

export interface SeqNode extends NodeBase {
  kind: 'seq';
  flow: boolean;
  items: SourceNode[];
}

export interface AliasNode extends NodeBase {
  kind: 'alias';
  /** The anchor's name, without `*`. */
  name: string;
  /** The node the alias stands for, when its anchor was found. */
  target?: SourceNode;
}

export type SourceNode = ScalarNode | MapNode | SeqNode | AliasNode;

/** The key of a pair as the model names it: a scalar key's value as text. */
export function keyName(pair: PairNode): string | undefined {
  return pair.key.kind === 'scalar' ? String(pair.key.value) : undefined;
}

export function findPair(map: MapNode, key: string): PairNode | undefined {
  for (const pair of map.pairs) if (keyName(pair) === key) return pair;
  return undefined;
}

/** Follows an alias to the node it stands for. */
export function resolved(node: SourceNode | null | undefined): SourceNode | undefined {
  if (node?.kind !== 'alias') return node ?? undefined;
  const seen = new Set<SourceNode>();
  let current: SourceNode | undefined = node;
  while (current?.kind === 'alias' && !seen.has(current)) {
    seen.add(current);
    current = current.target;
  }
  return current?.kind === 'alias' ? undefined : current;
}

export interface PathTarget {
  node: SourceNode | null | undefined;
  /** The pair whose value is `node`, when `node` is a mapping value. */
  pair?: PairNode;
  /** The deepest node reached on the path (when the full path does not exist). */
  deepest: SourceNode | null | undefined;
}

/** Walks a JSON-pointer-like path (`['objectives', '0', 'title']`) through the tree. */
export function nodeAtPath(root: SourceNode | null | undefined, segments: string[]): PathTarget {
  let node: SourceNode | null | undefined = root;
  let pair: PairNode | undefined;
  for (const segment of segments) {
    if (node?.kind === 'map') {
      const found = findPair(node, segment);
      if (!found) return { node: undefined, deepest: node };
      pair = found;
      node = found.value;
    } else if (node?.kind === 'seq') {
      const item = node.items[Number(segment)];
      if (item === undefined) return { node: undefined, deepest: node };
      pair = undefined;
      node = item;
    } else {
      return { node: undefined, deepest: node };
    }
  }
  return { node, pair, deepest: node };
}

/** The plain data a node stands for, with aliases followed (a cycle reads as undefined). */
export function toValue(node: SourceNode | null | undefined, following: Set<SourceNode> = new Set()): unknown {
  if (!node) return undefined;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map((item) => toValue(item, following));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const pair of node.pairs) {
        const key = pair.key.kind === 'scalar' ? pair.key.value : toValue(pair.key, following);
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a mapping or sequence as a key reads as js-yaml reads it
        out[key === null ? '' : String(key)] = pair.value ? toValue(pair.value, following) : null;
      }
      return out;
    }
    case 'alias': {
      if (!node.target || following.has(node)) return undefined;
      following.add(node);
      const value = toValue(node.target, following);
      following.delete(node);
      return value;
    }
  }
}

/** Calls `visit` on every node, parents first; `false` skips a node's children. Aliases are not followed. */
export function eachNode(node: SourceNode | null | undefined, visit: (node: SourceNode) => boolean | void): void {
  if (!node || visit(node) === false) return;
  if (node.kind === 'map') {
    for (const pair of node.pairs) {
      eachNode(pair.key, visit);
      eachNode(pair.value, visit);
    }
  } else if (node.kind === 'seq') {
    for (const item of node.items) eachNode(item, visit);
  }
}

/** The segments of a JSON pointer (`/objectives/0/title`), as ajv reports instance paths. */
export function decodePointer(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
