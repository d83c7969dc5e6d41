import { strict as assert } from 'assert';
import fc from 'fast-check';
import { branchNameFor, idsInBranch, isDangling, prefixesOf } from '../../../src/core/links';
import { branchNameProblem, slugify } from '../../../src/core/links/branches';

const KNOWN = ['PLAT-1', 'PLAT-1.1', 'PLAT-1.2', 'PLAT-1.10', 'GROW-2.1'];

describe('links/branches', () => {
  describe('idsInBranch', () => {
    it('finds an id as a token after a slash, a dash or an underscore, and at the start', () => {
      assert.deepEqual(idsInBranch('feature/PLAT-1.1-build-cache', KNOWN), ['PLAT-1.1']);
      assert.deepEqual(idsInBranch('PLAT-1.2', KNOWN), ['PLAT-1.2']);
      assert.deepEqual(idsInBranch('fix-GROW-2.1', KNOWN), ['GROW-2.1']);
      assert.deepEqual(idsInBranch('alice_PLAT-1.2_wip', KNOWN), ['PLAT-1.2']);
    });

    it('is case-insensitive and answers with the ids as written in the OKR files', () => {
      assert.deepEqual(idsInBranch('kr/plat-1.1-cache', KNOWN), ['PLAT-1.1']);
      assert.deepEqual(idsInBranch('KR/Grow-2.1', KNOWN), ['GROW-2.1']);
    });

    it('does not take PLAT-1.10 for PLAT-1.1, nor a KR for its objective', () => {
      assert.deepEqual(idsInBranch('feature/PLAT-1.10-x', KNOWN), ['PLAT-1.10']);
      assert.deepEqual(idsInBranch('feature/PLAT-1.1-x', KNOWN), ['PLAT-1.1']);
      assert.deepEqual(idsInBranch('feature/PLAT-1.3-x', KNOWN), []);
      assert.deepEqual(idsInBranch('objective/PLAT-1-release', KNOWN), ['PLAT-1']);
      assert.deepEqual(idsInBranch('PLAT-1.x', KNOWN), ['PLAT-1']);
    });

    it('needs token boundaries on both sides', () => {
      assert.deepEqual(idsInBranch('XPLAT-1.1', KNOWN), []);
      assert.deepEqual(idsInBranch('2PLAT-1.1', KNOWN), []);
      assert.deepEqual(idsInBranch('PLAT-1.1a', KNOWN), []);
      assert.deepEqual(idsInBranch('PLAT-1.12', KNOWN), []);
      assert.deepEqual(idsInBranch('main', KNOWN), []);
    });

    it('lists several ids once each, in order of appearance', () => {
      assert.deepEqual(idsInBranch('GROW-2.1+PLAT-1.2/PLAT-1.2-again', KNOWN), ['GROW-2.1', 'PLAT-1.2']);
    });
  });

  describe('branchNameFor', () => {
    it('names a KR branch kr/<id>-<slug> and an objective branch objective/<id>-<slug>', () => {
      assert.equal(branchNameFor('PLAT-1.1', 'Cut project lead time from 10 to 8 days'), 'kr/PLAT-1.1-cut-project-lead-time-from-10-to-8-days');
      assert.equal(branchNameFor('PLAT-1', 'Release value faster'), 'objective/PLAT-1-release-value-faster');
      assert.equal(branchNameFor('PLAT-1.1', '!!!'), 'kr/PLAT-1.1');
    });

    it('tells why git would refuse an edited branch name, and accepts the proposals', () => {
      for (const bad of ['', '  ', 'kr/a b', 'kr/a..b', 'kr/a~1', 'kr/a:b', 'kr/a?', 'kr/a*', 'kr/[a]', 'kr\\a', 'kr/a\u0007', '-kr', 'kr//a', 'kr/.a', 'kr/a.lock', 'kr/a.', 'a@{1}', '@']) {
        assert.ok(branchNameProblem(bad), `"${bad}" should be refused`);
      }
      for (const good of [branchNameFor('PLAT-1.1', 'Cut project lead time from 10 to 8 days'), 'feature/PLAT-1.1_x', 'kr/PLAT-1.1-über']) {
        assert.equal(branchNameProblem(good), undefined, good);
      }
    });

    it('slugs to lower-case ASCII words of at most 40 characters, cut at a word boundary', () => {
      assert.equal(slugify('Réduire le délai: 10 → 8 jours'), 'reduire-le-delai-10-8-jours');
      assert.equal(slugify("Don't break the build"), 'dont-break-the-build');
      const long = slugify('Ship the self-service deploy flow to all teams across every region');
      assert.equal(long, 'ship-the-self-service-deploy-flow-to-all');
      // Never mid-word: the cut drops "teams" whole rather than leaving "te".
      assert.equal(branchNameFor('PLAT-1.2', 'Ship the self-service deploy flow to all teams'), 'kr/PLAT-1.2-ship-the-self-service-deploy-flow-to-all');
      assert.equal(slugify('a'.repeat(60)), 'a'.repeat(40));
    });

    it('always produces a branch that idsInBranch maps back to its id', () => {
      const id = fc
        .tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,5}$/), fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 3 }))
        .map(([prefix, numbers]) => `${prefix}-${numbers.join('.')}`);
      fc.assert(
        fc.property(id, fc.string({ maxLength: 80 }), (krId, title) => {
          const branch = branchNameFor(krId, title);
          assert.deepEqual(idsInBranch(branch, [krId]), [krId]);
          assert.ok(branch.length <= 'objective/'.length + krId.length + 1 + 40);
          assert.match(branch, /^[A-Za-z0-9_./-]+$/);
        }),
      );
    });
  });

  describe('isDangling', () => {
    const known = new Set(KNOWN);
    const prefixes = prefixesOf(KNOWN);

    it('flags an unknown id with a known prefix', () => {
      assert.equal(isDangling('PLAT-9.9', known, prefixes), true);
      assert.equal(isDangling('PLAT-7', known, prefixes), true);
    });

    it('accepts known ids and leaves foreign prefixes alone', () => {
      assert.equal(isDangling('PLAT-1.1', known, prefixes), false);
      assert.equal(isDangling('JIRA-12', known, prefixes), false);
      assert.equal(isDangling('not an id', known, prefixes), false);
    });

    it('derives prefixes from ids', () => {
      assert.deepEqual([...prefixesOf(['PLAT-1', 'PLAT-1.2', 'CO-3', 'weird'])].sort(), ['CO', 'PLAT']);
    });
  });
});
