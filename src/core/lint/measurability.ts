// Can a key result be measured, and is its target worth reaching? `kr-vague`, `kr-no-target`,
// `kr-not-ambitious`.
import type { Direction, KeyResult, Objective } from '../format/model';
import { daysBetween } from '../format/period';
import { checkinsByDate, isNumber, latestValue } from '../progress/checkins';
import { inferDirection } from '../progress/kr';
import type { Finding } from '../types';
import { eachKeyResult, FileContext, finding, krData, krLabel, valueRange } from './context';
import { assessTaskLike, vagueWordIn } from './taskLike';

const THRESHOLD_DIRECTIONS: ReadonlySet<Direction | undefined> = new Set<Direction | undefined>(['at_least', 'at_most']);

export function vagueRule(context: FileContext): Finding[] {
  const findings: Finding[] = [];
  eachKeyResult(context.model, (objective, kr) => {
    if (kr.type !== 'metric' || kr.baseline !== undefined || kr.target !== undefined) return;
    const word = vagueWordIn(kr.title);
    if (!word || reportedAsTask(context, kr)) return;
    const message =
      `${krLabel(kr)} says “${word}” but not by how much: there is no number in its title, baseline or target. ` +
      'Name the measure, where it starts and where it should end, e.g. “Cut time to detect P1 incidents from ' +
      '30 to 10 minutes” with `baseline: 30` and `target: 10`.';
    findings.push(finding(context, 'kr-vague', message, valueRange(kr.ranges, 'title', 'id'), { ...krData(objective, kr), word }));
  });
  return findings;
}

export function noTargetRule(context: FileContext): Finding[] {
  const findings: Finding[] = [];
  eachKeyResult(context.model, (objective, kr) => {
    if (kr.type !== 'metric' || reportedAsTask(context, kr)) return;
    const needsBaseline = !THRESHOLD_DIRECTIONS.has(kr.direction);
    const missing: string[] = [];
    if (needsBaseline && kr.baseline === undefined) missing.push('baseline');
    if (kr.target === undefined) missing.push('target');
    if (missing.length > 0) {
      if (kr.unit === undefined) missing.push('unit');
      const message =
        `${krLabel(kr)} has no ${missing.filter((field) => field !== 'unit').join(' or ')}, so its progress cannot be measured. ` +
        'Add `baseline:` (the value at the start of the period) and `target:` (the value to reach), ' +
        'or declare `type: milestone` if it is a deliverable with no metric.';
      findings.push(finding(context, 'kr-no-target', message, valueRange(kr.ranges, 'id'), { ...krData(objective, kr), missing }));
    } else if (needsBaseline && kr.target === kr.baseline) {
      const message =
        `${krLabel(kr)} has its target equal to its baseline (${kr.target}), so reaching it changes nothing. ` +
        'Set the target to the value you want to reach, or use `direction: at_least` / `at_most` to hold a level.';
      findings.push(finding(context, 'kr-no-target', message, valueRange(kr.ranges, 'target', 'id'), { ...krData(objective, kr), missing }));
    }
  });
  return findings;
}

export function notAmbitiousRule(context: FileContext): Finding[] {
  const findings: Finding[] = [];
  eachKeyResult(context.model, (objective, kr) => {
    const problem = targetNoBetterThanBaseline(kr);
    if (!problem) return;
    const message =
      `${krLabel(kr)}: ${problem} A key result should move the metric; set a target beyond the baseline ` +
      'in the declared direction.';
    findings.push(finding(context, 'kr-not-ambitious', message, valueRange(kr.ranges, 'target', 'id'), krData(objective, kr)));
  });
  if (context.today && inFirstHalf(context, context.today)) {
    for (const objective of context.model.objectives) {
      if (!everyTargetReached(objective)) continue;
      const message =
        `Every key result of “${objective.title}” is already at or beyond its target in the first half of the period. ` +
        'Always scoring 100% means the KRs are not ambitious enough: set stretch targets you expect to reach about 70% of the way.';
      findings.push(finding(context, 'kr-not-ambitious', message, valueRange(objective.ranges, 'id'), { objectiveId: objective.id }));
    }
  }
  return findings;
}

/** A KR the task-like rule reports gets that advice (move it to initiatives), not a second one. */
function reportedAsTask(context: FileContext, kr: KeyResult): boolean {
  return context.isEnabled('kr-task-like') && assessTaskLike(kr).taskLike;
}

/** Only a declared direction can be contradicted (an inferred one always agrees with the numbers). */
function targetNoBetterThanBaseline(kr: KeyResult): string | undefined {
  const { baseline, target, direction } = kr;
  if (kr.type !== 'metric' || baseline === undefined || target === undefined) return undefined;
  switch (direction) {
    case 'increase':
      return target <= baseline ? `the target ${target} is not above the baseline ${baseline}, but the direction is \`increase\`.` : undefined;
    case 'decrease':
      return target >= baseline ? `the target ${target} is not below the baseline ${baseline}, but the direction is \`decrease\`.` : undefined;
    case 'at_least':
      return baseline >= target ? `the baseline ${baseline} already meets “at least ${target}”.` : undefined;
    case 'at_most':
      return baseline <= target ? `the baseline ${baseline} already meets “at most ${target}”.` : undefined;
    default:
      return undefined;
  }
}

function inFirstHalf(context: FileContext, today: string): boolean {
  const { start, end } = context.model.period ?? {};
  if (!start || !end) return false;
  const elapsed = daysBetween(start, today);
  return elapsed >= 0 && elapsed * 2 < daysBetween(start, end);
}

function everyTargetReached(objective: Objective): boolean {
  const metrics = objective.key_results.filter((kr) => kr.type === 'metric');
  return metrics.length > 0 && metrics.every(targetReached);
}

function targetReached(kr: KeyResult): boolean {
  const direction = inferDirection(kr);
  const value = latestValue(checkinsByDate(kr.checkins), isNumber);
  if (direction === undefined || kr.target === undefined || value === undefined) return false;
  return direction === 'increase' || direction === 'at_least' ? value >= kr.target : value <= kr.target;
}
