// `duplicate-id`: an objective or key result id defined more than once, in one file or across the
// workspace. References (code comments, branches, `aligns_to`) name ids without saying which file,
// so a duplicate makes every reference to it ambiguous. Ids compare ignoring case, as branch names do.
// Linear in the definitions: each finding names at most a few other places, so a hostile file with
// thousands of copies of one id costs thousands of short findings, not thousands squared.
import type { ParsedOkrFile } from '../format/parse';
import type { Finding, Range } from '../types';
import { ruleInfo } from './rules';

interface Definition {
  id: string;
  kind: 'objective' | 'key result';
  file: string;
  range: Range;
}

/** Other places named in a message, and related locations attached to one finding. */
const MAX_NAMED = 3;
const MAX_RELATED = 10;

export function duplicateIdFindings(files: readonly ParsedOkrFile[]): Finding[] {
  const byId = new Map<string, Definition[]>();
  for (const definition of definitions(files)) {
    const key = definition.id.toLowerCase();
    const group = byId.get(key);
    if (group) group.push(definition);
    else byId.set(key, [definition]);
  }
  const severity = ruleInfo('duplicate-id')?.defaultSeverity ?? 'error';
  const findings: Finding[] = [];
  for (const group of byId.values()) {
    if (group.length < 2) continue;
    group.forEach((definition, index) => {
      const others = firstOthers(group, index, MAX_RELATED);
      const named = others.slice(0, MAX_NAMED).map(describeOther);
      const more = group.length - 1 - named.length;
      const list = more > 0 ? `${named.join(', ')} and ${more.toLocaleString('en-US')} more` : named.join(', ');
      const message =
        `The id ${definition.id} is defined ${group.length.toLocaleString('en-US')} times (${list} too). ` +
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
    });
  }
  return findings;
}

/** Up to `limit` definitions of the group other than the one at `index`, in order. */
function firstOthers(group: readonly Definition[], index: number, limit: number): Definition[] {
  const others: Definition[] = [];
  for (let i = 0; i < group.length && others.length < limit; i++) if (i !== index) others.push(group[i]);
  return others;
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
