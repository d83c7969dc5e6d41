import { strict as assert } from 'assert';
import fc from 'fast-check';
import { applyEdits } from '../../../src/core/edit/textEdit';
import { LineIndex, toTextEdits } from '../../../src/core/edit/textEdit';
import { range } from '../../../src/core/types';

describe('applyEdits', () => {
  it('applies edits given in any order, insertions at one spot in list order', () => {
    const text = 'one\ntwo\nthree';
    const edits = [
      { range: range(2, 0, 2, 5), newText: '3' },
      { range: range(0, 3, 0, 3), newText: '!' },
      { range: range(0, 3, 0, 3), newText: '?' },
      { range: range(1, 0, 1, 3), newText: '2' },
    ];
    assert.equal(applyEdits(text, edits), 'one!?\n2\n3');
  });

  it('counts CRLF as one line break', () => {
    assert.equal(applyEdits('a\r\nb\r\n', [{ range: range(1, 1, 1, 1), newText: 'c' }]), 'a\r\nbc\r\n');
  });

  it('throws on overlapping edits', () => {
    assert.throws(() => applyEdits('abcdef', [{ range: range(0, 1, 0, 4), newText: '' }, { range: range(0, 3, 0, 5), newText: '' }]));
  });
});

describe('toTextEdits', () => {
  it('merges an insertion that touches a deletion into one edit', () => {
    const text = 'keep\ndrop\nrest\n';
    const edits = toTextEdits(text, [
      { start: 5, end: 10, newText: '' },
      { start: 10, end: 10, newText: 'new\n' },
    ]);
    assert.deepEqual(edits, [{ range: range(1, 0, 2, 0), newText: 'new\n' }]);
    assert.equal(applyEdits(text, edits), 'keep\nnew\nrest\n');
  });

  it('turns offsets into positions and back (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r\n', 'é', '😀') }), fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        const index = new LineIndex(text);
        const position = index.positionAt(offset);
        // A position between \r and \n does not exist in an editor; everything else round-trips.
        if (text[offset - 1] !== '\r' || text[offset] !== '\n') assert.equal(index.offsetAt(position), offset);
      }),
      { numRuns: 300 },
    );
  });
});
