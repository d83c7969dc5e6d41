import { strict as assert } from 'assert';
import { fileProgress, objectiveProgress, periodProgress } from '../../../src/core/progress/rollup';
import { checkin, keyResult, MID_Q4, objective, okrFile, percentKr, Q4 } from './fixtures';

const at = { today: MID_Q4 };
const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≉ ${expected}`);

describe('progress/rollup', () => {
  describe('objectiveProgress', () => {
    it('weights KRs: 0.8 × 3 and 0.4 × 1 give 2.8 / 4 = 0.7', () => {
      const o = objectiveProgress(objective('O', [percentKr(80, { weight: 3 }), percentKr(40)]), Q4, at);
      close(o.progress, 0.7);
      assert.equal(o.score, 0.7);
      assert.equal(o.zone, 'target');
      assert.equal(o.expected, 0.5);
      assert.equal(o.status, 'on-track');
      assert.deepEqual(
        o.keyResults.map((kr) => kr.progress),
        [0.8, 0.4],
      );
    });

    it('averages clamped progress, while overshoot still lifts the score: (1 + 0.5) / 2, (1.2 + 0.5) / 2', () => {
      const o = objectiveProgress(objective('O', [percentKr(125), percentKr(50)]), Q4, at);
      assert.equal(o.progress, 0.75);
      assert.equal(o.score, 0.85);
    });

    it('counts a wrong-way KR as 0, not negative: (0 + 0.6) / 2 = 0.3', () => {
      const wrongWay = keyResult({ baseline: 10, target: 8, checkins: [checkin('2026-11-01', 11)] });
      const o = objectiveProgress(objective('O', [wrongWay, percentKr(60)]), Q4, at);
      assert.equal(o.progress, 0.3);
      assert.equal(o.score, 0.3);
      assert.equal(o.zone, 'commit');
    });

    it('takes its status from its progress against the pace, with the same thresholds', () => {
      // (0.3 + 0.5) / 2 = 0.4: exactly 10 points behind 0.5.
      assert.equal(objectiveProgress(objective('O', [percentKr(30), percentKr(50)]), Q4, at).status, 'on-track');
      // (0.3 + 0.48) / 2 = 0.39: 11 points behind.
      assert.equal(objectiveProgress(objective('O', [percentKr(30), percentKr(48)]), Q4, at).status, 'at-risk');
      // (0 + 0.5) / 2 = 0.25: exactly 25 points behind; 0.24 is off-track.
      assert.equal(objectiveProgress(objective('O', [percentKr(undefined), percentKr(50)]), Q4, at).status, 'at-risk');
      assert.equal(
        objectiveProgress(objective('O', [percentKr(undefined), percentKr(48)]), Q4, at).status,
        'off-track',
      );
    });

    it('is done when every KR is done', () => {
      const o = objectiveProgress(
        objective('O', [percentKr(100), keyResult({ type: 'milestone', done: true })]),
        Q4,
        at,
      );
      assert.equal(o.status, 'done');
      assert.equal(o.zone, 'stretch');
    });

    it('is 0 without KRs', () => {
      const o = objectiveProgress(objective('O', []), Q4, at);
      assert.equal(o.progress, 0);
      assert.equal(o.score, 0);
    });
  });

  describe('fileProgress', () => {
    const file = okrFile('teams/a.okr.yaml', [
      // (0.9 + 0.6 + 0.3) / 3 = 0.6
      objective('A-1', [percentKr(90), percentKr(60), percentKr(30, { checkins: [checkin('2026-10-20', 30)] })]),
      // 0.2
      objective('A-2', [percentKr(20)]),
      // no check-in: 0
      objective('A-3', [percentKr(undefined)]),
    ]);

    it('averages objectives with equal weight: (0.6 + 0.2 + 0) / 3, not the KR average 0.4', () => {
      const f = fileProgress(file, at);
      close(f.progress, 0.8 / 3);
      assert.equal(f.score, 0.27);
      assert.equal(f.zone, 'fail');
      assert.equal(f.expected, 0.5);
      assert.equal(f.file, 'teams/a.okr.yaml');
      assert.equal(f.team, 'Team');
      assert.equal(f.period, '2026-Q4');
    });

    it('counts KR statuses and stale KRs', () => {
      const f = fileProgress(file, at);
      // 0.9 and 0.6 on-track, 0.3 is 20 points behind, 0.2 is 30 behind, one never checked in.
      assert.deepEqual(f.counts, { done: 0, 'no-checkin': 1, 'off-track': 1, 'at-risk': 1, 'on-track': 2 });
      assert.equal(f.staleCount, 1);
    });
  });

  describe('periodProgress', () => {
    it('groups files by period and averages all their objectives equally', () => {
      const a = fileProgress(okrFile('a', [objective('A-1', [percentKr(60)]), objective('A-2', [percentKr(30)])]), at);
      const b = fileProgress(okrFile('b', [objective('B-1', [percentKr(0, { checkins: [] })])]), at);
      const h1 = { label: '2026-H1', start: '2026-01-01', end: '2026-06-30' };
      const c = fileProgress(okrFile('c', [objective('C-1', [percentKr(80)])], { period: h1 }), at);
      const periods = periodProgress([a, c, b]);
      assert.deepEqual(
        periods.map((p) => [p.period, p.files.map((f) => f.file)]),
        [
          ['2026-H1', ['c']],
          ['2026-Q4', ['a', 'b']],
        ],
      );
      const q4 = periods[1];
      // (0.6 + 0.3 + 0) / 3 = 0.3, where the file average would give (0.45 + 0) / 2.
      close(q4.progress, 0.3);
      assert.equal(q4.score, 0.3);
      assert.equal(q4.zone, 'commit');
      assert.equal(q4.expected, 0.5);
      assert.equal(periods[0].expected, 1);
    });
  });
});
