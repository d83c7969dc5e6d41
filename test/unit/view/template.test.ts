import { strict as assert } from 'assert';
import { parseOkrText } from '../../../src/core/format/parse';
import { okrFileTemplate, quarterOf } from '../../../src/core/view/template';

describe('the OKR file template', () => {
  it('is a valid OKR file with comments explaining it', () => {
    const text = okrFileTemplate('Platform', '2026-Q4');
    const parsed = parseOkrText(text, 'okrs.okr.yaml');
    assert.deepEqual(parsed.findings.filter((f) => f.severity === 'error'), []);
    assert.equal(parsed.model?.team, 'Platform');
    assert.deepEqual(parsed.model?.objectives.flatMap((o) => o.key_results.map((kr) => kr.id)), ['TEAM-1.1', 'TEAM-1.2']);
    assert.ok(text.split('\n').filter((line) => line.includes('#')).length >= 5);
  });

  it('quotes a team name YAML would misread', () => {
    const parsed = parseOkrText(okrFileTemplate('ops: on-call # night', '2026-Q1'), 'x.okr.yaml');
    assert.equal(parsed.model?.team, 'ops: on-call # night');
  });

  it('names the quarter of a date', () => {
    assert.equal(quarterOf(new Date(2026, 9, 7)), '2026-Q4');
    assert.equal(quarterOf(new Date(2027, 0, 1)), '2027-Q1');
  });
});
