import { strict as assert } from 'assert';
import { baseName, canonicalKey, displayPaths, relativePathBetween, resolveRelative } from '../../../src/core/cascade/paths';

describe('cascade paths', () => {
  describe('resolveRelative', () => {
    it('resolves POSIX paths against the file folder', () => {
      assert.equal(resolveRelative('/ws/teams/platform.okr.yaml', '../company.okr.yaml'), '/ws/company.okr.yaml');
      assert.equal(resolveRelative('/ws/teams/platform.okr.yaml', './dept/eng.okr.yaml'), '/ws/teams/dept/eng.okr.yaml');
      assert.equal(resolveRelative('/ws/a.okr.yaml', 'b.okr.yaml'), '/ws/b.okr.yaml');
    });

    it('keeps relative CLI paths relative', () => {
      assert.equal(resolveRelative('examples/teams/platform.okr.yaml', '../company.okr.yaml'), 'examples/company.okr.yaml');
      assert.equal(resolveRelative('platform.okr.yaml', '../company.okr.yaml'), '../company.okr.yaml');
    });

    it('lets an absolute parent replace the folder', () => {
      assert.equal(resolveRelative('/ws/teams/p.okr.yaml', '/other/company.okr.yaml'), '/other/company.okr.yaml');
      assert.equal(resolveRelative('file:///ws/teams/p.okr.yaml', '/other/c.okr.yaml'), 'file:///other/c.okr.yaml');
    });

    it('resolves against URI strings, percent-encoding new segments like VS Code', () => {
      assert.equal(
        resolveRelative('file:///home/me/my%20okrs/teams/platform.okr.yaml', '../company.okr.yaml'),
        'file:///home/me/my%20okrs/company.okr.yaml',
      );
      assert.equal(
        resolveRelative('file:///ws/teams/p.okr.yaml', '../org chart/eng #1.okr.yaml'),
        'file:///ws/org%20chart/eng%20%231.okr.yaml',
      );
      assert.equal(
        resolveRelative('vscode-remote://ssh-remote%2Bbox/ws/teams/p.okr.yaml', '../c.okr.yaml'),
        'vscode-remote://ssh-remote%2Bbox/ws/c.okr.yaml',
      );
    });

    it('handles Windows paths and backslashes in parent', () => {
      assert.equal(resolveRelative('C:\\ws\\teams\\p.okr.yaml', '..\\company.okr.yaml'), 'C:\\ws\\company.okr.yaml');
      assert.equal(resolveRelative('C:\\ws\\teams\\p.okr.yaml', '../company.okr.yaml'), 'C:\\ws\\company.okr.yaml');
      assert.equal(resolveRelative('C:\\ws\\teams\\p.okr.yaml', 'D:\\org\\x\\..\\c.okr.yaml'), 'D:\\org\\c.okr.yaml');
    });

    it('does not climb above the root', () => {
      assert.equal(resolveRelative('/ws/p.okr.yaml', '../../../c.okr.yaml'), '/c.okr.yaml');
    });
  });

  it('canonicalKey makes encoded and plain spellings equal, and different files different', () => {
    assert.equal(canonicalKey('file:///a/my%20okrs/x.okr.yaml'), canonicalKey('file:///a/my okrs/x.okr.yaml'));
    assert.equal(canonicalKey('C:\\a\\x.okr.yaml'), canonicalKey('c:/a/x.okr.yaml'));
    assert.notEqual(canonicalKey('/a/X.okr.yaml'), canonicalKey('/a/x.okr.yaml'));
    assert.equal(canonicalKey('file:///a/100%.okr.yaml'), 'file:///a/100%.okr.yaml');
  });

  it('baseName decodes URI segments', () => {
    assert.equal(baseName('file:///a/my%20team.okr.yaml'), 'my team.okr.yaml');
    assert.equal(baseName('/a/b/c.okr.yaml'), 'c.okr.yaml');
  });

  it('displayPaths strips the folder all files share', () => {
    const paths = displayPaths(['file:///ws/company.okr.yaml', 'file:///ws/teams/p%20q.okr.yaml']);
    assert.equal(paths.get('file:///ws/company.okr.yaml'), 'company.okr.yaml');
    assert.equal(paths.get('file:///ws/teams/p%20q.okr.yaml'), 'teams/p q.okr.yaml');
    assert.equal(displayPaths(['/ws/only.okr.yaml']).get('/ws/only.okr.yaml'), 'only.okr.yaml');
  });

  it('relativePathBetween gives the parent: value from one file to another', () => {
    assert.equal(relativePathBetween('/ws/teams/p.okr.yaml', '/ws/company.okr.yaml'), '../company.okr.yaml');
    assert.equal(relativePathBetween('/ws/company.okr.yaml', '/ws/teams/p.okr.yaml'), 'teams/p.okr.yaml');
  });
});
