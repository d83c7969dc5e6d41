// The lint entry points: every per-file rule over one parsed file, the cross-file rules over the
// workspace, and the configured severities applied to all of them (parse and schema findings too).
import { buildCascade, Cascade, findingsForCascade } from '../cascade';
import type { OkrConfig } from '../config';
import type { ParsedOkrFile } from '../format/parse';
import type { Finding, SeveritySetting } from '../types';
import { checkinDateRules, periodInvalidRule } from './checkins';
import type { FileContext, FileRule } from './context';
import { duplicateIdFindings } from './duplicates';
import { noTargetRule, notAmbitiousRule, vagueRule } from './measurability';
import { krCountRule, noOwnerRule, objectiveCountRule, objectiveHasMetricRule } from './structure';
import { taskLikeRule } from './taskLike';

export { RULES } from './rules';

const FILE_RULES: FileRule[] = [
  periodInvalidRule,
  objectiveCountRule,
  objectiveHasMetricRule,
  krCountRule,
  taskLikeRule,
  vagueRule,
  noTargetRule,
  notAmbitiousRule,
  noOwnerRule,
  checkinDateRules,
];

/**
 * The complete findings for one file: its parse and schema findings plus every per-file rule,
 * at the configured severities, in document order. `today` (YYYY-MM-DD) enables the calendar
 * part of `kr-not-ambitious`. Cross-file rules (`duplicate-id`) come from `lintWorkspace`.
 */
export function lintFile(parsed: ParsedOkrFile, config: OkrConfig, today?: string): Finding[] {
  const findings = [...parsed.findings];
  // A stale model is the last good state of a file that does not parse now: its ranges do not
  // match the text, so only the parse findings speak.
  if (parsed.model && !parsed.stale) {
    const context: FileContext = {
      parsed,
      model: parsed.model,
      config,
      today,
      isEnabled: (rule) => config.rules[rule] !== 'off',
    };
    for (const rule of FILE_RULES) findings.push(...rule(context));
  }
  return inDocumentOrder(applySeverities(findings, config));
}

/**
 * Cross-file findings (`duplicate-id` and the cascade rules) over every parsed OKR file of the
 * workspace. Pass the cascade when the caller already built one for its views.
 */
export function lintWorkspace(files: ParsedOkrFile[], config: OkrConfig, cascade: Cascade = buildCascade(files)): Finding[] {
  return applySeverities([...duplicateIdFindings(files), ...findingsForCascade(cascade)], config);
}

/** Drops findings of rules configured 'off' and gives the rest their configured severity. */
export function applySeverities(findings: readonly Finding[], config: OkrConfig): Finding[] {
  const result: Finding[] = [];
  for (const found of findings) {
    const setting: SeveritySetting | undefined = config.rules[found.rule];
    if (setting === 'off') continue;
    result.push(setting ? { ...found, severity: setting } : found);
  }
  return result;
}

function inDocumentOrder(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
