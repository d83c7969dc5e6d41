import { strict as assert } from 'assert';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { lintFile, RULES } from '../../../src/core/lint';
import { assessTaskLike } from '../../../src/core/lint/taskLike';
import { parse } from './helpers';

const anyValue = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }));
const date = fc.oneof(
  fc.constantFrom('2026-10-07', '2026-02-30', '2026-13-01', '2027-01-01', 'yesterday', ''),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const keyResult = fc.record(
  {
    id: fc.oneof(fc.constantFrom('A-1.1', 'A-1.2', 'a-1.1', 'A-1'), anyValue),
    title: fc.oneof(fc.string(), fc.constantFrom('Prepare a demo video', 'Improve alerting', 'Cut lead time from 10 to 8 days')),
    owner: anyValue,
    type: fc.constantFrom('metric', 'milestone', 'other'),
    baseline: anyValue,
    target: anyValue,
    direction: fc.constantFrom('increase', 'decrease', 'at_least', 'at_most', 'sideways'),
    checkins: fc.array(fc.record({ date, value: anyValue }, { requiredKeys: [] }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const okrFile = fc.record(
  {
    okr: fc.constantFrom(1, 2),
    period: fc.oneof(fc.constantFrom('2026-Q4', '2026-Q5'), fc.record({ start: date, end: date })),
    parent: fc.constantFrom('../company.okr.yaml'),
    objectives: fc.array(
      fc.record({ id: fc.oneof(fc.constantFrom('A-1', 'A-2'), anyValue), title: fc.string(), key_results: fc.array(keyResult, { maxLength: 6 }) }, { requiredKeys: [] }),
      { maxLength: 6 },
    ),
  },
  { requiredKeys: [] },
);
const KNOWN = new Set(RULES.map((rule) => rule.id));

describe('lint robustness', () => {
  it('never throws on generated files, and every finding has a known rule and a range inside the text', () => {
    fc.assert(
      fc.property(okrFile, fc.constantFrom(undefined, '2026-10-20', '2026-12-30'), (value, today) => {
        const text = stringify(value);
        const lineCount = text.split('\n').length;
        for (const found of lintFile(parse(text), DEFAULT_CONFIG, today)) {
          assert.ok(KNOWN.has(found.rule), found.rule);
          assert.equal(found.file, 'test.okr.yaml');
          assert.ok(found.range.start.line >= 0 && found.range.end.line < lineCount, JSON.stringify(found));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('classifies any title without throwing, always with a reason', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        assert.ok(assessTaskLike({ title }).reason.length > 0);
      }),
    );
  });
});
