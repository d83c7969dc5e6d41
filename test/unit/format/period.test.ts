import { strict as assert } from 'assert';
import fc from 'fast-check';
import { isValidDate } from '../../../src/core/format/period';

/** The calendar as `Date` keeps it: a date is real when it survives a round trip unchanged. */
function realDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe('isValidDate', () => {
  it('knows month lengths and leap years', () => {
    assert.equal(isValidDate('2026-01-31'), true);
    assert.equal(isValidDate('2026-04-31'), false);
    assert.equal(isValidDate('2026-02-28'), true);
    assert.equal(isValidDate('2026-02-29'), false);
    assert.equal(isValidDate('2028-02-29'), true);
    assert.equal(isValidDate('2100-02-29'), false);
    assert.equal(isValidDate('2000-02-29'), true);
    assert.equal(isValidDate('2026-13-01'), false);
    assert.equal(isValidDate('2026-00-10'), false);
    assert.equal(isValidDate('2026-10-00'), false);
    assert.equal(isValidDate('2026-10-7'), false);
  });

  it('agrees with the calendar for every day of every month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        assert.equal(isValidDate(text), month >= 1 && month <= 12 && day >= 1 && realDate(year, month, day), text);
      }),
      { numRuns: 2000 },
    );
  });
});
