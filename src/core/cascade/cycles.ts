// Cycle detection over "id → ids" graphs (aligns_to, depends_on): Tarjan's strongly connected
// components, written with an explicit stack so a chain of 1,000+ links cannot overflow.

export type Edges = ReadonlyMap<string, readonly string[]>;

/**
 * Every cycle's members: components with more than one node, or one node pointing at itself.
 * Members are in discovery order; use `cyclePath` for a readable loop through them.
 */
export function findCycles(edges: Edges): string[][] {
  let counter = 0;
  const indexOf = new Map<string, number>();
  const lowOf = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];

  for (const start of edges.keys()) {
    if (indexOf.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    indexOf.set(start, counter);
    lowOf.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = edges.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++];
        if (!indexOf.has(target)) {
          indexOf.set(target, counter);
          lowOf.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          lowOf.set(frame.node, Math.min(lowOf.get(frame.node)!, indexOf.get(target)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        lowOf.set(parent, Math.min(lowOf.get(parent)!, lowOf.get(frame.node)!));
      }
      if (lowOf.get(frame.node) === indexOf.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && targets.includes(frame.node);
        if (component.length > 1 || selfLoop) cycles.push(component.reverse());
      }
    }
  }
  return cycles;
}

/** The shortest loop from `start` back to itself inside its cycle: `[A, B, C, A]`. */
export function cyclePath(edges: Edges, members: readonly string[], start: string): string[] {
  const inCycle = new Set(members);
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    for (const target of edges.get(node) ?? []) {
      if (!inCycle.has(target)) continue;
      if (target === start) return [...pathTo(cameFrom, node, start), start];
      if (cameFrom.has(target)) continue;
      cameFrom.set(target, node);
      queue.push(target);
    }
  }
  return [start];
}

/** Where a member sits on a loop shared by the members along it: no copy of the loop per member. */
export interface LoopPosition {
  /** The loop's nodes once each, in order; the loop closes from the last back to the first. */
  loop: readonly string[];
  at: number;
}

/**
 * Each member's place on a loop: every member on the first member's shortest loop shares that one
 * loop array; members off it get their own. One search per loop, not per member, and no rotated
 * copies, so a ring of 20,000 costs 20,000 entries, not 20,000 squared.
 */
export function loopsThrough(edges: Edges, members: readonly string[]): Map<string, LoopPosition> {
  const loops = new Map<string, LoopPosition>();
  for (const member of members) {
    if (loops.has(member)) continue;
    const loop = cyclePath(edges, members, member).slice(0, -1);
    loop.forEach((node, at) => {
      if (!loops.has(node)) loops.set(node, { loop, at });
    });
  }
  return loops;
}

/** The first `count` nodes of the loop walked from the member's place, closing back to it: `[B, C, A, B]`. */
export function loopFrom(position: LoopPosition, count: number): string[] {
  const { loop, at } = position;
  const nodes: string[] = [];
  for (let i = 0; i <= loop.length && nodes.length < count; i++) nodes.push(loop[(at + i) % loop.length]);
  return nodes;
}

function pathTo(cameFrom: Map<string, string>, node: string, start: string): string[] {
  const path = [node];
  while (path[path.length - 1] !== start) path.push(cameFrom.get(path[path.length - 1])!);
  return path.reverse();
}
