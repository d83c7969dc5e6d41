import { strict as assert } from 'assert';
import { codeSpan, escapeMarkdown, linkSummary, plural, workSummary } from '../../../src/core/view/labels';

describe('tree labels', () => {
  it('summarises progress and linked work, leaving out zero counts', () => {
    assert.equal(workSummary(0.454, 3, 1), '45% · 3 TODOs · 1 branch');
    assert.equal(workSummary(1, 1, 2), '100% · 1 TODO · 2 branches');
    assert.equal(workSummary(0.2, 0, 0), '20%');
    assert.equal(workSummary(undefined, 2, 0), '2 TODOs');
  });

  it('says "no linked work" in the CodeLens of a KR nothing links to', () => {
    assert.equal(linkSummary(0, 0), 'no linked work');
    assert.equal(linkSummary(3, 1), '3 TODOs · 1 branch');
  });

  it('pluralises', () => {
    assert.equal(plural(1, 'branch', 'branches'), '1 branch');
    assert.equal(plural(0, 'TODO'), '0 TODOs');
  });

  it('escapes Markdown so user text cannot add links, emphasis or HTML', () => {
    const escaped = escapeMarkdown('**bold** [link](http://x) <b>hi</b>\nnext');
    assert.equal(escaped, '\\*\\*bold\\*\\* \\[link\\]\\(http://x\\) \\<b\\>hi\\</b\\> next');
  });

  it('writes inline code without escapes, which Markdown would show literally', () => {
    assert.equal(codeSpan('TODO(PLAT-1.1)'), '`TODO(PLAT-1.1)`');
    assert.equal(codeSpan('kr/a`b'), '`kr/ab`');
  });
});
