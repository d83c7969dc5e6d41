import { strict as assert } from 'assert';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { lint, okrFile, only, textAt, yaml } from './helpers';

/** An objective with `count` well-formed KRs. */
function objective(id: string, count: number, title = 'Make onboarding effortless'): string {
  const krs = Array.from({ length: count }, (_, i) => yaml`
    - id: ${id}.${i + 1}
      title: Cut setup time from ${30 + i} to 20 minutes
      owner: ann
      baseline: ${30 + i}
      target: 20
  `.replace(/^(?=.)/gm, '    ')).join('');
  return `- id: ${id}\n  title: ${title}\n  key_results:\n${krs}`;
}

describe('kr-count', () => {
  it('flags fewer than the minimum at the objective id', () => {
    const text = okrFile(objective('O-1', 1));
    const [found, ...rest] = only(lint(text), 'kr-count');
    assert.equal(rest.length, 0);
    assert.equal(textAt(text, found.range), 'O-1');
    assert.deepEqual(found.data, { objectiveId: 'O-1', count: 1, min: 2, max: 5 });
    assert.match(found.message, /has 1 key result; aim for 2 to 5/);
  });

  it('flags more than the maximum, accepts the bounds themselves', () => {
    assert.equal(only(lint(okrFile(objective('O-1', 6))), 'kr-count').length, 1);
    assert.deepEqual(only(lint(okrFile(objective('O-1', 2))), 'kr-count'), []);
    assert.deepEqual(only(lint(okrFile(objective('O-1', 5))), 'kr-count'), []);
  });

  it('follows the configured bounds', () => {
    const config = { ...DEFAULT_CONFIG, krCount: { min: 1, max: 3 } };
    assert.deepEqual(only(lint(okrFile(objective('O-1', 1)), { config }), 'kr-count'), []);
    assert.equal(only(lint(okrFile(objective('O-1', 4)), { config }), 'kr-count').length, 1);
  });
});

describe('objective-count', () => {
  const objectives = (n: number) => Array.from({ length: n }, (_, i) => objective(`O-${i + 1}`, 2)).join('');

  it('allows 3 objectives in a team file (one with a parent) and flags 4 at the objectives key', () => {
    const parent = 'parent: ../company.okr.yaml\n';
    assert.deepEqual(only(lint(okrFile(objectives(3), parent)), 'objective-count'), []);
    const text = okrFile(objectives(4), parent);
    const [found] = only(lint(text), 'objective-count');
    assert.equal(textAt(text, found.range), 'objectives');
    assert.deepEqual(found.data, { count: 4, max: 3, level: 'team' });
    assert.match(found.message, /team file/);
  });

  it('allows 5 at company level (no parent) and flags 6', () => {
    assert.deepEqual(only(lint(okrFile(objectives(5))), 'objective-count'), []);
    const [found] = only(lint(okrFile(objectives(6))), 'objective-count');
    assert.deepEqual(found.data, { count: 6, max: 5, level: 'company' });
  });
});

describe('objective-has-metric', () => {
  it('flags numbers and percentages in an objective title, at the title value', () => {
    const text = okrFile(objective('O-1', 2, 'Grow revenue by 20%'));
    const [found] = only(lint(text), 'objective-has-metric');
    assert.equal(textAt(text, found.range), 'Grow revenue by 20%');
    assert.deepEqual(found.data, { objectiveId: 'O-1', numbers: ['20%'] });
    assert.match(found.message, /numbers belong in its key results/);
    assert.equal(only(lint(okrFile(objective('O-1', 2, 'Reach 1M users'))), 'objective-has-metric').length, 1);
  });

  it('accepts years, quarters and names with numbers', () => {
    for (const title of ['Win the enterprise market in 2026', 'Make Q4 our best quarter', 'Pass the SOC 2 audit with ease']) {
      assert.deepEqual(only(lint(okrFile(objective('O-1', 2, title))), 'objective-has-metric'), [], title);
    }
  });
});

describe('kr-no-owner', () => {
  it('flags a KR without owner at its id, as info', () => {
    const text = okrFile(objective('O-1', 2).replace('      owner: ann\n', ''));
    const [found, ...rest] = only(lint(text), 'kr-no-owner');
    assert.equal(rest.length, 0);
    assert.equal(textAt(text, found.range), 'O-1.1');
    assert.equal(found.severity, 'info');
    assert.deepEqual(found.data, { krId: 'O-1.1', objectiveId: 'O-1' });
  });

  it('treats a blank owner as none and accepts a named one', () => {
    assert.equal(only(lint(okrFile(objective('O-1', 2).replace('owner: ann', 'owner: " "'))), 'kr-no-owner').length, 1);
    assert.deepEqual(only(lint(okrFile(objective('O-1', 2))), 'kr-no-owner'), []);
  });
});
