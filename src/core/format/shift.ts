// Copies of source-tree nodes and model entities moved by an edit before them: offsets by the
// number of characters inserted, ranges by the number of lines. Copies, because a previous parse
// result may still be held by someone (a code action, an edit) and must not change under them.
import type { Range } from '../types';
import type { CheckIn, FieldRanges, Initiative, KeyResult, Milestone, Objective } from './model';
import type { PairNode, SourceNode } from './sourceTree';

/** A node `delta` characters further on. Trees from the fast path only: they have no anchors or aliases. */
export function shiftNode(node: SourceNode, delta: number): SourceNode {
  switch (node.kind) {
    case 'scalar':
      return { kind: 'scalar', value: node.value, style: node.style, start: node.start + delta, end: node.end + delta };
    case 'map':
      return { kind: 'map', flow: node.flow, pairs: node.pairs.map((pair) => shiftPair(pair, delta)), start: node.start + delta, end: node.end + delta };
    case 'seq':
      return { kind: 'seq', flow: node.flow, items: node.items.map((item) => shiftNode(item, delta)), start: node.start + delta, end: node.end + delta };
    case 'alias':
      // Only the `yaml` fallback reads aliases, and shifted trees come from the fast path alone.
      throw new Error('An alias cannot be shifted: its target would be left behind.');
  }
}

export function shiftPair(pair: PairNode, delta: number): PairNode {
  return { key: shiftNode(pair.key, delta), value: pair.value ? shiftNode(pair.value, delta) : null };
}

export function shiftObjective(objective: Objective, lines: number): Objective {
  return {
    ...objective,
    key_results: objective.key_results.map((kr) => shiftKeyResult(kr, lines)),
    initiatives: objective.initiatives.map((initiative): Initiative => ({ ...initiative, ranges: shiftRanges(initiative.ranges, lines) })),
    ranges: shiftRanges(objective.ranges, lines),
  };
}

function shiftKeyResult(kr: KeyResult, lines: number): KeyResult {
  const shifted: KeyResult = {
    ...kr,
    checkins: kr.checkins.map((checkin): CheckIn => ({ ...checkin, ranges: shiftRanges(checkin.ranges, lines) })),
    ranges: shiftRanges(kr.ranges, lines),
  };
  if (kr.milestones) shifted.milestones = kr.milestones.map((milestone): Milestone => ({ ...milestone, ranges: shiftRanges(milestone.ranges, lines) }));
  return shifted;
}

function shiftRanges(ranges: FieldRanges, lines: number): FieldRanges {
  return { node: shiftRange(ranges.node, lines), keys: shiftRecord(ranges.keys, lines), values: shiftRecord(ranges.values, lines) };
}

function shiftRecord(record: Record<string, Range>, lines: number): Record<string, Range> {
  const shifted: Record<string, Range> = {};
  for (const key in record) shifted[key] = shiftRange(record[key], lines);
  return shifted;
}

function shiftRange(range: Range, lines: number): Range {
  return {
    start: { line: range.start.line + lines, character: range.start.character },
    end: { line: range.end.line + lines, character: range.end.character },
  };
}
