// Parses a `*.okr.yaml` text into the model with source ranges, and reports syntax, resource-limit
// and schema problems as findings. Never throws: bad input becomes a finding.
import { Document, isMap, isPair, isScalar, isSeq, LineCounter, Node, parseDocument, YAMLMap } from 'yaml';
import { Finding, Range, range as mkRange } from '../types';
import type { CheckIn, FieldRanges, Initiative, KeyResult, Milestone, Objective, OkrFile, Period } from './model';
import { checkSchema } from './schema';
import { nodeRange, offsetsToRange } from './yamlRanges';
import { parsePeriod } from './period';

export interface ParseOptions {
  /** Files larger than this many bytes are not parsed (default 5 MiB). */
  maxBytes?: number;
  /** More YAML aliases than this are treated as an alias bomb (default 1000). */
  maxAliasCount?: number;
}

export interface ParsedOkrFile {
  file: string;
  text: string;
  /** Undefined when the file could not be read as YAML at all (too large, alias bomb, not a mapping). */
  model?: OkrFile;
  findings: Finding[];
  document?: Document.Parsed;
  lineCounter: LineCounter;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export function parseOkrText(text: string, file: string, options: ParseOptions = {}): ParsedOkrFile {
  const lineCounter = new LineCounter();
  const result: ParsedOkrFile = { file, text, findings: [], lineCounter };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const finding = (rule: string, message: string, at: Range = mkRange(0, 0, 0, 0)): Finding => ({
    rule,
    severity: 'error',
    message,
    file,
    range: at,
  });

  // Length in UTF-16 units is a cheap lower bound on the byte size; avoid encoding huge strings.
  const bytes = text.length > maxBytes ? text.length : Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) return oversizedFile(file, bytes, maxBytes);
  if (text.includes('\uFFFD')) {
    const offset = text.indexOf('\uFFFD');
    result.findings.push({
      ...finding('encoding', 'This file is not valid UTF-8 (the bytes here could not be decoded). Save it as UTF-8.'),
      range: offsetsToRange(lineCounterFor(text), offset, offset + 1),
    });
  }
  if (text.trim() === '') {
    result.findings.push(
      finding('schema', 'This OKR file is empty. Start with `okr: 1`, a `period:` and a list of `objectives:`.'),
    );
    return result;
  }

  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (error) {
    result.findings.push(finding('yaml-syntax', `The YAML parser gave up on this file: ${describe(error)}`));
    return result;
  }
  result.document = doc;
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      // The parser points at the key's first character; widen the range to the whole key.
      const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(error.pos[0], error.pos[0] + 500))![1].trimEnd();
      const name = key.replace(/^["']|["']$/g, '');
      result.findings.push(
        finding(
          'duplicate-key',
          `The key "${name}" appears twice in this mapping; YAML keeps only one of them. Remove or rename the other.`,
          offsetsToRange(lineCounter, error.pos[0], error.pos[0] + Math.max(1, key.length)),
        ),
      );
    } else {
      result.findings.push(finding('yaml-syntax', firstLine(error.message), offsetsToRange(lineCounter, error.pos[0], error.pos[1])));
    }
  }
  for (const warning of doc.warnings) {
    result.findings.push({
      ...finding('yaml-syntax', firstLine(warning.message), offsetsToRange(lineCounter, warning.pos[0], warning.pos[1])),
      severity: 'warning',
    });
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 1000 });
  } catch (error) {
    const isBomb = error instanceof ReferenceError && /alias/i.test(String(error.message));
    result.findings.push(
      finding(
        isBomb ? 'yaml-aliases' : 'yaml-syntax',
        isBomb
          ? 'This file expands YAML aliases (*name) too many times, as an "alias bomb" would, so it was not checked.'
          : `This YAML could not be read: ${describe(error)}`,
      ),
    );
    return result;
  }

  const root = doc.contents as Node | null;
  if (!isMap(root)) {
    if (doc.errors.length === 0) {
      result.findings.push(
        finding(
          'schema',
          'An OKR file must be a mapping with `okr: 1`, `period:` and `objectives:` at the top level.',
          nodeRange(lineCounter, root) ?? mkRange(0, 0, 0, 0),
        ),
      );
    }
    return result;
  }

  if (doc.errors.length === 0) {
    result.findings.push(...checkSchema(value, root, lineCounter, file));
  }
  try {
    result.model = buildModel(root, lineCounter, file);
  } catch (error) {
    // Structures too deep for recursion: keep the findings, drop the model.
    result.findings.push(finding('yaml-syntax', `The file's structure could not be read: ${describe(error)}`));
  }
  return result;
}

