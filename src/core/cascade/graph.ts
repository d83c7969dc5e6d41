// The alignment graph as a standalone SVG goal tree: each objective sits under what it aligns to,
// each KR under its objective; other alignment links are dashed. Styling is by class only (no
// inline styles, so a webview's strict CSP needs nothing extra): `node status-<status>
// kind-<objective|kr>`, `edge`, `edge alignment`. Every node has `data-id` for click handling.
import type { Status } from '../progress';
import type { Cascade, CascadeNode } from './model';

const NODE_WIDTH = 200;
const NODE_HEIGHT = 44;
const GAP_X = 20;
const GAP_Y = 56;
const MARGIN = 10;
const TITLE_CHARS = 30;

interface Placed {
  node: CascadeNode;
  parent?: Placed;
  children: Placed[];
  depth: number;
  x: number;
}

/** CSS for the graph's classes, in VS Code theme colours; a webview can put it in its stylesheet. */
export const ALIGNMENT_GRAPH_CSS = `
.okr-alignment-graph .node rect { fill: var(--vscode-editorWidget-background); stroke: var(--vscode-editorWidget-border, #888); stroke-width: 1.5; }
.okr-alignment-graph .node text { fill: var(--vscode-foreground); font: 12px var(--vscode-font-family); }
.okr-alignment-graph .node .id { font-weight: bold; }
.okr-alignment-graph .node { cursor: pointer; }
.okr-alignment-graph .status-on-track rect, .okr-alignment-graph .status-done rect { stroke: var(--vscode-charts-green); }
.okr-alignment-graph .status-at-risk rect { stroke: var(--vscode-charts-yellow); }
.okr-alignment-graph .status-off-track rect { stroke: var(--vscode-charts-red); }
.okr-alignment-graph .edge { fill: none; stroke: var(--vscode-editorWidget-border, #888); }
.okr-alignment-graph .edge.alignment { stroke-dasharray: 4 3; }
`;

