import { strict as assert } from 'assert';
import type { Reference } from '../../../src/core/links';
import { linkWork, localName } from '../../../src/core/links/linkedWork';
import { EXAMPLE_BRANCHES, exampleReferences, examplesWorkspace } from '../view/fixtures';

const ref = (id: string, line = 0): Reference => ({ id, tag: 'TODO', file: 'a.ts', line, character: 8, endCharacter: 8 + id.length, text: '' });

describe('linkWork', () => {
  const ids = examplesWorkspace().idIndex();

  it('groups the example references by id: two TODOs for PLAT-1.1, one for PLAT-1.2', () => {
    const work = linkWork(ids, exampleReferences(), []);
    assert.deepEqual(work.referencesTo('PLAT-1.1').map((r) => [r.file.split('/').pop(), r.line]), [['cache.ts', 2], ['cache.ts', 7]]);
    assert.equal(work.referencesTo('PLAT-1.2').length, 1);
    assert.equal(work.referencesTo('GROW-1.1').length, 0);
  });

  it('reports PLAT-9.9 as dangling and ignores ids with foreign prefixes', () => {
    const work = linkWork(ids, [ref('PLAT-9.9'), ref('JIRA-12', 1), ref('PLAT-1.1', 2)], []);
    assert.deepEqual(work.dangling.map((r) => r.id), ['PLAT-9.9']);
    assert.equal(work.referencesTo('PLAT-1.1').length, 1);
    assert.equal(work.referencesTo('JIRA-12').length, 0);
  });

  it('matches ids in code case-insensitively', () => {
    const work = linkWork(ids, [ref('plat-1.1')], []);
    assert.equal(work.referencesTo('PLAT-1.1').length, 1);
    assert.equal(work.referencesTo('plat-1.1').length, 1);
    assert.deepEqual(work.dangling, []);
  });

  it('links local and remote branches by id token, and lists kr/ branches that name no KR', () => {
    const work = linkWork(ids, [], EXAMPLE_BRANCHES);
    assert.deepEqual(work.branchesFor('PLAT-1.1').map((b) => b.name), ['feature/PLAT-1.1-build-cache', 'origin/feature/plat-1.1-build-cache']);
    assert.deepEqual(work.branchesFor('GROW-1.1'), [], 'GROW-1.10 is not GROW-1.1');
    assert.deepEqual(work.unmatchedKrBranches.map((b) => b.name), ['kr/PLAT-7.7-typo', 'kr/GROW-1.10-not-1.1']);
  });

  it('strips the remote from a remote branch name', () => {
    assert.equal(localName({ name: 'origin/kr/PLAT-1.1-x', remote: true, current: false }), 'kr/PLAT-1.1-x');
    assert.equal(localName({ name: 'kr/PLAT-1.1-x', remote: false, current: false }), 'kr/PLAT-1.1-x');
  });
});
