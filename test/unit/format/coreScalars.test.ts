import { strict as assert } from 'assert';
import fc from 'fast-check';
import { isScalar, parseDocument } from 'yaml';
import { resolvePlainScalar } from '../../../src/core/format/coreScalars';

/** How the `yaml` package resolves `text` as a plain scalar, or undefined when it is not one. */
function yamlValue(text: string): { value: unknown } | undefined {
  const doc = parseDocument(`k: ${text}\n`);
  const node = doc.get('k', true);
  if (doc.errors.length > 0 || !isScalar(node) || node.type !== 'PLAIN' || node.source !== text) return undefined;
  return { value: node.value };
}

describe('resolvePlainScalar', () => {
  it('resolves like the `yaml` package: numbers, booleans, null, and the rest as text (property)', () => {
    let compared = 0;
    const numberish = fc.string({ unit: fc.constantFrom(...'0123456789.+-eExXoOaAfF_~nNuUlLtTrRsS:'.split('')), maxLength: 8 });
    fc.assert(
      fc.property(fc.oneof(numberish, fc.constantFrom('.inf', '-.Inf', '.NaN', '0x1F', '0o17', '1e3', '2026-10-07', 'TRUE', 'Null', '~', '')), (text) => {
        const expected = yamlValue(text);
        if (!expected) return;
        compared++;
        assert.ok(Object.is(resolvePlainScalar(text), expected.value) || (Number.isNaN(expected.value) && Number.isNaN(resolvePlainScalar(text))), text);
      }),
      { numRuns: 2000 },
    );
    assert.ok(compared > 1000, `only ${compared} texts were plain scalars`);
  });
});
