// Finding the numbers in a title that state a quantity, as opposed to numbers that are part of a
// name or a date: years (2026), quarters (Q4), versions (v2, version 3.0, 1.2.3), product names
// (Node 20, SOC 2, GPT-4), ISO dates and "24/7".

export interface NumberMention {
  /** As written, with its currency sign and attached unit: `$1.2M`, `99.9%`, `200ms`, `2.5x`. */
  text: string;
  start: number;
  end: number;
  hasUnit: boolean;
  hasCurrency: boolean;
}

// A rate such as "20/month" is a quantity; "24/7" and "1/2" stay out (24/7 is removed below).
const NUMBER =
  /(?<![\w.\-/:])([$€£]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(%|[kmgtp]b|k|m|bn|b|x|×|ms|s|h|pp|pts?|mins?|hrs?)(?![\w]))?(?![\w:]|\/(?!(?:hour|day|week|sprint|month|quarter|year)s?\b))/gi;

// Stretches removed before looking for quantities, replaced by spaces so offsets stay valid.
const NOT_QUANTITIES = [
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /\b24\/7\b/g,
  /\b\d+:\d+\b/g,
  /\bversion\s+\d+(?:\.\d+)*/gi,
  /\b\d+\.\d+\.\d+\b/g,
];

const YEAR_CONTEXT = /\b(?:in|by|for|of|since|until|till|before|after|during|through|end|fy|year)\s*$/i;

/** Capitalised words that are metric names, so a number after them is a value (`NPS 45`). */
const METRIC_NAMES = new Set([
  'nps', 'enps', 'csat', 'ces', 'arr', 'mrr', 'dau', 'mau', 'wau', 'sla', 'slo', 'mttr', 'mttd', 'cac',
  'ltv', 'roi', 'aov', 'acv', 'gmv', 'dso', 'kpi',
]);

export function numberMentions(text: string): NumberMention[] {
  let cleaned = text;
  for (const pattern of NOT_QUANTITIES) cleaned = cleaned.replace(pattern, (m) => ' '.repeat(m.length));
  const mentions: NumberMention[] = [];
  for (const match of cleaned.matchAll(NUMBER)) {
    const start = match.index;
    const mention: NumberMention = {
      text: match[0],
      start,
      end: start + match[0].length,
      hasUnit: match[3] !== undefined,
      hasCurrency: match[1] !== undefined,
    };
    if (!isNameOrYear(cleaned, mention, match[2])) mentions.push(mention);
  }
  return mentions;
}

export function hasQuantity(text: string): boolean {
  return numberMentions(text).length > 0;
}

function isNameOrYear(text: string, mention: NumberMention, digits: string): boolean {
  if (mention.hasUnit || mention.hasCurrency) return false;
  const before = text.slice(0, mention.start);
  if (/^(?:19|20)\d\d$/.test(digits) && !mention.text.includes('.')) {
    const after = text.slice(mention.end);
    if (YEAR_CONTEXT.test(before) || /^\s*(?:$|[.,;:)!?-])/.test(after)) return true;
  }
  // "Node 20", "SOC 2", "iOS 17": a number right after a capitalised word that does not open the title.
  const previous = /(?:^|\s)(\S+)\s$/.exec(before);
  if (previous && previous.index > 0 && /[A-Z]/.test(previous[1]) && /^[A-Za-z]+$/.test(previous[1])) {
    return !METRIC_NAMES.has(previous[1].toLowerCase());
  }
  return false;
}