export function renderAlignmentGraph(cascade: Cascade, statusOf: (id: string) => Status | undefined): string {
  const { roots, placedById } = placeNodes(cascade);
  const slots = layout(roots);
  const width = Math.max(1, slots) * (NODE_WIDTH + GAP_X) - GAP_X + 2 * MARGIN;
  let maxDepth = 0;
  for (const placed of placedById.values()) maxDepth = Math.max(maxDepth, placed.depth);
  const height = placedById.size === 0 ? 2 * MARGIN : (maxDepth + 1) * (NODE_HEIGHT + GAP_Y) - GAP_Y + 2 * MARGIN;

  const edges: string[] = [];
  const boxes: string[] = [];
  for (const placed of placedById.values()) {
    if (placed.parent) edges.push(edgePath(placed.parent, placed, 'edge'));
    for (const target of new Set(placed.node.alignsTo)) {
      const to = placedById.get(target);
      // The link that placed this node is already drawn as the solid tree edge.
      if (to && to !== placed && to !== placed.parent) edges.push(edgePath(to, placed, 'edge alignment'));
    }
    boxes.push(renderNode(placed, statusOf(placed.node.id)));
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="okr-alignment-graph" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" role="img" aria-label="OKR alignment graph">` +
    `<g class="edges">${edges.join('')}</g><g class="nodes">${boxes.join('')}</g></svg>`
  );
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Builds the placement tree; a loop of "placed under" links is cut, its entry becoming a root. */
function placeNodes(cascade: Cascade): { roots: Placed[]; placedById: Map<string, Placed> } {
  const placedById = new Map<string, Placed>();
  // Top levels of the cascade first, so roots read company → department → team from the left.
  const fileRank = new Map(
    [...cascade.files]
      .sort((a, b) => a.level - b.level || (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0))
      .map((file, rank) => [file, rank]),
  );
  const firstDefinitions = cascade.allNodes.filter((node) => node.id && cascade.nodes.get(node.id) === node);
  firstDefinitions.sort((a, b) => fileRank.get(a.file)! - fileRank.get(b.file)!); // stable: file order within a file
  for (const node of firstDefinitions) placedById.set(node.id, { node, children: [], depth: 0, x: 0 });
  const placementParent = new Map<Placed, Placed>();
  for (const placed of placedById.values()) {
    const parent = placementParentOf(placed.node, placedById);
    if (parent && parent !== placed) placementParent.set(placed, parent);
  }
  cutLoops(placementParent);
  const roots: Placed[] = [];
  for (const placed of placedById.values()) {
    const parent = placementParent.get(placed);
    if (parent) {
      placed.parent = parent;
      parent.children.push(placed);
    } else {
      roots.push(placed);
    }
  }
  return { roots, placedById };
}

function placementParentOf(node: CascadeNode, placedById: Map<string, Placed>): Placed | undefined {
  if (node.keyResult) return placedById.get(node.objective.id);
  const ownKrs = new Set(node.objective.key_results.map((kr) => kr.id));
  const candidates = [...node.alignsTo, ...node.objective.key_results.flatMap((kr) => kr.aligns_to)];
  const target = candidates.find((id) => id !== node.id && !ownKrs.has(id) && placedById.has(id));
  return target === undefined ? undefined : placedById.get(target);
}

function cutLoops(parentOf: Map<Placed, Placed>): void {
  const settled = new Set<Placed>();
  for (const start of [...parentOf.keys()]) {
    const chain = new Set<Placed>();
    let current: Placed | undefined = start;
    while (current && !settled.has(current) && !chain.has(current)) {
      chain.add(current);
      current = parentOf.get(current);
    }
    if (current && chain.has(current)) parentOf.delete(current);
    for (const placed of chain) settled.add(placed);
  }
}

/** Depths top-down, then x bottom-up (leaves take the next free slot, parents centre over children). Returns the slot count. */
function layout(roots: Placed[]): number {
  const queue = [...roots];
  for (let i = 0; i < queue.length; i++) {
    for (const child of queue[i].children) {
      child.depth = queue[i].depth + 1;
      queue.push(child);
    }
  }
  let nextSlot = 0;
  const stack: { placed: Placed; visited: boolean }[] = roots.map((placed) => ({ placed, visited: false })).reverse();
  while (stack.length > 0) {
    const top = stack.pop()!;
    const { placed } = top;
    if (placed.children.length === 0) {
      placed.x = nextSlot++;
    } else if (top.visited) {
      placed.x = (placed.children[0].x + placed.children[placed.children.length - 1].x) / 2;
    } else {
      stack.push({ placed, visited: true });
      for (let i = placed.children.length - 1; i >= 0; i--) stack.push({ placed: placed.children[i], visited: false });
    }
  }
  return nextSlot;
}

function renderNode(placed: Placed, status: Status | undefined): string {
  const { node } = placed;
  const { left, top } = position(placed);
  const title = node.title.length > TITLE_CHARS ? `${node.title.slice(0, TITLE_CHARS - 1)}…` : node.title;
  const tooltip = `${node.id} — ${node.title}${status ? ` · ${status}` : ''} · ${node.file.displayPath}`;
  return (
    `<g class="node kind-${node.kind === 'kr' ? 'kr' : 'objective'} status-${status ?? 'none'}" data-id="${escapeXml(node.id)}" ` +
    `tabindex="0" transform="translate(${left},${top})">` +
    `<title>${escapeXml(tooltip)}</title>` +
    `<rect width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="6"/>` +
    `<text class="id" x="8" y="17">${escapeXml(node.id)}</text>` +
    `<text class="title" x="8" y="34">${escapeXml(title)}</text></g>`
  );
}

function edgePath(from: Placed, to: Placed, className: string): string {
  const a = position(from);
  const b = position(to);
  const x1 = a.left + NODE_WIDTH / 2;
  const y1 = a.top + NODE_HEIGHT;
  const x2 = b.left + NODE_WIDTH / 2;
  const y2 = b.top;
  const middle = (y1 + y2) / 2;
  return `<path class="${className}" d="M${x1} ${y1} C${x1} ${middle} ${x2} ${middle} ${x2} ${y2}"/>`;
}

function position(placed: Placed): { left: number; top: number } {
  return { left: MARGIN + placed.x * (NODE_WIDTH + GAP_X), top: MARGIN + placed.depth * (NODE_HEIGHT + GAP_Y) };
}
