// Parsing and checking what a person types at the check-in prompts. Pure: the prompts' validateInput
// and the command's own arguments go through the same checks, so a value refused at the prompt is
// also refused when it arrives from the panel or a test.

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Spaces people group thousands with: space, no-break space, narrow no-break space, Swiss apostrophe. */
const SPACE_GROUPS = /[ \u00a0\u202f']/g;

export type Parsed<T> = { value: T } | { error: string };

/** One number, or two readings of `1,450` (1.45 and 1450) the person has to choose between, or why not. */
export type NumberReading = { value: number } | AmbiguousNumber | { error: string };

/** `[as a decimal, as thousands]`, and the question to ask. */
export interface AmbiguousNumber {
  ambiguous: readonly [number, number];
  message: string;
}

/** What a KR's numbers look like: a `1,450` is read by them. Any field may be missing. */
export interface ValueScale {
  baseline?: number;
  target?: number;
  last?: number;
  unit?: string;
}

/**
 * The one parser of a typed check-in number, for the prompt, the panel, the command argument and
 * `okr checkin`. Plain decimals (`9.5`, `-3`, `1e3`) and a decimal comma (`9,5`) read as written.
 * A grouping separator reads unambiguously when the text says so: spaces (`1 450`), several groups
 * (`1,234,567`, `1.234.567`) or both marks (`1.450,5`, `12,500.75`). A single mark followed by
 * exactly three digits (`1,450`; `1.450` in a locale with a decimal comma) has two readings: the
 * KR's own scale picks the one that lies near its baseline, target and last value; when both or
 * neither do, both readings come back to be asked, never guessed.
 */
export function parseCheckinNumber(input: string, scale: ValueScale = {}, locale?: string): NumberReading {
  const shown = input.trim();
  if (shown === '') return { error: 'Enter a number.' };
  const readings = readNumber(shown, decimalSeparatorOf(locale));
  if (readings === undefined) return { error: `"${shown}" is not a number.` };
  if (readings.some((value) => !Number.isFinite(value))) return { error: `${shown} is too large.` };
  if (readings.length === 1) return { value: readings[0] };
  const [asDecimal, asGrouped] = readings as [number, number];
  const plausible = readings.filter((value) => nearScale(value, scale));
  if (plausible.length === 1) return { value: plausible[0] };
  return {
    ambiguous: [asDecimal, asGrouped],
    message: `"${shown}" could be ${formatValue(asGrouped, scale.unit)} (a thousands separator) or ${formatValue(asDecimal, scale.unit)} (a decimal ${shown.includes(',') ? 'comma' : 'point'}). Write ${String(asGrouped)} or ${String(asDecimal)}.`,
  };
}

/** The readings of `text`: one, two (`[as a decimal, as thousands]`), or undefined when it is not a number. */
function readNumber(text: string, localeDecimal: '.' | ','): number[] | undefined {
  const sign = /^[+-]/.test(text) ? text[0] : '';
  const body = text.slice(sign.length);
  const signed = (digits: string) => Number(sign + digits);
  if (body.replace(SPACE_GROUPS, '') !== body) {
    const match = /^(\d{1,3}(?:[ \u00a0\u202f']\d{3})+)(?:[.,](\d+))?$/.exec(body);
    if (!match) return undefined;
    return [signed(match[1].replace(SPACE_GROUPS, '') + (match[2] ? `.${match[2]}` : ''))];
  }
  const commas = body.split(',').length - 1;
  const dots = body.split('.').length - 1;
  if (commas > 0 && dots > 0) {
    const decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '\\.' : ',';
    const match = new RegExp(`^(\\d{1,3}(?:${group}\\d{3})+)\\${decimal}(\\d+)$`).exec(body);
    return match ? [signed(`${match[1].replace(/[.,]/g, '')}.${match[2]}`)] : undefined;
  }
  const mark = commas > 0 ? ',' : dots > 0 ? '.' : undefined;
  if (mark && commas + dots > 1) {
    const match = new RegExp(`^\\d{1,3}(?:\\${mark}\\d{3})+$`).exec(body);
    return match ? [signed(body.replace(/[.,]/g, ''))] : undefined;
  }
  const plain = mark === ',' ? body.replace(',', '.') : body;
  if (!DECIMAL.test(plain)) return undefined;
  const value = signed(plain);
  // `1,450` anywhere, `1.450` where the decimal mark is a comma: a decimal or thousands?
  const couldGroup = /^[1-9]\d{0,2}[.,]\d{3}$/.test(body) && (mark === ',' || localeDecimal === ',');
  return couldGroup ? [value, signed(body.replace(/[.,]/, ''))] : [value];
}

/** Within one span of the KR's range (baseline, target and last value): the scale it is measured on. */
function nearScale(value: number, scale: ValueScale): boolean {
  const known = [scale.baseline, scale.target, scale.last].filter((n): n is number => n !== undefined && Number.isFinite(n));
  if (known.length === 0) return true;
  const low = Math.min(...known);
  const high = Math.max(...known);
  const span = high - low || Math.max(Math.abs(high), 1);
  return value >= low - span && value <= high + span;
}

/** The decimal mark of a BCP 47 locale (`de` → `,`); `.` when unknown. */
function decimalSeparatorOf(locale: string | undefined): '.' | ',' {
  try {
    const part = new Intl.NumberFormat(locale || 'en').formatToParts(1.5).find((p) => p.type === 'decimal');
    return part?.value === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}

/** How far outside the range a value may lie before the person is asked to confirm it: 3 spans. */
const FAR_SPANS = 3;

/**
 * A value more than three times the baseline–target span outside that range is probably a typo:
 * the message asks to confirm it and names the range. Undefined when it is not far out.
 */
export function farOutsideRange(value: number, keyResult: { id?: string; baseline?: number; target?: number; unit?: string }): string | undefined {
  const { baseline, target } = keyResult;
  if (baseline === undefined || target === undefined || baseline === target) return undefined;
  const low = Math.min(baseline, target);
  const high = Math.max(baseline, target);
  const span = high - low;
  if (value >= low - FAR_SPANS * span && value <= high + FAR_SPANS * span) return undefined;
  const range = `${formatValue(baseline, keyResult.unit)} to ${formatValue(target, keyResult.unit)}`;
  return `${formatValue(value, keyResult.unit)} is far outside ${keyResult.id ? `${keyResult.id}'s` : 'the'} range (baseline ${range}): more than ${FAR_SPANS}× the span away. Is it right?`;
}

export const MIN_CONFIDENCE = 0.1;
export const MAX_CONFIDENCE = 1;

export function checkConfidence(value: number): Parsed<number> {
  if (!Number.isFinite(value) || value < MIN_CONFIDENCE || value > MAX_CONFIDENCE) {
    return { error: `Confidence is a number from ${MIN_CONFIDENCE} to ${MAX_CONFIDENCE}, e.g. 0.7.` };
  }
  return { value };
}

export function parseConfidence(input: string): Parsed<number> {
  const parsed = parseCheckinNumber(input);
  if ('ambiguous' in parsed) return { error: `Confidence is a number from ${MIN_CONFIDENCE} to ${MAX_CONFIDENCE}, e.g. 0.7.` };
  return 'error' in parsed ? parsed : checkConfidence(parsed.value);
}

/** The message for a value that did not come through a prompt (panel, command argument). */
export function checkValue(value: unknown, type: 'metric' | 'milestone'): Parsed<number | boolean> {
  if (type === 'milestone' && typeof value === 'boolean') return { value };
  if (type === 'metric' && typeof value === 'number' && Number.isFinite(value)) return { value };
  if (typeof value === 'number') return { error: `${value} is not a value to record.` };
  return { error: type === 'milestone' ? 'A milestone check-in is done (true) or not done (false).' : 'The value must be a number.' };
}

/** Confidence choices, most confident first, with the words a team uses in a check-in meeting. */
export const CONFIDENCE_CHOICES: readonly { value: number; label: string }[] = [
  { value: 1, label: 'certain' },
  { value: 0.9, label: 'very likely' },
  { value: 0.8, label: 'likely' },
  { value: 0.7, label: 'probably' },
  { value: 0.6, label: 'more likely than not' },
  { value: 0.5, label: 'coin toss' },
  { value: 0.4, label: 'doubtful' },
  { value: 0.3, label: 'unlikely' },
  { value: 0.2, label: 'very unlikely' },
  { value: 0.1, label: 'almost no chance' },
];

export function formatConfidence(value: number): string {
  return value.toFixed(1);
}

/** `9.1 days`, `98.6 %` → `98.6%`, `done` / `not done` for milestones. */
export function formatValue(value: number | boolean | undefined, unit?: string): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'done' : 'not done';
  const number = String(Number(value.toPrecision(12)));
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}
