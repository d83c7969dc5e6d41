import { strict as assert } from 'assert';
import { isPeriodRunning, paceStatus, roundTo, scoreOf } from '../../../src/core/progress/pace';
import { expectedProgress, zoneOf } from '../../../src/core/progress/pace';
import { Q4 } from './fixtures';

describe('progress/pace', () => {
  describe('expectedProgress', () => {
    it('is 0 before the period starts', () => {
      assert.equal(expectedProgress(Q4, '2026-09-30'), 0);
    });

    it('counts the first day as elapsed: 1 of 92 days', () => {
      assert.equal(expectedProgress(Q4, '2026-10-01'), 1 / 92);
    });

    it('is half way on day 46 of 92 (2026-11-15)', () => {
      assert.equal(expectedProgress(Q4, '2026-11-15'), 0.5);
    });

    it('is 1 on the last day and after the end', () => {
      assert.equal(expectedProgress(Q4, '2026-12-31'), 1);
      assert.equal(expectedProgress(Q4, '2027-02-01'), 1);
    });

    it('works for explicit start/end dates: day 5 of 10 is 0.5', () => {
      assert.equal(expectedProgress({ label: 'sprint', start: '2026-01-01', end: '2026-01-10' }, '2026-01-05'), 0.5);
    });

    it('expects nothing without period dates or with a bad today', () => {
      assert.equal(expectedProgress(undefined, '2026-11-15'), 0);
      assert.equal(expectedProgress({ label: 'someday' }, '2026-11-15'), 0);
      assert.equal(expectedProgress(Q4, 'not a date'), 0);
    });

    it('expects nothing from a period that ends before it starts', () => {
      assert.equal(expectedProgress({ label: 'x', start: '2026-12-31', end: '2026-10-01' }, '2026-11-15'), 0);
    });
  });

  describe('isPeriodRunning', () => {
    it('is true on the first and last day, false just outside', () => {
      assert.equal(isPeriodRunning(Q4, '2026-09-30'), false);
      assert.equal(isPeriodRunning(Q4, '2026-10-01'), true);
      assert.equal(isPeriodRunning(Q4, '2026-12-31'), true);
      assert.equal(isPeriodRunning(Q4, '2027-01-01'), false);
      assert.equal(isPeriodRunning(undefined, '2026-11-15'), false);
    });
  });

  describe('paceStatus (default 10 / 25 points)', () => {
    it('is on-track exactly 10 points behind and at-risk just beyond', () => {
      assert.equal(paceStatus(0.4, 0.5), 'on-track');
      assert.equal(paceStatus(0.39, 0.5), 'at-risk');
    });

    it('is at-risk exactly 25 points behind and off-track just beyond', () => {
      assert.equal(paceStatus(0.25, 0.5), 'at-risk');
      assert.equal(paceStatus(0.24, 0.5), 'off-track');
    });

    it('is on-track when ahead of pace', () => {
      assert.equal(paceStatus(0.9, 0.5), 'on-track');
    });

    it('uses configured thresholds', () => {
      const strict = { atRiskPoints: 5, offTrackPoints: 15 };
      assert.equal(paceStatus(0.45, 0.5, strict), 'on-track');
      assert.equal(paceStatus(0.44, 0.5, strict), 'at-risk');
      assert.equal(paceStatus(0.35, 0.5, strict), 'at-risk');
      assert.equal(paceStatus(0.34, 0.5, strict), 'off-track');
    });
  });

  describe('scoreOf', () => {
    it('rounds clamped progress to 2 decimals, half away from zero', () => {
      assert.equal(scoreOf(0.454), 0.45);
      assert.equal(scoreOf(0.125), 0.13);
      assert.equal(scoreOf(-0.25), 0);
    });

    it('lets overshoot score above 1 but caps it at 1.2', () => {
      assert.equal(scoreOf(1.1), 1.1);
      assert.equal(scoreOf(1.25), 1.2);
      assert.equal(scoreOf(3), 1.2);
    });
  });

  describe('zoneOf', () => {
    it('puts each boundary in the upper zone', () => {
      assert.equal(zoneOf(0.29), 'fail');
      assert.equal(zoneOf(0.3), 'commit');
      assert.equal(zoneOf(0.69), 'commit');
      assert.equal(zoneOf(0.7), 'target');
      assert.equal(zoneOf(0.99), 'target');
      assert.equal(zoneOf(1.0), 'stretch');
      assert.equal(zoneOf(1.2), 'stretch');
      assert.equal(zoneOf(0), 'fail');
    });

    it('is not fooled by binary noise at a boundary (0.1 + 0.2 is 0.3)', () => {
      assert.equal(zoneOf(0.1 + 0.2), 'commit');
      assert.equal(zoneOf(0.7 - 1e-12), 'target');
    });
  });

  describe('roundTo', () => {
    it('rounds as on paper, where binary floating point would not', () => {
      assert.equal(roundTo(1.005, 2), 1.01);
      assert.equal(roundTo(-1.005, 2), -1.01);
      assert.equal(roundTo((0.5 - 0.4) * 100, 6), 10);
      assert.ok(Object.is(roundTo(-0.001, 2), 0));
    });
  });
});
