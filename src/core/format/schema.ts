// JSON-schema validation (ajv, allErrors) with every error mapped to the exact YAML range:
// the offending value; for `required`, the mapping's first key; for `additionalProperties`, the key.
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import schemaJson from '../../../schemas/okr.schema.json';
import { editDistance } from '../text/editDistance';
import type { Finding, Range } from '../types';
import type { LineIndex } from './lineIndex';
import { decodePointer, findPair, MapNode, nodeAtPath, PairNode, SourceNode } from './sourceTree';

/** The published schema, for peers measured against it in `npm run bench`. @public */
export const OKR_SCHEMA = schemaJson;

let validators: { file: ValidateFunction } | undefined;

function getValidators(): { file: ValidateFunction } {
  if (!validators) {
    // strictNumbers: `.nan`, `.inf` and `1e400` (Infinity) are not numbers a KR can be measured with.
    const ajv = new Ajv({ allErrors: true, strict: false, strictNumbers: true, verbose: true });
    validators = { file: ajv.compile(schemaJson) };
  }
  return validators;
}

/** Validates `value` (the file as plain data) and maps each error onto `root`, the file's source tree. */
export function checkSchema(value: unknown, root: SourceNode, lines: LineIndex, file: string): Finding[] {
  const validate = getValidators().file;
  if (validate(value)) return [];
  const errors = collapseAlternatives(validate.errors ?? []);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const at = errorRange(error, root, lines);
    const message = errorMessage(error);
    const key = `${at.start.line}:${at.start.character}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ rule: 'schema', severity: 'error', message, file, range: at, data: { keyword: error.keyword } });
  }
  return findings;
}

/** For `oneOf`/`anyOf`, the branch errors are noise: keep one error with the schema's own message. */
function collapseAlternatives(errors: ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  if (alternatives.length === 0) return errors;
  return errors.filter((e) => {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') return true;
    return !alternatives.some(
      (alt) => e.schemaPath.startsWith(alt.schemaPath.replace(/\/(oneOf|anyOf)$/, '/$1/')) &&
        (e.instancePath === alt.instancePath || e.instancePath.startsWith(alt.instancePath + '/')),
    );
  });
}

function errorRange(error: ErrorObject, root: SourceNode, lines: LineIndex): Range {
  const rangeOf = (node: SourceNode | null | undefined) => (node ? lines.rangeOf(node.start, node.end) : undefined);
  const keyRange = (pair: PairNode) => rangeOf(pair.key) ?? rangeOf(pair.value);
  const segments = decodePointer(error.instancePath);
  const target = nodeAtPath(root, segments);
  const fallback = rangeOf(target.deepest) ?? rangeOf(root)!;
  if (error.keyword === 'additionalProperties' && target.node?.kind === 'map') {
    const pair = findPair(target.node, String((error.params as { additionalProperty: string }).additionalProperty));
    if (pair) return keyRange(pair) ?? fallback;
  }
  if (error.keyword === 'required' && target.node?.kind === 'map') {
    if (target.pair) return keyRange(target.pair) ?? fallback;
    return firstKeyRange(target.node, keyRange) ?? rangeOf(target.node) ?? fallback;
  }
  return rangeOf(target.node) ?? (target.pair ? keyRange(target.pair) : undefined) ?? fallback;
}

function firstKeyRange(map: MapNode, keyRange: (pair: PairNode) => Range | undefined): Range | undefined {
  const first = map.pairs[0];
  return first ? keyRange(first) : undefined;
}

function errorMessage(error: ErrorObject): string {
  const path = decodePointer(error.instancePath);
  const where = describePath(path);
  const params = error.params as Record<string, unknown>;
  const schema = error.parentSchema as { errorMessage?: string; enum?: unknown[] } | undefined;
  switch (error.keyword) {
    case 'oneOf':
    case 'anyOf':
      return schema?.errorMessage ?? `${where} does not match any of the allowed forms.`;
    case 'required':
      return `${where === 'The file' ? 'The file' : where} is missing the required property "${String(params.missingProperty)}".`;
    case 'additionalProperties':
      return `"${String(params.additionalProperty)}" is not a property of ${where === 'The file' ? 'an OKR file' : lowerFirst(where)}. ${suggest(String(params.additionalProperty), error)}`.trim();
    case 'type':
      if (typeof error.data === 'number') return `${where} is ${nonFiniteText(error.data)}, not a finite number: write a number such as 10 or 0.5.`;
      return `${where} must be ${article(String(params.type))}.`;
    case 'enum':
      return `${where} must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'const':
      return `${where} must be ${JSON.stringify(params.allowedValue)}.`;
    case 'pattern':
      return `${where} ${patternHint(path)}`;
    case 'minLength':
      return `${where} must not be empty.`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${where} ${error.message}.`;
    case 'uniqueItems':
      return `${where} lists the same id twice.`;
    default:
      return `${where} ${error.message ?? 'is not valid'}.`;
  }
}

function describePath(path: string[]): string {
  if (path.length === 0) return 'The file';
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (/^\d+$/.test(last)) {
    const names: Record<string, string> = {
      objectives: 'objective', key_results: 'key result', initiatives: 'initiative', checkins: 'check-in',
      milestones: 'milestone', aligns_to: 'aligns_to entry', depends_on: 'depends_on entry', serves: 'serves entry',
    };
    return `This ${names[parent] ?? 'item'}`;
  }
  return `"${last}"`;
}

function patternHint(path: string[]): string {
  const last = path[path.length - 1];
  if (last === 'date' || last === 'start' || last === 'end') return 'must be a date written YYYY-MM-DD.';
  if (last === 'id' && path.includes('key_results')) return 'must be an id like PLAT-1.1 (prefix, dash, numbers separated by dots).';
  if (last === 'id') return 'must be an id like PLAT-1 (letters, a dash and a number).';
  return 'must be an id like PLAT-1 or PLAT-1.2.';
}

const KNOWN_PROPERTIES = ['okr', 'team', 'period', 'parent', 'objectives', 'id', 'title', 'owner', 'description',
  'aligns_to', 'key_results', 'initiatives', 'type', 'unit', 'baseline', 'target', 'direction', 'weight', 'done',
  'milestones', 'checkins', 'depends_on', 'rollup', 'serves', 'date', 'value', 'confidence', 'note', 'start', 'end'];

function suggest(name: string, error: ErrorObject): string {
  const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
  const candidates = allowed.length ? allowed : KNOWN_PROPERTIES;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(name.toLowerCase(), candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best ? `Did you mean "${best}"?` : `Allowed: ${candidates.join(', ')}.`;
}

function article(type: string): string {
  const words = type.split(',').map((t) => (t === 'array' ? 'a list' : t === 'object' ? 'a mapping' : `a ${t}`));
  return words.join(' or ');
}

/** `.nan` reads as NaN; `.inf` and a literal too large for a double (1e400) as Infinity. */
function nonFiniteText(value: number): string {
  if (Number.isNaN(value)) return '.nan (not a number)';
  return value > 0 ? 'infinite (.inf, or too large for a number)' : 'minus infinity (-.inf, or too large for a number)';
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
