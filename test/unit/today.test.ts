import { strict as assert } from 'assert';
import { localToday, msUntilLocalMidnight } from '../../src/core/today';

describe('today', () => {
  it('is the local calendar day', () => {
    assert.equal(localToday(new Date(2026, 10, 22, 23, 59)), '2026-11-22');
    assert.equal(localToday(new Date(2026, 0, 5, 0, 0)), '2026-01-05');
  });

  it('moves on at the next local midnight', () => {
    assert.equal(msUntilLocalMidnight(new Date(2026, 10, 22, 23, 59, 30)), 30_000);
    assert.equal(msUntilLocalMidnight(new Date(2026, 10, 22, 0, 0, 0)), 24 * 3600_000);
    const lastSecond = new Date(2026, 11, 31, 23, 59, 59);
    const next = new Date(lastSecond.getTime() + msUntilLocalMidnight(lastSecond));
    assert.equal(localToday(next), '2027-01-01');
    assert.equal(localToday(new Date(next.getTime() - 1)), '2026-12-31');
  });
});
