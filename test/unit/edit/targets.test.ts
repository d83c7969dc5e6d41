import { strict as assert } from 'assert';
import { insertTargetFields } from '../../../src/core/edit';
import { applyEdits } from '../../../src/core/edit/textEdit';
import type { OkrFile } from '../../../src/core/format/model';
import { crlf, keyResult, parse, plain, yamlProblems } from './helpers';

const HEAD = 'okr: 1\nperiod: 2026-Q4\nobjectives:\n  - id: PLAT-1\n    title: Ship faster\n    key_results:\n';

function insert(text: string, krId: string, missing: string[]): { after: string; snippet: string } {
  const before = parse(text);
  const result = insertTargetFields(before, krId, missing);
  assert.ok('edit' in result, 'error' in result ? result.error : '');
  assert.deepEqual(result.edit.range.start, result.edit.range.end, 'a pure insertion');
  const after = applyEdits(text, [result.edit]);
  const reparsed = parse(after);
  assert.deepEqual(yamlProblems(reparsed), []);
  // Only the KR's new fields differ.
  const kr = keyResult(reparsed.model!, krId);
  const expected = plain(before.model) as OkrFile;
  Object.assign(keyResult(expected, krId), plain({ baseline: kr.baseline, target: kr.target, unit: kr.unit }));
  assert.deepEqual(plain(reparsed.model), expected);
  return { after, snippet: result.snippet };
}

describe('insertTargetFields', () => {
  it('inserts the missing lines after the title line, keeping its trailing comment', () => {
    const text = HEAD + '      - id: PLAT-1.1\n        title: Improve alerting   # vague\n        owner: carol\n';
    const { after, snippet } = insert(text, 'PLAT-1.1', ['baseline', 'target']);
    assert.equal(after, text.replace('# vague\n', '# vague\n        baseline: 0\n        target: 100\n'));
    assert.equal(snippet, '        baseline: ${1:0}\n        target: ${2:100}$0\n');
  });

  it('writes the fields in a fixed order and skips those already present', () => {
    const text = HEAD + '      - id: PLAT-1.1\n        title: Improve alerting\n        baseline: 3\n';
    const { after, snippet } = insert(text, 'PLAT-1.1', ['unit', 'target', 'baseline']);
    assert.ok(after.includes('        title: Improve alerting\n        target: 100\n        unit: "%"\n        baseline: 3\n'));
    assert.equal(snippet, '        target: ${1:100}\n        unit: ${2:"%"}$0\n');
  });

  it('inserts after a title written over several lines', () => {
    const text = HEAD + '      - id: PLAT-1.1\n        title: >-\n          Improve\n          alerting\n        owner: carol\n';
    const { after } = insert(text, 'PLAT-1.1', ['target']);
    assert.ok(after.includes('          alerting\n        target: 100\n        owner: carol\n'));
  });

  it('keeps CRLF, and at the end of a file without a final break writes a snippet VS Code re-indents right', () => {
    const text = crlf(HEAD + '      - id: PLAT-1.1\n        title: Improve alerting');
    const { after, snippet } = insert(text, 'PLAT-1.1', ['baseline', 'target']);
    assert.equal(after, text + '\r\n        baseline: 0\r\n        target: 100');
    // VS Code prefixes each snippet line after the first with the 8 spaces leading the title line.
    assert.equal(snippet, '\r\nbaseline: ${1:0}\r\ntarget: ${2:100}$0');
  });

  it('adds flow entries to a key result written as a flow mapping', () => {
    const text = HEAD + '      - {id: PLAT-1.1, title: Improve alerting, owner: carol}\n';
    const { after, snippet } = insert(text, 'PLAT-1.1', ['baseline', 'target', 'unit']);
    assert.ok(after.includes('{id: PLAT-1.1, title: Improve alerting, baseline: 0, target: 100, unit: "%", owner: carol}'));
    assert.equal(snippet, ', baseline: ${1:0}, target: ${2:100}, unit: ${3:"%"}$0');
  });

  it('refuses unknown fields, fields all present, unknown ids and broken files', () => {
    const text = HEAD + '      - id: PLAT-1.1\n        title: A\n        baseline: 1\n        target: 2\n';
    const parsed = parse(text);
    const unknownField = insertTargetFields(parsed, 'PLAT-1.1', ['weight']);
    assert.ok('error' in unknownField && unknownField.error.includes('weight'));
    const present = insertTargetFields(parsed, 'PLAT-1.1', ['baseline', 'target']);
    assert.ok('error' in present && present.error.includes('already has'));
    assert.deepEqual(insertTargetFields(parsed, 'PLAT-9.9', ['target']), { error: 'No key result PLAT-9.9 in this file.' });
    const broken = insertTargetFields(parse(text + '      - id: [\n'), 'PLAT-1.1', ['unit']);
    assert.ok('error' in broken && broken.error.includes('YAML problem'));
  });
});
