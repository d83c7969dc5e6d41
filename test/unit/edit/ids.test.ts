import { strict as assert } from 'assert';
import { renameId, suggestFreeId } from '../../../src/core/edit';
import { applyEdits } from '../../../src/core/edit/textEdit';
import { parse } from './helpers';

describe('renameId', () => {
  const text =
    'okr: 1\nperiod: 2026-Q4\nobjectives:\n  - id: PLAT-1\n    title: A\n    key_results:\n' +
    "      - id: PLAT-1.2   # copied\n        title: A\n      - id: 'PLAT-1.2'\n        title: B\n      - id: \"PLAT-1.2\"\n        title: C\n";
  const parsed = parse(text);
  const ranges = parsed.model!.objectives[0].key_results.map((kr) => kr.ranges.values.id);

  it('replaces a plain id and keeps the trailing comment', () => {
    const edit = renameId(parsed, ranges[0], 'PLAT-1.4');
    assert.equal(applyEdits(text, [edit]), text.replace('id: PLAT-1.2   # copied', 'id: PLAT-1.4   # copied'));
  });

  it('keeps single and double quotes', () => {
    assert.equal(renameId(parsed, ranges[1], 'PLAT-1.4').newText, "'PLAT-1.4'");
    assert.equal(renameId(parsed, ranges[2], 'PLAT-1.4').newText, '"PLAT-1.4"');
    const after = applyEdits(text, [renameId(parsed, ranges[1], 'PLAT-1.5'), renameId(parsed, ranges[2], 'PLAT-1.6')]);
    assert.deepEqual(parse(after).model!.objectives[0].key_results.map((kr) => kr.id), ['PLAT-1.2', 'PLAT-1.5', 'PLAT-1.6']);
  });

  it('quotes an id that would not read back as written', () => {
    assert.equal(renameId(parsed, ranges[0], 'A: B').newText, '"A: B"');
    assert.equal(renameId(parsed, ranges[0], '12').newText, '"12"');
  });
});

describe('suggestFreeId', () => {
  it('takes the number after the highest sibling', () => {
    assert.equal(suggestFreeId('PLAT-1.2', new Set(['PLAT-1', 'PLAT-1.1', 'PLAT-1.2', 'PLAT-1.3'])), 'PLAT-1.4');
    assert.equal(suggestFreeId('PLAT-1.2', new Set(['PLAT-1.2', 'PLAT-1.7', 'PLAT-2.9', 'PLAT-1.3.1'])), 'PLAT-1.8');
    assert.equal(suggestFreeId('PLAT-2', new Set(['PLAT-1', 'PLAT-2', 'PLAT-2.5'])), 'PLAT-3');
  });

  it('compares ids case-insensitively and keeps zero padding', () => {
    assert.equal(suggestFreeId('plat-1.1', new Set(['PLAT-1.1', 'PLAT-1.2'])), 'plat-1.3');
    assert.equal(suggestFreeId('KR-01', new Set(['KR-01', 'KR-02'])), 'KR-03');
  });

  it('never returns a taken id', () => {
    const taken = new Set(['X-1', 'X-2', 'X']);
    assert.ok(!taken.has(suggestFreeId('X', taken)));
    assert.equal(suggestFreeId('X', taken), 'X-3');
  });
});
