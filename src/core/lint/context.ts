// What a per-file rule sees, and the helpers every rule uses to build its findings.
import type { OkrConfig } from '../config';
import type { FieldRanges, KeyResult, Objective, OkrFile } from '../format/model';
import type { ParsedOkrFile } from '../format/parse';
import type { Finding, Range } from '../types';
import { ruleInfo } from './rules';

export interface FileContext {
  parsed: ParsedOkrFile;
  model: OkrFile;
  config: OkrConfig;
  /** ISO date; rules that depend on the calendar are skipped without it. */
  today?: string;
  /** False when the configuration turns the rule off; lets a rule avoid repeating another's advice. */
  isEnabled(rule: string): boolean;
}

export type FileRule = (context: FileContext) => Finding[];

/** A finding at the rule's default severity; `lintFile` applies the configured one afterwards. */
export function finding(
  context: FileContext,
  rule: string,
  message: string,
  range: Range,
  data?: Record<string, unknown>,
): Finding {
  const severity = ruleInfo(rule)?.defaultSeverity ?? 'warning';
  return { rule, severity, message, file: context.parsed.file, range, ...(data ? { data } : {}) };
}

/** The range of the first of `keys` whose value is present, else the whole entity. */
export function valueRange(ranges: FieldRanges, ...keys: string[]): Range {
  for (const key of keys) {
    const found = ranges.values[key];
    if (found) return found;
  }
  return ranges.node;
}

export function krData(objective: Objective, kr: KeyResult): Record<string, unknown> {
  return { krId: kr.id, objectiveId: objective.id };
}

/** How a KR is named in a message: its title in quotes, or its id when it has no title. */
export function krLabel(kr: KeyResult): string {
  return kr.title ? `“${kr.title}”` : `Key result ${kr.id || `#${kr.index + 1}`}`;
}

export function eachKeyResult(model: OkrFile, visit: (objective: Objective, kr: KeyResult) => void): void {
  for (const objective of model.objectives) {
    for (const kr of objective.key_results) visit(objective, kr);
  }
}
