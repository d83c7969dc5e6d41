// Offsets in a `yaml` Document (kept by the parser for its fallback path) as ranges.
import type { LineCounter } from 'yaml';
import type { Range } from '../types';

export function offsetsToRange(lineCounter: LineCounter, start: number, end: number): Range {
  const s = lineCounter.linePos(start);
  const e = lineCounter.linePos(Math.max(start, end));
  return { start: { line: s.line - 1, character: s.col - 1 }, end: { line: e.line - 1, character: e.col - 1 } };
}
