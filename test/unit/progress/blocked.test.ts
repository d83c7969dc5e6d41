// "Blocked by" and "rollup of N" in krProgress, through the hooks the workspace supplies.
import { strict as assert } from 'assert';
import { fileProgress, krProgress, ProgressOptions } from '../../../src/core/progress';
import { keyResult, MID_Q4, objective, okrFile, percentKr, Q4 } from './fixtures';

// On MID_Q4 half the period has elapsed: 0.5 is expected, more than 10 points behind is at risk,
// more than 25 off track.
const blockedByDep: ProgressOptions = { today: MID_Q4, resolveBlockedBy: () => ['DEP-1'] };

describe('krProgress: blocked by an off-track dependency', () => {
  it('puts an on-track KR at risk and says what blocks it', () => {
    const kr = percentKr(45); // 5 points behind: on track on its own
    assert.equal(krProgress(kr, Q4, { today: MID_Q4 }).status, 'on-track');
    const blocked = krProgress(kr, Q4, blockedByDep);
    assert.equal(blocked.status, 'at-risk');
    assert.deepEqual(blocked.blockedBy, ['DEP-1']);
    assert.equal(blocked.progress, 0.45, 'blocking changes the status, never the progress');
  });

  it('leaves worse and finished statuses alone but still names the blocker', () => {
    const offTrack = krProgress(percentKr(20), Q4, blockedByDep); // 30 points behind
    assert.equal(offTrack.status, 'off-track');
    assert.deepEqual(offTrack.blockedBy, ['DEP-1']);
    assert.equal(krProgress(percentKr(38), Q4, blockedByDep).status, 'at-risk'); // 12 behind already
    assert.equal(krProgress(percentKr(100), Q4, blockedByDep).status, 'done');
    assert.equal(krProgress(percentKr(undefined), Q4, blockedByDep).status, 'no-checkin');
  });

  it('asks the hook about this KR, and has no blockedBy without blockers', () => {
    const asked: string[] = [];
    const options: ProgressOptions = { today: MID_Q4, resolveBlockedBy: (kr) => (asked.push(kr.id), kr.id === 'A-1' ? ['B-1', 'C-1'] : []) };
    assert.deepEqual(krProgress(percentKr(45, { id: 'A-1' }), Q4, options).blockedBy, ['B-1', 'C-1']);
    const free = krProgress(percentKr(45, { id: 'A-2' }), Q4, options);
    assert.equal(free.status, 'on-track');
    assert.equal('blockedBy' in free, false);
    assert.deepEqual(asked, ['A-1', 'A-2']);
  });

  it('counts a blocked KR as at risk in its file', () => {
    const file = okrFile('t.okr.yaml', [objective('O-1', [percentKr(45, { id: 'A-1' }), percentKr(45, { id: 'A-2' })])]);
    const options: ProgressOptions = { today: MID_Q4, resolveBlockedBy: (kr) => (kr.id === 'A-1' ? ['X-1'] : []) };
    const progress = fileProgress(file, options);
    assert.equal(progress.counts['at-risk'], 1);
    assert.equal(progress.counts['on-track'], 1);
  });
});

describe('krProgress: rollups say what they roll up', () => {
  const rollupKr = keyResult({ id: 'R-1', rollup: 'children', baseline: 0, target: 100 });
  const countRollupChildren = () => 3;

  it('gives a rolled-up KR its children count and their progress', () => {
    const progress = krProgress(rollupKr, Q4, { today: MID_Q4, resolveRollup: () => 0.6, countRollupChildren });
    assert.equal(progress.rollupOf, 3);
    assert.equal(progress.progress, 0.6);
    assert.equal(progress.status, 'on-track');
  });

  it('has no rollupOf when nothing rolls up or the KR is not a rollup', () => {
    assert.equal(krProgress(rollupKr, Q4, { today: MID_Q4, resolveRollup: () => undefined, countRollupChildren }).rollupOf, undefined);
    assert.equal(krProgress(percentKr(50), Q4, { today: MID_Q4, resolveRollup: () => 0.9, countRollupChildren }).rollupOf, undefined);
  });
});
