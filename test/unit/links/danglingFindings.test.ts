import { strict as assert } from 'assert';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { danglingReferenceFindings, Reference, UNKNOWN_KR_REFERENCE_RULE } from '../../../src/core/links';
import { RULES } from '../../../src/core/lint';

const ref = (id: string, line = 0): Reference => ({ id, tag: 'TODO', file: 'src/a.ts', line, character: 8, endCharacter: 8 + id.length, text: '' });

describe('danglingReferenceFindings', () => {
  it('reports each dangling reference at its place, at the default severity', () => {
    const [finding, ...rest] = danglingReferenceFindings([ref('PLAT-9.9', 3)], DEFAULT_CONFIG);
    assert.equal(rest.length, 0);
    assert.deepEqual(finding, {
      rule: 'unknown-kr-reference',
      severity: 'warning',
      message: 'PLAT-9.9 is not an objective or key result in any OKR file. Fix the id, or remove the reference.',
      file: 'src/a.ts',
      range: { start: { line: 3, character: 8 }, end: { line: 3, character: 16 } },
      data: { id: 'PLAT-9.9' },
    });
  });

  it('takes the configured severity, and reports nothing when the rule is off', () => {
    const dangling = [ref('PLAT-9.9'), ref('CO-7', 1)];
    assert.deepEqual(danglingReferenceFindings(dangling, { rules: { [UNKNOWN_KR_REFERENCE_RULE]: 'error' } }).map((f) => f.severity), ['error', 'error']);
    assert.deepEqual(danglingReferenceFindings(dangling, { rules: { [UNKNOWN_KR_REFERENCE_RULE]: 'off' } }), []);
  });

  it('is a rule of the catalogue', () => {
    assert.ok(RULES.some((rule) => rule.id === UNKNOWN_KR_REFERENCE_RULE));
  });
});
