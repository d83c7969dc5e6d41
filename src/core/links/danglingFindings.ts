// Dangling references in code (`TODO(PLAT-9.9)` when no PLAT-9.9 exists) as findings of the code
// file, rule `unknown-kr-reference`: one wording for `okr lint` and the Problems panel.
import type { OkrConfig } from '../config';
import { ruleInfo } from '../lint/rules';
import type { Finding } from '../types';
import type { Reference } from './references';

export const UNKNOWN_KR_REFERENCE_RULE = 'unknown-kr-reference';

/** One finding per dangling reference at the configured severity; none when the rule is off. */
export function danglingReferenceFindings(dangling: readonly Reference[], config: Pick<OkrConfig, 'rules'>): Finding[] {
  const severity = config.rules[UNKNOWN_KR_REFERENCE_RULE] ?? ruleInfo(UNKNOWN_KR_REFERENCE_RULE)!.defaultSeverity;
  if (severity === 'off') return [];
  return dangling.map((reference) => ({
    rule: UNKNOWN_KR_REFERENCE_RULE,
    severity,
    message: `${reference.id} is not an objective or key result in any OKR file. Fix the id, or remove the reference.`,
    file: reference.file,
    range: {
      start: { line: reference.line, character: reference.character },
      end: { line: reference.line, character: reference.endCharacter },
    },
    data: { id: reference.id },
  }));
}
