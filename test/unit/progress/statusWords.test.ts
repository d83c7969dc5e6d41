import { strict as assert } from 'assert';
import { STATUSES } from '../../../src/core/progress';
import { statusText } from '../../../src/core/progress/reportFormat';
import { blockedLabel, blockedSentence, statusPhrase, statusTitle, statusWord, type StatusWord } from '../../../src/core/progress/statusWords';
import { statusChip } from '../../../src/core/render/cards';
import { STATUS_LOOK, statusLabel } from '../../../src/core/view/labels';

describe('the status vocabulary', () => {
  it('has one wording per status and flag, sentence case derived from it', () => {
    const words: StatusWord[] = [...STATUSES, 'stale', 'blocked'];
    assert.deepEqual(words.map(statusWord), ['done', 'no check-in', 'off track', 'at risk', 'on track', 'stale', 'blocked']);
    assert.equal(statusTitle('no-checkin'), 'No check-in');
    assert.equal(statusTitle('at-risk'), 'At risk');
  });

  it('names a status alike in the tree, the hovers, the panel and the report', () => {
    for (const status of STATUSES) {
      const word = statusWord(status);
      assert.equal(STATUS_LOOK[status].label, word, `tree: ${status}`);
      assert.equal(statusLabel(status, false), word, `hover: ${status}`);
      assert.ok(statusChip(status).includes(`>${statusTitle(status)}</span>`), `panel: ${status}`);
      assert.equal(statusText(status, false), word, `report: ${status}`);
    }
  });

  it('adds the flags after the status', () => {
    assert.equal(statusPhrase('on-track', false), 'on track');
    assert.equal(statusPhrase('off-track', true), 'off track, stale');
    assert.equal(statusPhrase('at-risk', true, ['PLAT-1.2', 'CO-1']), 'at risk, stale, blocked by PLAT-1.2, CO-1');
    assert.equal(statusLabel('done', true), 'done, stale');
    assert.ok(statusChip('at-risk', true).endsWith('<span class="chip stale">Stale</span>'));
  });

  it('says what blocks a KR, and nothing when nothing does', () => {
    assert.equal(blockedLabel(['PLAT-1.2']), 'blocked by PLAT-1.2');
    assert.equal(blockedLabel([]), '');
    assert.equal(blockedLabel(undefined), '');
    assert.equal(blockedSentence(['PLAT-1.2']), 'Blocked by PLAT-1.2: off track.');
    assert.equal(blockedSentence(undefined), '');
  });
});
