// Parsing and checking what a person types at the check-in prompts. Pure: the prompts' validateInput
// and the command's own arguments go through the same checks, so a value refused at the prompt is
// also refused when it arrives from the panel or a test.

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export type Parsed<T> = { value: T } | { error: string };

/** A finite decimal number; `9,5` is read as 9.5 (a decimal comma is how half the world types it). */
export function parseCheckinNumber(input: string): Parsed<number> {
  const text = input.trim().replace(/^([+-]?\d+),(\d+)$/, '$1.$2');
  if (text === '') return { error: 'Enter a number.' };
  if (!DECIMAL.test(text)) return { error: `"${input.trim()}" is not a number.` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { error: `${input.trim()} is too large.` };
  return { value };
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
