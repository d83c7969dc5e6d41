import { strict as assert } from 'assert';
import { parseOkrText } from '../../../src/core/format/parse';

const FILE = `okr: 1
team: T
period: 2026-Q4
objectives:
  - id: T-1
    title: Make the product better for users
    key_results:
      - id: T-1.1
        title: Raise x from 1 to 2
        baseline: .nan
        target: .inf
        weight: 1e400
        checkins:
          - date: 2026-10-07
            value: -.inf
      - id: T-1.2
        title: Raise y from 1 to 2
        baseline: 1
        target: 2
        weight: 1e308
        type: metric
      - id: T-1.3
        title: Ship z
        type: milestone
        milestones:
          - { title: a, done: true, weight: .NaN }
`;

describe('non-finite numbers are schema errors at their exact range', () => {
  const findings = parseOkrText(FILE, 't.okr.yaml').findings.filter((f) => f.rule === 'schema');
  const at = (line: number) => findings.filter((f) => f.range.start.line === line);
  const only = (line: number) => {
    const found = at(line);
    assert.equal(found.length, 1, `line ${line + 1}: ${JSON.stringify(found.map((f) => f.message))}`);
    return found[0];
  };
  const span = (line: number) => {
    const { start, end } = only(line).range;
    return [start.line, start.character, end.line, end.character];
  };

  it('.nan as a baseline: the value, named, with what to write instead', () => {
    assert.deepEqual(span(9), [9, 18, 9, 22]);
    assert.equal(only(9).message, '"baseline" is .nan (not a number), not a finite number: write a number such as 10 or 0.5.');
    assert.equal(only(9).severity, 'error');
  });

  it('.inf as a target and 1e400 as a weight are infinite', () => {
    assert.deepEqual(span(10), [10, 16, 10, 20]);
    assert.match(only(10).message, /^"target" is infinite/);
    assert.deepEqual(span(11), [11, 16, 11, 21]);
    assert.match(only(11).message, /^"weight" is infinite \(\.inf, or too large for a number\)/);
  });

  it('-.inf as a check-in value', () => {
    assert.deepEqual(span(14), [14, 19, 14, 24]);
    assert.match(only(14).message, /^"value" is minus infinity/);
  });

  it('a weight is bounded: 1e308 is refused with the bound', () => {
    assert.deepEqual(span(19), [19, 16, 19, 21]);
    assert.equal(only(19).message, '"weight" must be <= 1000.');
  });

  it('a milestone weight of .NaN', () => {
    assert.equal(at(25).length, 1);
    assert.match(at(25)[0].message, /"weight" is \.nan/);
  });

  it('finite numbers pass', () => {
    const fine = FILE.replace('.nan', '1').replace('.inf', '2').replace('1e400', '2').replace('-.inf', '1.5').replace('1e308', '1000').replace('.NaN', '1');
    assert.deepEqual(parseOkrText(fine, 't.okr.yaml').findings.filter((f) => f.rule === 'schema'), []);
  });
});
