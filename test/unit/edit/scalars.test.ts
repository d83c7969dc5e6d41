import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { blockScalar, inlineScalar, plainNumber } from '../../../src/core/edit/scalars';

/** A YAML text as data; the tests read `v`, `k` or `[0].k` from it. */
const parse = (text: string) => parseYaml(text) as { v?: unknown; k?: unknown; [index: number]: { k?: unknown } };

describe('plainNumber', () => {
  it('writes numbers without exponents', () => {
    assert.equal(plainNumber(1e21), '1000000000000000000000');
    assert.equal(plainNumber(-1.5e-7), '-0.00000015');
    assert.equal(plainNumber(2.5e25), '25000000000000000000000000');
    assert.equal(plainNumber(9.5), '9.5');
    assert.equal(plainNumber(-0), '-0');
    assert.throws(() => plainNumber(NaN));
    assert.throws(() => plainNumber(-Infinity));
  });

  it('reads back as the same number (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const written = plainNumber(value);
        assert.ok(!/e/i.test(written));
        assert.ok(Object.is(parse(`v: ${written}`).v, value), `${value} written as ${written}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe('scalars for user text', () => {
  it('uses plain style when it is unambiguous and quotes otherwise', () => {
    assert.equal(inlineScalar('Build cache landed; **flaky tests** remain.', 'block'), 'Build cache landed; **flaky tests** remain.');
    assert.equal(inlineScalar('a: b', 'block'), '"a: b"');
    assert.equal(inlineScalar('yes, no', 'block'), 'yes, no');
    assert.equal(inlineScalar('yes, no', 'flow'), '"yes, no"');
    assert.equal(inlineScalar('true', 'block'), '"true"');
    assert.equal(inlineScalar('&x', 'block'), '"&x"');
    // Plain `yes` and `1:20` are a boolean and a number to YAML 1.1 tools.
    assert.equal(inlineScalar('yes', 'block'), '"yes"');
    assert.equal(inlineScalar('1:20', 'block'), '"1:20"');
  });

  it('writes multi-line text as a literal block, with an indentation indicator when needed', () => {
    assert.equal(blockScalar('one\ntwo', 4, '\n'), '|-\n      one\n      two');
    assert.equal(blockScalar('one\n\ntwo\n', 0, '\r\n'), '|\r\n  one\r\n\r\n  two');
    assert.equal(blockScalar('  one\ntwo', 0, '\n'), '|2-\n    one\n  two');
    assert.equal(blockScalar('trailing \nspace', 0, '\n'), '"trailing \\nspace"');
  });

  it('reads back exactly whatever the text (property)', function () {
    this.timeout(120_000); // 500 strings, each parsed a few times
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', ' ', '\n', '#', ':', '-', '\t', '"', "'", '|') })), (text) => {
        assert.equal(parse(`k: ${inlineScalar(text, 'block')}`).k, text);
        assert.deepEqual(parse(`k: [${inlineScalar(text, 'flow')}]`).k, [text]);
        assert.equal(parse(`- k: ${blockScalar(text, 2, '\n')}\n`)[0].k, text);
      }),
      { numRuns: 500 },
    );
  });
});
