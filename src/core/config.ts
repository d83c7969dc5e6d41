// The shared configuration: defaults, and merging a user-provided object (the workspace file
// `.okr-lens.json` or VS Code settings) over them. Bad input never throws: each bad value is
// skipped with a problem string that says what was expected, and the rest still applies.
import { RULES, ruleInfo } from './lint/rules';
import { editDistance } from './text/editDistance';
import type { SeveritySetting } from './types';

export interface OkrConfig {
  rules: Partial<Record<string, SeveritySetting>>;
  krCount: { min: number; max: number };
  objectiveCount: { team: number; company: number };
  tags: string[];
  checkinCadenceDays: number;
}

export const CONFIG_FILE_NAME = '.okr-lens.json';

export const DEFAULT_CONFIG: OkrConfig = {
  rules: {},
  krCount: { min: 2, max: 5 },
  objectiveCount: { team: 3, company: 5 },
  tags: ['TODO', 'FIXME', 'HACK', 'XXX', 'OKR'],
  checkinCadenceDays: 7,
};

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];
const KNOWN_KEYS = ['rules', 'krCount', 'objectiveCount', 'tags', 'checkinCadenceDays'];

export function mergeConfig(base: OkrConfig, override: unknown): { config: OkrConfig; problems: string[] } {
  const config: OkrConfig = {
    rules: { ...base.rules },
    krCount: { ...base.krCount },
    objectiveCount: { ...base.objectiveCount },
    tags: [...base.tags],
    checkinCadenceDays: base.checkinCadenceDays,
  };
  const problems: string[] = [];
  if (override === undefined || override === null) return { config, problems };
  if (!isRecord(override)) {
    problems.push(`The configuration must be a JSON object like { "rules": { "kr-no-owner": "off" } }, not ${describeValue(override)}.`);
    return { config, problems };
  }
  for (const [key, value] of Object.entries(override)) {
    if (key === '$schema') continue;
    switch (key) {
      case 'rules':
        mergeRules(config, value, problems);
        break;
      case 'krCount':
        mergeKrCount(config, value, problems);
        break;
      case 'objectiveCount':
        mergeObjectiveCount(config, value, problems);
        break;
      case 'tags':
        mergeTags(config, value, problems);
        break;
      case 'checkinCadenceDays':
        if (isWholeNumber(value, 1)) config.checkinCadenceDays = value;
        else problems.push(`"checkinCadenceDays" must be a whole number of days, 1 or more (got ${describeValue(value)}).`);
        break;
      default:
        problems.push(`Unknown setting "${key}"${suggestion(key, KNOWN_KEYS)}. Known settings: ${KNOWN_KEYS.join(', ')}.`);
    }
  }
  return { config, problems };
}

function mergeRules(config: OkrConfig, value: unknown, problems: string[]): void {
  if (!isRecord(value)) {
    problems.push(`"rules" must be an object mapping rule ids to "error", "warning", "info" or "off" (got ${describeValue(value)}).`);
    return;
  }
  for (const [id, setting] of Object.entries(value)) {
    if (!ruleInfo(id)) {
      const ids = RULES.map((rule) => rule.id);
      problems.push(`Unknown rule "${id}"${suggestion(id, ids)}. Rule ids are listed in the README under "Rules".`);
      continue;
    }
    if (typeof setting === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(setting)) {
      config.rules[id] = setting as SeveritySetting;
    } else {
      problems.push(`Rule "${id}" must be set to "error", "warning", "info" or "off" (got ${describeValue(setting)}).`);
    }
  }
}

function mergeKrCount(config: OkrConfig, value: unknown, problems: string[]): void {
  const counts = readCounts('krCount', value, ['min', 'max'], 0, problems);
  if (!counts) return;
  const min = counts.min ?? config.krCount.min;
  const max = counts.max ?? config.krCount.max;
  if (min > max) {
    problems.push(`"krCount.min" (${min}) must not be greater than "krCount.max" (${max}).`);
    return;
  }
  config.krCount = { min, max };
}

function mergeObjectiveCount(config: OkrConfig, value: unknown, problems: string[]): void {
  const counts = readCounts('objectiveCount', value, ['team', 'company'], 1, problems);
  if (!counts) return;
  config.objectiveCount = {
    team: counts.team ?? config.objectiveCount.team,
    company: counts.company ?? config.objectiveCount.company,
  };
}

/** Reads `{name: whole number ≥ minimum}` fields; invalid fields are reported and left out. */
function readCounts(
  setting: string,
  value: unknown,
  names: string[],
  minimum: number,
  problems: string[],
): Record<string, number | undefined> | undefined {
  if (!isRecord(value)) {
    problems.push(`"${setting}" must be an object like { "${names[0]}": 2, "${names[1]}": 5 } (got ${describeValue(value)}).`);
    return undefined;
  }
  const counts: Record<string, number | undefined> = {};
  for (const [name, count] of Object.entries(value)) {
    if (!names.includes(name)) {
      problems.push(`Unknown setting "${setting}.${name}"; expected ${names.map((n) => `"${n}"`).join(' and ')}.`);
    } else if (isWholeNumber(count, minimum)) {
      counts[name] = count;
    } else {
      problems.push(`"${setting}.${name}" must be a whole number, ${minimum} or more (got ${describeValue(count)}).`);
    }
  }
  return counts;
}

function mergeTags(config: OkrConfig, value: unknown, problems: string[]): void {
  const valid = Array.isArray(value) && value.length > 0 && value.every((tag) => typeof tag === 'string' && /^\S+$/.test(tag));
  if (valid) config.tags = [...(value as string[])];
  else problems.push(`"tags" must be a non-empty list of words like ["TODO", "OKR"] (got ${describeValue(value)}).`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWholeNumber(value: unknown, minimum: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= minimum;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return `${value as number | boolean | undefined | null}`;
  return 'an object';
}

/** ` (did you mean "kr-no-owner"?)` for a near miss, so typos are quick to fix. */
function suggestion(input: string, candidates: string[]): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(input.length / 4)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}
