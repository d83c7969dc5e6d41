import { strict as assert } from 'assert';
import { checkConfidence, checkValue, farOutsideRange, formatValue, NumberReading, parseCheckinNumber, parseConfidence, ValueScale } from '../../../src/core/view/values';

describe('check-in values', () => {
  it('reads decimal numbers, signs, exponents and a decimal comma', () => {
    assert.deepEqual(parseCheckinNumber(' 9.5 '), { value: 9.5 });
    assert.deepEqual(parseCheckinNumber('-3'), { value: -3 });
    assert.deepEqual(parseCheckinNumber('.5'), { value: 0.5 });
    assert.deepEqual(parseCheckinNumber('1e3'), { value: 1000 });
    assert.deepEqual(parseCheckinNumber('9,5'), { value: 9.5 });
  });

  it('refuses text, NaN, Infinity, hex and overflow', () => {
    for (const input of ['', '  ', 'abc', 'NaN', 'Infinity', '-Infinity', '0x10', '1e400', '9.5 days', '1,00,000', '1,2,3', '12,50.75', '1.450.5', '1 45', '5%', '1,,450']) {
      assert.ok('error' in parseCheckinNumber(input), `accepted ${JSON.stringify(input)}`);
    }
  });

  describe('grouping separators, read by the KR\'s scale and the locale', () => {
    const CO_2_2: ValueScale = { baseline: 1200, target: 1800 };
    const SMALL: ValueScale = { baseline: 0, target: 10, last: 4 };
    const WIDE: ValueScale = { baseline: 0, target: 2000 };
    const ask = (a: number, b: number): { ambiguous: [number, number] } => ({ ambiguous: [a, b] });
    const table: [input: string, scale: ValueScale, locale: string | undefined, expected: NumberReading | { ambiguous: [number, number] }][] = [
      ['1,450', CO_2_2, 'en', { value: 1450 }],
      ['1,450', CO_2_2, 'de', { value: 1450 }],
      ['1,450', SMALL, 'en', { value: 1.45 }],
      ['1,450', SMALL, 'de', { value: 1.45 }],
      ['1,450', WIDE, 'en', ask(1.45, 1450)],
      ['1,450', {}, 'en', ask(1.45, 1450)],
      ['1,450', {}, undefined, ask(1.45, 1450)],
      ['-1,450', CO_2_2, 'en', ask(-1.45, -1450)],
      ['1 450', {}, 'en', { value: 1450 }],
      ['1\u00a0450', SMALL, 'fr', { value: 1450 }],
      ['1\u202f450,5', {}, 'fr', { value: 1450.5 }],
      ["1'450", {}, 'de-CH', { value: 1450 }],
      ['1.450,5', {}, 'en', { value: 1450.5 }],
      ['12,500.75', {}, 'de', { value: 12500.75 }],
      ['1,234,567', {}, 'en', { value: 1234567 }],
      ['1.234.567', {}, 'en', { value: 1234567 }],
      ['1.450', {}, 'en', { value: 1.45 }],
      ['1.450', {}, 'de', ask(1.45, 1450)],
      ['1.450', CO_2_2, 'de', { value: 1450 }],
      ['1.450', SMALL, 'de', { value: 1.45 }],
      ['9,5', CO_2_2, 'en', { value: 9.5 }],
      ['1,45', {}, 'en', { value: 1.45 }],
      ['0,450', {}, 'en', { value: 0.45 }],
      ['1450', SMALL, 'en', { value: 1450 }],
    ];
    for (const [input, scale, locale, expected] of table) {
      it(`${JSON.stringify(input)} on ${JSON.stringify(scale)} in ${locale ?? 'no locale'}`, () => {
        const read = parseCheckinNumber(input, scale, locale);
        if ('ambiguous' in expected) {
          assert.ok('ambiguous' in read, JSON.stringify(read));
          assert.deepEqual(read.ambiguous, expected.ambiguous);
          assert.match(read.message, /could be .* \(a thousands separator\) or .* \(a decimal (comma|point)\)/);
        } else assert.deepEqual(read, expected);
      });
    }

    it('reads the decimal mark of the locale; an unknown locale counts as a decimal point', () => {
      assert.ok('ambiguous' in parseCheckinNumber('1.450', {}, 'de-AT'));
      assert.ok('ambiguous' in parseCheckinNumber('1.450', {}, 'fr'));
      assert.deepEqual(parseCheckinNumber('1.450', {}, 'en-US'), { value: 1.45 });
      assert.deepEqual(parseCheckinNumber('1.450', {}, 'not a locale!'), { value: 1.45 });
      assert.deepEqual(parseCheckinNumber('1.450', {}, ''), { value: 1.45 });
    });

    it('asks to confirm a value more than 3 spans outside the range, naming the range', () => {
      const kr = { id: 'CO-2.2', baseline: 1200, target: 1800, unit: 'customers' };
      assert.equal(farOutsideRange(3600, kr), undefined);
      assert.equal(farOutsideRange(-600, kr), undefined);
      assert.equal(
        farOutsideRange(3601, kr),
        "3601 customers is far outside CO-2.2's range (baseline 1200 customers to 1800 customers): more than 3× the span away. Is it right?",
      );
      assert.match(farOutsideRange(-601, kr) ?? '', /far outside/);
      assert.equal(farOutsideRange(1e6, { baseline: 5, target: 5 }), undefined, 'no span, no range to be outside of');
      assert.equal(farOutsideRange(1e6, { target: 5 }), undefined);
    });
  });

  it('accepts confidence from 0.1 to 1.0 only', () => {
    assert.deepEqual(parseConfidence('0.1'), { value: 0.1 });
    assert.deepEqual(parseConfidence('1'), { value: 1 });
    assert.deepEqual(parseConfidence('0,7'), { value: 0.7 });
    for (const input of ['0', '0.09', '1.01', '-0.5', '70', 'high', 'NaN']) {
      assert.ok('error' in parseConfidence(input), `accepted ${input}`);
    }
    assert.ok('error' in checkConfidence(Number.NaN));
    assert.ok('error' in checkConfidence(Number.POSITIVE_INFINITY));
  });

  it('checks values that arrive without a prompt by KR type', () => {
    assert.deepEqual(checkValue(3, 'metric'), { value: 3 });
    assert.deepEqual(checkValue(true, 'milestone'), { value: true });
    assert.ok('error' in checkValue(true, 'metric'));
    assert.ok('error' in checkValue(3, 'milestone'));
    assert.ok('error' in checkValue(Number.NaN, 'metric'));
    assert.ok('error' in checkValue(Number.NEGATIVE_INFINITY, 'metric'));
    assert.ok('error' in checkValue('9', 'metric'));
  });

  it('formats values with their unit', () => {
    assert.equal(formatValue(9.1, 'days'), '9.1 days');
    assert.equal(formatValue(98.6, '%'), '98.6%');
    assert.equal(formatValue(0.1 + 0.2), '0.3');
    assert.equal(formatValue(true), 'done');
    assert.equal(formatValue(false), 'not done');
    assert.equal(formatValue(undefined, 'days'), '—');
  });
});
