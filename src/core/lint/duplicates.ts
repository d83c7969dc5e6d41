// `duplicate-id`: an objective or key result id defined more than once, in one file or across the
// workspace. References (code comments, branches, `aligns_to`) name ids without saying which file,
// so a duplicate makes every reference to it ambiguous. Ids compare ignoring case, as branch names do.
import type { ParsedOkrFile } from '../format/parse';
import type { Finding, Range } from '../types';
import { ruleInfo } from './rules';

interface Definition {
  id: string;
  kind: 'objective' | 'key result';
  file: string;
  range: Range;
}

export function duplicateIdFindings(files: readonly ParsedOkrFile[]): Finding[] {
  const byId = new Map<string, Definition[]>();
  for (const definition of definitions(files)) {
    const key = definition.id.toLowerCase();
    byId.set(key, [...(byId.get(key) ?? []), definition]);
  }
  const severity = ruleInfo('duplicate-id')?.defaultSeverity ?? 'error';
  const findings: Finding[] = [];
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    for (const definition of group) {
      const others = group.filter((other) => other !== definition);
      const message =
        `The id ${definition.id} is defined ${group.length} times (${others.map(describeOther).join(', ')} too). ` +
        'Ids must be unique across the workspace so that references to them are unambiguous; rename one.';
      findings.push({
        rule: 'duplicate-id',
        severity,
        message,
        file: definition.file,
        range: definition.range,
        related: others.map((other) => ({
          file: other.file,
          range: other.range,
          message: `${other.id} is also defined here (${other.kind})`,
        })),
        data: { id: definition.id },
      });
    }
  }
  return findings;
}

function* definitions(files: readonly ParsedOkrFile[]): Generator<Definition> {
  for (const { file, model } of files) {
    for (const objective of model?.objectives ?? []) {
      const objectiveRange = objective.ranges.values.id;
      if (objective.id && objectiveRange) yield { id: objective.id, kind: 'objective', file, range: objectiveRange };
      for (const kr of objective.key_results) {
        const krRange = kr.ranges.values.id;
        if (kr.id && krRange) yield { id: kr.id, kind: 'key result', file, range: krRange };
      }
    }
  }
}

function describeOther(other: Definition): string {
  return `as ${other.kind === 'objective' ? 'an objective' : 'a key result'} in ${other.file}, line ${other.range.start.line + 1}`;
}
