// The OKR model, built from the source tree with the range of every field. Lenient by design:
// wrong types become undefined or defaults here, and the schema check reports them.
import type { LineIndex } from './lineIndex';
import type { CheckIn, FieldRanges, Initiative, KeyResult, Milestone, Objective, OkrFile, Period } from './model';
import { parsePeriod } from './period';
import { keyName, MapNode, resolved, SourceNode, toValue } from './sourceTree';

export function buildModel(root: MapNode, lines: LineIndex, file: string): OkrFile {
  const top = new Fields(root, lines);
  const model: OkrFile = { file, objectives: [], ranges: top.ranges };
  const version = top.get('okr');
  if (typeof version === 'number') model.version = version;
  model.team = str(top.get('team'));
  model.parent = str(top.get('parent'));
  model.period = readPeriod(top.get('period'));
  eachMap(top.node('objectives'), (item, index) => model.objectives.push(buildObjective(item, lines, index)));
  return model;
}

function buildObjective(map: MapNode, lines: LineIndex, index: number): Objective {
  const f = new Fields(map, lines);
  const objective: Objective = {
    id: str(f.get('id')) ?? '',
    title: str(f.get('title')) ?? '',
    owner: str(f.get('owner')),
    description: str(f.get('description')),
    aligns_to: strings(f.get('aligns_to')),
    key_results: [],
    initiatives: [],
    index,
    ranges: f.ranges,
  };
  eachMap(f.node('key_results'), (item, i) => objective.key_results.push(buildKeyResult(item, lines, i)));
  eachMap(f.node('initiatives'), (item) => {
    const g = new Fields(item, lines);
    const initiative: Initiative = {
      title: str(g.get('title')) ?? '',
      owner: str(g.get('owner')),
      serves: strings(g.get('serves')),
      ranges: g.ranges,
    };
    objective.initiatives.push(initiative);
  });
  return objective;
}

/** A key result from its mapping; `index` is its place in the objective's `key_results`. */
export function buildKeyResult(map: MapNode, lines: LineIndex, index: number): KeyResult {
  const f = new Fields(map, lines);
  const weight = num(f.get('weight'));
  const direction = str(f.get('direction'));
  const kr: KeyResult = {
    id: str(f.get('id')) ?? '',
    title: str(f.get('title')) ?? '',
    owner: str(f.get('owner')),
    type: f.get('type') === 'milestone' ? 'milestone' : 'metric',
    unit: str(f.get('unit')),
    baseline: num(f.get('baseline')),
    target: num(f.get('target')),
    direction:
      direction === 'increase' || direction === 'decrease' || direction === 'at_least' || direction === 'at_most'
        ? direction
        : undefined,
    weight: weight !== undefined && weight > 0 ? weight : 1,
    done: typeof f.get('done') === 'boolean' ? (f.get('done') as boolean) : undefined,
    checkins: [],
    aligns_to: strings(f.get('aligns_to')),
    depends_on: strings(f.get('depends_on')),
    rollup: f.get('rollup') === 'children' ? 'children' : undefined,
    index,
    ranges: f.ranges,
  };
  // A list shared through an anchor (`checkins: *s`) reads as the list it stands for, as in any YAML reader.
  const milestones = resolved(f.node('milestones'));
  if (milestones?.kind === 'seq') {
    kr.milestones = [];
    eachMap(milestones, (item) => {
      const g = new Fields(item, lines);
      const w = num(g.get('weight'));
      const milestone: Milestone = {
        title: str(g.get('title')) ?? '',
        done: g.get('done') === true,
        weight: w !== undefined && w > 0 ? w : 1,
        ranges: g.ranges,
      };
      kr.milestones!.push(milestone);
    });
  }
  eachMap(resolved(f.node('checkins')), (item) => {
    const g = new Fields(item, lines);
    const value = g.get('value');
    const checkin: CheckIn = {
      date: dateString(g.get('date')) ?? '',
      value: typeof value === 'number' || typeof value === 'boolean' ? value : undefined,
      confidence: num(g.get('confidence')),
      note: str(g.get('note')),
      ranges: g.ranges,
    };
    kr.checkins.push(checkin);
  });
  return kr;
}

/**
 * Calls `build` for each mapping item of a sequence, with the item's index in the sequence.
 * Entities written as aliases are skipped: their ranges would point at someone else's text.
 */
function eachMap(list: SourceNode | null | undefined, build: (item: MapNode, index: number) => void): void {
  if (list?.kind !== 'seq') return;
  list.items.forEach((item, index) => {
    if (item.kind === 'map') build(item, index);
  });
}

/** One mapping's fields by key (the first of duplicate keys wins), with their ranges. */
class Fields {
  readonly ranges: FieldRanges;
  private readonly nodes = new Map<string, SourceNode | null>();

  constructor(map: MapNode, lines: LineIndex) {
    this.ranges = { node: lines.rangeOf(map.start, map.end), keys: {}, values: {} };
    for (const pair of map.pairs) {
      const key = keyName(pair);
      // Duplicate keys are reported by the parser; `__proto__` is no field and would replace the
      // prototype of `ranges.keys`.
      if (key === undefined || key === '__proto__' || this.nodes.has(key)) continue;
      this.nodes.set(key, pair.value);
      this.ranges.keys[key] = lines.rangeOf(pair.key.start, pair.key.end);
      if (pair.value) this.ranges.values[key] = lines.rangeOf(pair.value.start, pair.value.end);
    }
  }

  node(key: string): SourceNode | null | undefined {
    return this.nodes.get(key);
  }

  get(key: string): unknown {
    const node = this.nodes.get(key);
    return node?.kind === 'scalar' ? node.value : toValue(node);
  }
}

function readPeriod(value: unknown): Period | undefined {
  if (typeof value === 'string') return parsePeriod(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const start = dateString((value as Record<string, unknown>).start);
    const end = dateString((value as Record<string, unknown>).end);
    return parsePeriod({ start, end });
  }
  return undefined;
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return [value];
  return [];
}

function dateString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
