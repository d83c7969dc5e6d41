import { strict as assert } from 'assert';
import { krProgress } from '../../../src/core/progress/kr';
import { checkin, keyResult, MID_Q4, milestone, percentKr, Q4 } from './fixtures';

const at = { today: MID_Q4 };

describe('progress/kr: milestones, status, staleness, rollup hook', () => {
  describe('milestone KRs', () => {
    it('done: true is 1 and done, done: false is 0', () => {
      const done = krProgress(keyResult({ type: 'milestone', done: true }), Q4, at);
      assert.equal(done.progress, 1);
      assert.equal(done.current, true);
      assert.equal(done.status, 'done');
      const open = krProgress(keyResult({ type: 'milestone', done: false }), Q4, at);
      assert.equal(open.progress, 0);
      assert.equal(open.current, false);
    });

    it('without check-ins is paced, not no-checkin: 0 of 0.5 expected is off-track', () => {
      assert.equal(krProgress(keyResult({ type: 'milestone' }), Q4, at).status, 'off-track');
    });

    it('milestones give the weighted share of done ones: weights 1 + 2 of 1 + 2 + 3 is 0.5', () => {
      const kr = krProgress(
        keyResult({
          type: 'milestone',
          done: true,
          milestones: [milestone('Design', true), milestone('Pilot', true, 2), milestone('Rollout', false, 3)],
        }),
        Q4,
        at,
      );
      assert.equal(kr.progress, 0.5);
      assert.deepEqual(kr.milestones, { done: 2, total: 3, doneWeight: 3, totalWeight: 6 });
      assert.equal(kr.status, 'on-track');
    });

    it('a boolean check-in sets done, the newest one winning over the `done` field', () => {
      const kr = krProgress(
        keyResult({
          type: 'milestone',
          done: false,
          checkins: [checkin('2026-10-07', false), checkin('2026-10-20', true)],
        }),
        Q4,
        at,
      );
      assert.equal(kr.progress, 1);
      assert.equal(kr.current, true);
      assert.equal(kr.status, 'done');
      const reopened = krProgress(
        keyResult({ type: 'milestone', done: true, checkins: [checkin('2026-11-01', false)] }),
        Q4,
        at,
      );
      assert.equal(reopened.progress, 0);
    });

    it('boolean check-ins do not override listed milestones', () => {
      const kr = krProgress(
        keyResult({
          type: 'milestone',
          milestones: [milestone('a', true), milestone('b', false)],
          checkins: [checkin('2026-11-01', true)],
        }),
        Q4,
        at,
      );
      assert.equal(kr.progress, 0.5);
    });
  });

  describe('status', () => {
    it('is on-track exactly 10 points behind, at-risk at 11', () => {
      assert.equal(krProgress(percentKr(40), Q4, at).status, 'on-track');
      assert.equal(krProgress(percentKr(39), Q4, at).status, 'at-risk');
    });

    it('is at-risk exactly 25 points behind, off-track at 26', () => {
      assert.equal(krProgress(percentKr(25), Q4, at).status, 'at-risk');
      assert.equal(krProgress(percentKr(24), Q4, at).status, 'off-track');
    });

    it('reports the expected share of the period', () => {
      assert.equal(krProgress(percentKr(24), Q4, at).expected, 0.5);
    });

    it('takes thresholds from the options', () => {
      assert.equal(krProgress(percentKr(44), Q4, { today: MID_Q4, atRiskPoints: 5 }).status, 'at-risk');
      assert.equal(
        krProgress(percentKr(44), Q4, { today: MID_Q4, atRiskPoints: 5, offTrackPoints: 5.5 }).status,
        'off-track',
      );
    });

    it('done wins over pace: exactly at target is done', () => {
      assert.equal(krProgress(percentKr(100), Q4, { today: '2026-12-31' }).status, 'done');
    });

    it('nothing is behind before the period starts', () => {
      const kr = krProgress(percentKr(0, { checkins: [checkin('2026-09-20', 0)] }), Q4, { today: '2026-09-25' });
      assert.equal(kr.expected, 0);
      assert.equal(kr.status, 'on-track');
    });

    it('after the period, everything is expected', () => {
      const kr = krProgress(percentKr(80), Q4, { today: '2027-01-15' });
      assert.equal(kr.expected, 1);
      assert.equal(kr.status, 'at-risk');
    });
  });

  describe('stale', () => {
    const lastCheckinOn = (date: string) => percentKr(undefined, { checkins: [checkin(date, 50)] });

    it('is fresh at exactly the cadence (7 days) and stale one day later', () => {
      const fresh = krProgress(lastCheckinOn('2026-11-08'), Q4, at);
      assert.equal(fresh.daysSinceCheckin, 7);
      assert.equal(fresh.stale, false);
      const stale = krProgress(lastCheckinOn('2026-11-07'), Q4, at);
      assert.equal(stale.daysSinceCheckin, 8);
      assert.equal(stale.stale, true);
      assert.equal(stale.status, 'on-track', 'staleness is a flag beside the pace status');
    });

    it('follows the configured cadence', () => {
      assert.equal(krProgress(lastCheckinOn('2026-11-07'), Q4, { today: MID_Q4, cadenceDays: 14 }).stale, false);
      assert.equal(krProgress(lastCheckinOn('2026-11-12'), Q4, { today: MID_Q4, cadenceDays: 2 }).stale, true);
    });

    it('is never stale outside the period', () => {
      assert.equal(krProgress(lastCheckinOn('2026-12-01'), Q4, { today: '2027-01-10' }).stale, false);
      assert.equal(krProgress(lastCheckinOn('2026-09-01'), Q4, { today: '2026-09-30' }).stale, false);
      assert.equal(krProgress(lastCheckinOn('2026-09-01'), Q4, { today: '2026-10-01' }).stale, true);
    });

    it('is never stale once done', () => {
      assert.equal(krProgress(percentKr(undefined, { checkins: [checkin('2026-10-02', 100)] }), Q4, at).stale, false);
    });
  });

  describe('rollup hook', () => {
    it('takes the progress of a `rollup: children` KR from resolveRollup', () => {
      const seen: string[] = [];
      const kr = krProgress(percentKr(undefined, { id: 'CO-1.1', rollup: 'children' }), Q4, {
        today: MID_Q4,
        resolveRollup: (k) => {
          seen.push(k.id);
          return 0.6;
        },
      });
      assert.deepEqual(seen, ['CO-1.1']);
      assert.equal(kr.progress, 0.6);
      assert.equal(kr.score, 0.6);
      assert.equal(kr.status, 'on-track', 'a rolled-up KR needs no check-in of its own');
    });

    it('keeps the own check-ins when the hook has no answer, and never asks for other KRs', () => {
      let calls = 0;
      const resolveRollup = () => {
        calls++;
        return undefined;
      };
      const rolled = krProgress(percentKr(30, { rollup: 'children' }), Q4, { today: MID_Q4, resolveRollup });
      assert.equal(rolled.progress, 0.3);
      const plain = krProgress(percentKr(30), Q4, { today: MID_Q4, resolveRollup });
      assert.equal(plain.progress, 0.3);
      assert.equal(calls, 1);
    });
  });
});
