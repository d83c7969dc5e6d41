import { strict as assert } from 'assert';
import fc from 'fast-check';
import { krProgress, objectiveProgress } from '../../../src/core/progress';
import { expectedProgress, MAX_SCORE, zoneOf } from '../../../src/core/progress/pace';
import { checkin, keyResult, objective, Q4 } from './fixtures';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const direction = fc.constantFrom(undefined, 'increase', 'decrease', 'at_least', 'at_most' as const);
const dayOfQ4 = fc
  .integer({ min: 0, max: 91 })
  .map((offset) => new Date(Date.UTC(2026, 9, 1 + offset)).toISOString().slice(0, 10));

const metricKr = fc
  .record({
    baseline: fc.option(finite, { nil: undefined }),
    target: fc.option(finite, { nil: undefined }),
    value: fc.option(finite, { nil: undefined }),
    direction,
    weight: fc.double({ min: 0.1, max: 10, noNaN: true }),
  })
  .map(({ baseline, target, value, direction: d, weight }) =>
    keyResult({
      baseline,
      target,
      direction: d,
      weight,
      checkins: value === undefined ? [] : [checkin('2026-11-01', value)],
    }),
  );

describe('progress properties', () => {
  it('clamped progress stays in [0, 1], the score in [0, 1.2], and the zone matches the score', () => {
    fc.assert(
      fc.property(metricKr, dayOfQ4, (kr, today) => {
        const p = krProgress(kr, Q4, { today });
        assert.ok(Number.isFinite(p.progress));
        assert.ok(p.progressClamped >= 0 && p.progressClamped <= 1);
        assert.ok(p.score >= 0 && p.score <= MAX_SCORE);
        assert.equal(p.zone, zoneOf(p.score));
        // Done at 100%, give or take the last of 6 decimals of binary noise.
        if (p.progress >= 1) assert.equal(p.status, 'done');
        if (p.status === 'done') assert.ok(p.progress > 0.999999);
      }),
    );
  });

  it('expected progress never decreases as the days go by and stays in [0, 1]', () => {
    fc.assert(
      fc.property(dayOfQ4, dayOfQ4, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const [e, l] = [expectedProgress(Q4, early), expectedProgress(Q4, late)];
        assert.ok(e <= l && e >= 0 && l <= 1);
      }),
    );
  });

  it('an objective lies between its weakest and its strongest KR', () => {
    fc.assert(
      fc.property(fc.array(metricKr, { minLength: 1, maxLength: 6 }), (krs) => {
        const o = objectiveProgress(objective('O', krs), Q4, { today: '2026-11-15' });
        const clamped = o.keyResults.map((kr) => kr.progressClamped);
        assert.ok(o.progress >= Math.min(...clamped) - 1e-9 && o.progress <= Math.max(...clamped) + 1e-9);
      }),
    );
  });
});
