import { strict as assert } from 'assert';
import { checkConfidence, checkValue, formatValue, parseCheckinNumber, parseConfidence } from '../../../src/core/view/values';

describe('check-in values', () => {
  it('reads decimal numbers, signs, exponents and a decimal comma', () => {
    assert.deepEqual(parseCheckinNumber(' 9.5 '), { value: 9.5 });
    assert.deepEqual(parseCheckinNumber('-3'), { value: -3 });
    assert.deepEqual(parseCheckinNumber('.5'), { value: 0.5 });
    assert.deepEqual(parseCheckinNumber('1e3'), { value: 1000 });
    assert.deepEqual(parseCheckinNumber('9,5'), { value: 9.5 });
  });

  it('refuses text, NaN, Infinity, hex and overflow', () => {
    for (const input of ['', '  ', 'abc', 'NaN', 'Infinity', '-Infinity', '0x10', '1e400', '9.5 days', '1,000,000', '5%']) {
      assert.ok('error' in parseCheckinNumber(input), `accepted ${JSON.stringify(input)}`);
    }
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
