import { strict as assert } from 'assert';
import { editDistance } from '../../../src/core/text/editDistance';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    assert.equal(editDistance('', ''), 0);
    assert.equal(editDistance('owner', 'owner'), 0);
    assert.equal(editDistance('ownr', 'owner'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
  });

  it('gives up at the limit, never reporting more than it', () => {
    assert.equal(editDistance('co-2.3', 'co-2.2', 3), 1);
    assert.equal(editDistance('abcdef', 'uvwxyz', 3), 3);
    assert.equal(editDistance('abcdef', 'uvwxyz'), 6);
  });
});
