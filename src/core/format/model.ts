// The OKR model built from a `*.okr.yaml` file. Every entity keeps the source ranges of its fields
// so that rules, quick fixes and navigation can point at the exact key or value.
import type { Range } from '../types';

export type Direction = 'increase' | 'decrease' | 'at_least' | 'at_most';

/** Ranges of an entity's fields: `keys.title` is the `title:` key, `values.title` its value. */
export interface FieldRanges {
  /** The whole mapping of the entity (for a list item, from `id:` to its last value). */
  node: Range;
  keys: Record<string, Range>;
  values: Record<string, Range>;
}

export interface Period {
  /** As written: `2026-Q4` or `{start, end}`. */
  label: string;
  /** ISO dates `YYYY-MM-DD`, inclusive. Undefined when the period is missing or invalid. */
  start?: string;
  end?: string;
}

export interface CheckIn {
  date: string;
  value?: number | boolean;
  confidence?: number;
  note?: string;
  ranges: FieldRanges;
}

export interface Milestone {
  title: string;
  done: boolean;
  weight: number;
  ranges: FieldRanges;
}

export interface KeyResult {
  id: string;
  title: string;
  owner?: string;
  /** `metric` unless `type: milestone`. */
  type: 'metric' | 'milestone';
  unit?: string;
  baseline?: number;
  target?: number;
  /** As written; see `core/progress` for the inferred direction. */
  direction?: Direction;
  weight: number;
  done?: boolean;
  milestones?: Milestone[];
  checkins: CheckIn[];
  aligns_to: string[];
  depends_on: string[];
  rollup?: 'children';
  /** Index within the objective's `key_results`. */
  index: number;
  ranges: FieldRanges;
}

export interface Initiative {
  title: string;
  owner?: string;
  serves: string[];
  ranges: FieldRanges;
}

export interface Objective {
  id: string;
  title: string;
  owner?: string;
  description?: string;
  aligns_to: string[];
  key_results: KeyResult[];
  initiatives: Initiative[];
  index: number;
  ranges: FieldRanges;
}

export interface OkrFile {
  /** The path or URI string the file was parsed with. */
  file: string;
  version?: number;
  team?: string;
  period?: Period;
  parent?: string;
  objectives: Objective[];
  ranges: FieldRanges;
}
