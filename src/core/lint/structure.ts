// The shape of a set of OKRs: `kr-count`, `objective-count`, `objective-has-metric`, `kr-no-owner`.
import type { Finding } from '../types';
import { eachKeyResult, FileContext, finding, krData, krLabel, valueRange } from './context';
import { numberMentions } from './numbers';

export function krCountRule(context: FileContext): Finding[] {
  const { min, max } = context.config.krCount;
  const findings: Finding[] = [];
  for (const objective of context.model.objectives) {
    const count = objective.key_results.length;
    if (count >= min && count <= max) continue;
    const advice =
      count < min
        ? 'One key result rarely captures an objective; add the measures that would prove it achieved.'
        : 'Too many key results dilute focus; keep the ones that matter most and move the rest to initiatives or the next period.';
    const message = `Objective ${objective.id || `#${objective.index + 1}`} has ${plural(count, 'key result')}; aim for ${min} to ${max}. ${advice}`;
    findings.push(
      finding(context, 'kr-count', message, valueRange(objective.ranges, 'id'), { objectiveId: objective.id, count, min, max }),
    );
  }
  return findings;
}

export function objectiveCountRule(context: FileContext): Finding[] {
  const level = context.model.parent ? 'team' : 'company';
  const max = context.config.objectiveCount[level];
  const count = context.model.objectives.length;
  if (count <= max) return [];
  const why = level === 'team' ? 'This file has a `parent:`, so it is a team file' : 'This file has no `parent:`, so it is a company-level file';
  const message =
    `${plural(count, 'objective')} in one period is too many to focus on. ${why}: keep at most ${max}, ` +
    'and drop or merge the rest.';
  const at = context.model.ranges.keys.objectives ?? context.model.ranges.node;
  return [finding(context, 'objective-count', message, at, { count, max, level })];
}

export function objectiveHasMetricRule(context: FileContext): Finding[] {
  const findings: Finding[] = [];
  for (const objective of context.model.objectives) {
    const numbers = numberMentions(objective.title).map((mention) => mention.text.trim());
    if (numbers.length === 0) continue;
    const message =
      `The objective “${objective.title}” contains ${numbers.map((n) => `“${n}”`).join(', ')}. An objective says in words ` +
      'what you want to achieve (e.g. “Turn more trials into happy customers”); the numbers belong in its key results.';
    findings.push(
      finding(context, 'objective-has-metric', message, valueRange(objective.ranges, 'title', 'id'), { objectiveId: objective.id, numbers }),
    );
  }
  return findings;
}

export function noOwnerRule(context: FileContext): Finding[] {
  const findings: Finding[] = [];
  eachKeyResult(context.model, (objective, kr) => {
    if (kr.owner?.trim()) return;
    const message = `${krLabel(kr)} has no owner. A key result without one person accountable for it tends to drift; add \`owner:\`.`;
    findings.push(finding(context, 'kr-no-owner', message, valueRange(kr.ranges, 'id'), krData(objective, kr)));
  });
  return findings;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
