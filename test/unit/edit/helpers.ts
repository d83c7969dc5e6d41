// Shared checks for the edit tests: apply, re-parse, and compare models without source ranges.
import { strict as assert } from 'assert';
import { appendCheckin, CheckInEntry, TextEdit } from '../../../src/core/edit';
import { applyEdits } from '../../../src/core/edit/textEdit';
import { parseOkrText, ParsedOkrFile } from '../../../src/core/format/parse';
import type { KeyResult, OkrFile } from '../../../src/core/format/model';

export const FILE = 'teams/platform.okr.yaml';

export function parse(text: string): ParsedOkrFile {
  return parseOkrText(text, FILE);
}

/** Findings that mean the text is not clean YAML (schema findings are the linter's business). */
export function yamlProblems(parsed: ParsedOkrFile): string[] {
  return parsed.findings.filter((f) => f.rule !== 'schema').map((f) => `${f.rule} line ${f.range.start.line + 1}: ${f.message}`);
}

/** The model as plain data: no source ranges, list indexes or undefined fields. */
export function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'ranges' || key === 'index' || inner === undefined) continue;
      out[key] = plain(inner);
    }
    return out;
  }
  return value;
}

export function keyResult(model: OkrFile, krId: string): KeyResult {
  const kr = model.objectives.flatMap((o) => o.key_results).find((k) => k.id === krId);
  assert.ok(kr, `no ${krId} in the model`);
  return kr;
}

/** Asserts the edits only insert text, and returns the inserted pieces in order. */
export function insertedPieces(edits: TextEdit[]): string[] {
  for (const edit of edits) assert.deepEqual(edit.range.start, edit.range.end, 'an edit replaces text instead of inserting');
  return edits.map((edit) => edit.newText);
}

/**
 * Appends a check-in and checks what must hold after any append: only insertions, the original
 * text is the result minus the inserted text, the result parses cleanly, and the model differs
 * from the original only by the new check-in, last in its key result. Returns the new text.
 */
export function appendAndCheck(text: string, krId: string, entry: CheckInEntry): string {
  const before = parse(text);
  assert.deepEqual(yamlProblems(before), [], 'the fixture itself must be clean YAML');
  const result = appendCheckin(before, krId, entry);
  assert.ok('edits' in result, 'error' in result ? result.error : '');
  const pieces = insertedPieces(result.edits);
  const after = applyEdits(text, result.edits);
  assert.equal(removeInsertions(after, text, result.edits), text);
  assert.ok(pieces.join('').length > 0);

  const reparsed = parse(after);
  assert.deepEqual(yamlProblems(reparsed), []);
  const expected = plain(before.model) as OkrFile;
  const checkin: Record<string, unknown> = { date: entry.date, value: entry.value };
  if (entry.confidence !== undefined) checkin.confidence = entry.confidence;
  if (entry.note) checkin.note = entry.note;
  keyResult(expected, krId).checkins.push(checkin as never);
  assert.deepEqual(plain(reparsed.model), expected);
  return after;
}

/** The result of insertion edits with the inserted spans cut out again. */
function removeInsertions(after: string, original: string, edits: TextEdit[]): string {
  const lines = original.split('\n');
  const offsets = edits
    .map((edit) => {
      let offset = edit.range.start.character;
      for (let line = 0; line < edit.range.start.line; line++) offset += lines[line].length + 1;
      return { offset, length: edit.newText.length };
    })
    .sort((a, b) => a.offset - b.offset);
  // Cutting in ascending order leaves the prefix equal to the original, so original offsets hold.
  let result = after;
  for (const { offset, length } of offsets) result = result.slice(0, offset) + result.slice(offset + length);
  return result;
}

export function crlf(text: string): string {
  return text.replace(/\n/g, '\r\n');
}
