// Dates: `checkin-invalid-date`, `checkin-out-of-order`, `checkin-outside-period`, `period-invalid`.
// The schema already checks the YYYY-MM-DD shape; these rules see what it cannot: impossible
// calendar dates, order, and dates against the period.
import type { CheckIn, KeyResult, Objective } from '../format/model';
import { isValidDate } from '../format/period';
import { nodeAtPath } from '../format/sourceTree';
import type { Finding, Range } from '../types';
import { eachKeyResult, FileContext, finding, krLabel, valueRange } from './context';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export function checkinDateRules(context: FileContext): Finding[] {
  const findings: Finding[] = [];
  const { start, end } = context.model.period ?? {};
  eachKeyResult(context.model, (objective, kr) => {
    let previous: CheckIn | undefined;
    kr.checkins.forEach((checkin, index) => {
      const at = valueRange(checkin.ranges, 'date');
      if (!isValidDate(checkin.date)) {
        if (DATE_SHAPE.test(checkin.date)) {
          const message = `${checkin.date} is not a real date, so this check-in cannot be placed in time. Correct the day or month.`;
          findings.push(finding(context, 'checkin-invalid-date', message, at, checkinData(objective, kr, index, checkin)));
        }
        return;
      }
      if (previous && checkin.date < previous.date) {
        const message =
          `This check-in of ${krLabel(kr)} is dated ${checkin.date}, before the one above it (${previous.date}). ` +
          'Check-ins are a history, newest last: fix the date or move the entry.';
        findings.push({
          ...finding(context, 'checkin-out-of-order', message, at, { ...checkinData(objective, kr, index, checkin), previousDate: previous.date }),
          related: [{ file: context.parsed.file, range: valueRange(previous.ranges, 'date'), message: `The previous check-in, dated ${previous.date}` }],
        });
      }
      if (start && end && (checkin.date < start || checkin.date > end)) {
        const message =
          `This check-in is dated ${checkin.date}, outside the period ${context.model.period?.label} (${start} to ${end}). ` +
          'Fix the date, or record it in the OKR file of the period it belongs to.';
        findings.push(finding(context, 'checkin-outside-period', message, at, { ...checkinData(objective, kr, index, checkin), periodStart: start, periodEnd: end }));
      }
      previous = checkin;
    });
  });
  return findings;
}

function checkinData(objective: Objective, kr: KeyResult, index: number, checkin: CheckIn): Record<string, unknown> {
  return { krId: kr.id, objectiveId: objective.id, index, date: checkin.date };
}

export function periodInvalidRule(context: FileContext): Finding[] {
  const { parsed } = context;
  const period = nodeAtPath(parsed.tree, ['period']).node;
  if (period?.kind !== 'map') return [];
  const bound = (key: 'start' | 'end') => {
    const node = nodeAtPath(period, [key]).node;
    const text = node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
    return { text, range: node ? parsed.lines.rangeOf(node.start, node.end) : undefined };
  };
  const start = bound('start');
  const end = bound('end');
  const findings: Finding[] = [];
  for (const [name, date] of [['start', start], ['end', end]] as const) {
    if (date.text && date.range && DATE_SHAPE.test(date.text) && !isValidDate(date.text)) {
      const message = `The period ${name} ${date.text} is not a real date. Correct the day or month.`;
      findings.push(finding(context, 'period-invalid', message, date.range, { [name]: date.text }));
    }
  }
  if (start.text && end.text && isValidDate(start.text) && isValidDate(end.text) && start.text > end.text) {
    const message = `The period ends (${end.text}) before it starts (${start.text}). Swap the dates or correct one of them.`;
    const at: Range = end.range ?? context.model.ranges.node;
    findings.push(finding(context, 'period-invalid', message, at, { start: start.text, end: end.text }));
  }
  return findings;
}