/** The result for a file too large to read: callers that can stat first need not load it at all. */
export function oversizedFile(file: string, bytes: number, maxBytes = DEFAULT_MAX_BYTES): ParsedOkrFile {
  return {
    file,
    text: '',
    lineCounter: new LineCounter(),
    findings: [
      {
        rule: 'file-too-large',
        severity: 'error',
        message:
          `This OKR file is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} limit, so it was not checked. ` +
          'Split it into one file per team, or raise `okr.maxFileSizeMB`.',
        file,
        range: mkRange(0, 0, 0, 0),
      },
    ],
  };
}

function buildModel(root: YAMLMap, lc: LineCounter, file: string): OkrFile {
  const top = fields(root, lc);
  const model: OkrFile = { file, objectives: [], ranges: top.ranges };
  const version = top.get('okr');
  if (typeof version === 'number') model.version = version;
  model.team = str(top.get('team'));
  model.parent = str(top.get('parent'));
  model.period = readPeriod(top.get('period'));
  const objectives = top.node('objectives');
  if (isSeq(objectives)) {
    objectives.items.forEach((item, index) => {
      if (isMap(item)) model.objectives.push(buildObjective(item, lc, index));
    });
  }
  return model;
}

function buildObjective(map: YAMLMap, lc: LineCounter, index: number): Objective {
  const f = fields(map, lc);
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
  const krs = f.node('key_results');
  if (isSeq(krs)) {
    krs.items.forEach((item, i) => {
      if (isMap(item)) objective.key_results.push(buildKeyResult(item, lc, i));
    });
  }
  const initiatives = f.node('initiatives');
  if (isSeq(initiatives)) {
    for (const item of initiatives.items) {
      if (!isMap(item)) continue;
      const g = fields(item, lc);
      const initiative: Initiative = {
        title: str(g.get('title')) ?? '',
        owner: str(g.get('owner')),
        serves: strings(g.get('serves')),
        ranges: g.ranges,
      };
      objective.initiatives.push(initiative);
    }
  }
  return objective;
}

function buildKeyResult(map: YAMLMap, lc: LineCounter, index: number): KeyResult {
  const f = fields(map, lc);
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
  const milestones = f.node('milestones');
  if (isSeq(milestones)) {
    kr.milestones = [];
    for (const item of milestones.items) {
      if (!isMap(item)) continue;
      const g = fields(item, lc);
      const w = num(g.get('weight'));
      const milestone: Milestone = {
        title: str(g.get('title')) ?? '',
        done: g.get('done') === true,
        weight: w !== undefined && w > 0 ? w : 1,
        ranges: g.ranges,
      };
      kr.milestones.push(milestone);
    }
  }
  const checkins = f.node('checkins');
  if (isSeq(checkins)) {
    for (const item of checkins.items) {
      if (!isMap(item)) continue;
      const g = fields(item, lc);
      const value = g.get('value');
      const checkin: CheckIn = {
        date: dateString(g.get('date')) ?? '',
        value: typeof value === 'number' || typeof value === 'boolean' ? value : undefined,
        confidence: num(g.get('confidence')),
        note: str(g.get('note')),
        ranges: g.ranges,
      };
      kr.checkins.push(checkin);
    }
  }
  return kr;
}

interface Fields {
  ranges: FieldRanges;
  get(key: string): unknown;
  node(key: string): Node | null | undefined;
}

function fields(map: YAMLMap, lc: LineCounter): Fields {
  const ranges: FieldRanges = { node: nodeRange(lc, map) ?? mkRange(0, 0, 0, 0), keys: {}, values: {} };
  const nodes = new Map<string, Node | null>();
  for (const item of map.items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const key = String(item.key.value);
    if (nodes.has(key)) continue; // duplicate keys are reported by the parser; the first one wins
    nodes.set(key, item.value as Node | null);
    const keyRange = nodeRange(lc, item.key);
    if (keyRange) ranges.keys[key] = keyRange;
    const valueRange = nodeRange(lc, item.value as Node);
    if (valueRange) ranges.values[key] = valueRange;
  }
  return {
    ranges,
    node: (key) => nodes.get(key),
    get(key) {
      const node = nodes.get(key);
      if (node === undefined || node === null) return undefined;
      if (isScalar(node)) return node.value;
      return node.toJSON();
    },
  };
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
  if (typeof value === 'string') return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function describe(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply.';
  return error instanceof Error ? error.message : String(error);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function lineCounterFor(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lc.addNewLine(i + 1);
  return lc;
}
