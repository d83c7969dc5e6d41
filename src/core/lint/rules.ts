// The catalogue of every rule id the core reports, with its default severity. The ids are stable:
// they appear in configuration files, diagnostics and the docs (`README.md#<rule-id>`).
import { CASCADE_RULES } from '../cascade/findings';
import type { Severity } from '../types';

export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  summary: string;
}

export const RULES: RuleInfo[] = [
  { id: 'yaml-syntax', defaultSeverity: 'error', summary: 'The file is not valid YAML.' },
  { id: 'duplicate-key', defaultSeverity: 'error', summary: 'A key appears twice in the same mapping.' },
  { id: 'yaml-aliases', defaultSeverity: 'error', summary: 'The file expands too many YAML aliases.' },
  { id: 'file-too-large', defaultSeverity: 'error', summary: 'The file is too large to check.' },
  { id: 'file-unreadable', defaultSeverity: 'error', summary: 'The file could not be read, or was skipped: a link out of the repository, a device, FIFO or socket.' },
  { id: 'encoding', defaultSeverity: 'error', summary: 'The file is not valid UTF-8.' },
  { id: 'schema', defaultSeverity: 'error', summary: 'The file does not follow the OKR file format.' },
  { id: 'duplicate-id', defaultSeverity: 'error', summary: 'An objective or key result id is defined twice.' },
  { id: 'period-invalid', defaultSeverity: 'error', summary: 'The period has an impossible date or starts after it ends.' },
  { id: 'checkin-invalid-date', defaultSeverity: 'error', summary: 'A check-in date is not a real calendar date.' },
  { id: 'kr-task-like', defaultSeverity: 'warning', summary: 'A key result reads like a task, not a measurable outcome.' },
  { id: 'kr-vague', defaultSeverity: 'warning', summary: 'A key result says "improve" or "more" without any number.' },
  { id: 'kr-no-target', defaultSeverity: 'warning', summary: 'A metric key result lacks a baseline or target, or they are equal.' },
  { id: 'objective-has-metric', defaultSeverity: 'warning', summary: 'An objective title carries numbers that belong in its key results.' },
  { id: 'kr-count', defaultSeverity: 'warning', summary: 'An objective has too few or too many key results.' },
  { id: 'objective-count', defaultSeverity: 'warning', summary: 'A file has too many objectives for its level.' },
  { id: 'checkin-out-of-order', defaultSeverity: 'warning', summary: 'A check-in is dated before the one above it.' },
  { id: 'checkin-outside-period', defaultSeverity: 'warning', summary: 'A check-in is dated outside the period.' },
  { id: 'kr-not-ambitious', defaultSeverity: 'info', summary: 'A target is no better than its baseline, or every target is met early.' },
  { id: 'kr-no-owner', defaultSeverity: 'info', summary: 'A key result has no owner.' },
  { id: 'unknown-kr-reference', defaultSeverity: 'warning', summary: 'Code refers to an objective or key result id that no OKR file defines.' },
  ...CASCADE_RULES,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleInfo(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}
