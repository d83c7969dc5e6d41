import fc from 'fast-check';
import type { CheckInEntry } from '../../../src/core/edit';
import { appendAndCheck } from './helpers';
import { krIds, okrFileSpec, renderOkrFile } from './okrFileArbitrary';

const HOSTILE_NOTES = ['Done: #1', '*not an alias', '&no anchor', '!no tag', '<script>x</script>', 'a\nb', '  lead\n', 'x\n\n', "it's \"quoted\""];

const entry: fc.Arbitrary<CheckInEntry> = fc.record(
  {
    date: fc.constantFrom('2026-10-08', '2026-12-31', '2027-02-28'),
    value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean()),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    note: fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...HOSTILE_NOTES)),
  },
  { requiredKeys: ['date', 'value'] },
);

describe('appendCheckin on generated OKR files (property)', () => {
  it('only inserts, leaves every other byte alone, and the result parses with the check-in last', function () {
    this.timeout(120_000); // 200 files, each parsed several times
    const scenario = okrFileSpec.chain((spec) =>
      fc.record({ text: fc.constant(renderOkrFile(spec)), krId: fc.constantFrom(...krIds(spec)), entry }),
    );
    fc.assert(
      fc.property(scenario, ({ text, krId, entry }) => {
        appendAndCheck(text, krId, entry);
      }),
      { numRuns: 200 },
    );
  });
});
