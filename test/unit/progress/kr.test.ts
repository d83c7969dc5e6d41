import { strict as assert } from 'assert';
import { inferDirection, krProgress, metricProgress } from '../../../src/core/progress/kr';
import { checkin, keyResult, MID_Q4, percentKr, Q4 } from './fixtures';

const at = { today: MID_Q4 };
const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≉ ${expected}`);

describe('progress/kr', () => {
  describe('inferDirection', () => {
    it('infers increase and decrease from baseline and target', () => {
      assert.equal(inferDirection(keyResult({ baseline: 800, target: 1000 })), 'increase');
      assert.equal(inferDirection(keyResult({ baseline: 10, target: 8 })), 'decrease');
    });

    it('keeps a written direction', () => {
      assert.equal(inferDirection(keyResult({ target: 98, direction: 'at_least' })), 'at_least');
    });

    it('has none without a baseline, with baseline = target, or for a milestone', () => {
      assert.equal(inferDirection(keyResult({ target: 8 })), undefined);
      assert.equal(inferDirection(keyResult({ baseline: 8, target: 8 })), undefined);
      assert.equal(inferDirection(keyResult({ type: 'milestone', direction: 'increase' })), undefined);
    });
  });

  describe('metric progress', () => {
    it('increase: 800 → 1000 at 905 is 105/200 = 0.525', () => {
      const kr = krProgress(keyResult({ baseline: 800, target: 1000, checkins: [checkin('2026-11-14', 905)] }), Q4, at);
      assert.equal(kr.direction, 'increase');
      assert.equal(kr.current, 905);
      close(kr.progress, 0.525);
      assert.equal(kr.score, 0.53);
      assert.equal(kr.zone, 'commit');
    });

    it('decrease: 10 → 8 at 9.1 is −0.9/−2 = 0.45', () => {
      const kr = krProgress(keyResult({ baseline: 10, target: 8, checkins: [checkin('2026-11-14', 9.1)] }), Q4, at);
      assert.equal(kr.direction, 'decrease');
      close(kr.progress, 0.45);
      close(kr.progressClamped, 0.45);
    });

    it('overshoot: 0 → 100 at 125 keeps 1.25, clamps to 1 for bars, scores 1.2 and is done', () => {
      const kr = krProgress(percentKr(125), Q4, at);
      assert.equal(kr.progress, 1.25);
      assert.equal(kr.progressClamped, 1);
      assert.equal(kr.score, 1.2);
      assert.equal(kr.zone, 'stretch');
      assert.equal(kr.status, 'done');
    });

    it('wrong way: 10 → 8 at 10.5 is −0.25, clamped and scored 0', () => {
      const kr = krProgress(keyResult({ baseline: 10, target: 8, checkins: [checkin('2026-11-14', 10.5)] }), Q4, at);
      assert.equal(kr.progress, -0.25);
      assert.equal(kr.progressClamped, 0);
      assert.equal(kr.score, 0);
      assert.equal(kr.zone, 'fail');
    });

    it('increase without a baseline is all or nothing', () => {
      const kr = keyResult({ target: 100, direction: 'increase' });
      assert.equal(metricProgress(kr, 99), 0);
      assert.equal(metricProgress(kr, 100), 1);
      const down = keyResult({ target: 8, direction: 'decrease' });
      assert.equal(metricProgress(down, 8.5), 0);
      assert.equal(metricProgress(down, 7), 1);
    });

    it('is all or nothing when baseline and target are too close to divide by', () => {
      const same = keyResult({ baseline: 8, target: 8, direction: 'increase' });
      assert.equal(metricProgress(same, 8), 1);
      assert.equal(metricProgress(same, 7), 0);
      const subnormal = keyResult({ baseline: 0, target: Number.MIN_VALUE });
      assert.equal(metricProgress(subnormal, 1), 1);
      assert.equal(metricProgress(subnormal, -1), 0);
    });

    it('is 0 when there is nothing to measure against (no target)', () => {
      assert.equal(metricProgress(keyResult({ baseline: 3 }), 5), 0);
    });

    it('at_least: held (above or exactly at the target) is 1', () => {
      const kr = keyResult({ target: 98, direction: 'at_least' });
      assert.equal(metricProgress(kr, 98.6), 1);
      assert.equal(metricProgress(kr, 98), 1);
    });

    it('at_least not held: 0 without a baseline, partial credit from a baseline below the target', () => {
      assert.equal(metricProgress(keyResult({ target: 98, direction: 'at_least' }), 97), 0);
      // 90 → 98 at 94 is 4/8.
      assert.equal(metricProgress(keyResult({ baseline: 90, target: 98, direction: 'at_least' }), 94), 0.5);
      // A baseline already above the target gives no distance to credit.
      assert.equal(metricProgress(keyResult({ baseline: 99, target: 98, direction: 'at_least' }), 97.5), 0);
    });

    it('at_most: held is 1; not held, partial credit from a baseline above the target', () => {
      assert.equal(metricProgress(keyResult({ target: 200, direction: 'at_most' }), 180), 1);
      assert.equal(metricProgress(keyResult({ target: 200, direction: 'at_most' }), 200), 1);
      assert.equal(metricProgress(keyResult({ target: 200, direction: 'at_most' }), 250), 0);
      // 300 → 200 at 250 is −50/−100.
      assert.equal(metricProgress(keyResult({ baseline: 300, target: 200, direction: 'at_most' }), 250), 0.5);
    });
  });

  describe('current value', () => {
    it('is the newest check-in by date even when the list is out of order', () => {
      const kr = krProgress(
        percentKr(undefined, { checkins: [checkin('2026-11-10', 30), checkin('2026-10-20', 60)] }),
        Q4,
        at,
      );
      assert.equal(kr.current, 30);
      assert.equal(kr.lastCheckin?.date, '2026-11-10');
      assert.equal(kr.previousCheckin?.date, '2026-10-20');
    });

    it('on the same day, the later in the file wins', () => {
      const kr = krProgress(
        percentKr(undefined, { checkins: [checkin('2026-11-10', 30), checkin('2026-11-10', 40)] }),
        Q4,
        at,
      );
      assert.equal(kr.current, 40);
    });

    it('a note-only check-in keeps the last measured value; confidence is that of the newest check-in (none here)', () => {
      const kr = krProgress(
        percentKr(undefined, {
          checkins: [
            checkin('2026-11-01', 30, { confidence: 0.8 }),
            checkin('2026-11-12', undefined, { note: 'blocked' }),
          ],
        }),
        Q4,
        at,
      );
      assert.equal(kr.current, 30);
      assert.equal(kr.progress, 0.3);
      assert.equal(kr.confidence, undefined);
      assert.equal(kr.lastCheckin?.note, 'blocked');
    });

    it('confidence and days since come from the latest check-in', () => {
      const kr = krProgress(
        percentKr(undefined, {
          checkins: [checkin('2026-10-07', 20, { confidence: 0.4 }), checkin('2026-11-12', 45, { confidence: 0.7 })],
        }),
        Q4,
        at,
      );
      assert.equal(kr.confidence, 0.7);
      assert.equal(kr.daysSinceCheckin, 3);
    });

    it('a check-in without a valid date counts as the oldest', () => {
      const kr = krProgress(
        percentKr(undefined, { checkins: [checkin('2026-11-01', 30), checkin('sometime', 90)] }),
        Q4,
        at,
      );
      assert.equal(kr.current, 30);
    });

    it('without a check-in: no current value, progress 0, status no-checkin', () => {
      const kr = krProgress(percentKr(undefined), Q4, at);
      assert.equal(kr.current, undefined);
      assert.equal(kr.progress, 0);
      assert.equal(kr.status, 'no-checkin');
      assert.equal(kr.lastCheckin, undefined);
      assert.equal(kr.daysSinceCheckin, undefined);
      assert.equal(kr.stale, false);
    });
  });
});
