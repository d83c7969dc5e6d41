import { strict as assert } from 'assert';
import { currentPeriodFiles, shouldRemind, statusSummary } from '../../../src/core/view/statusSummary';
import { BLOCKED_OPS, exampleModels, exampleWorkspace, LATE_Q4, modelOf, modelsOf } from '../render/fixtures';
import { figuresOf } from '../progress/fixtures';

const fileFor = (period: string, file: string) =>
  modelOf(
    `okr: 1\nteam: ${file}\nperiod: ${period}\nobjectives:\n  - id: ${file}-1\n    title: An objective\n    key_results:\n      - id: ${file}-1.1\n        title: A metric\n        baseline: 0\n        target: 10\n        checkins: [{date: 2026-01-10, value: 4}]\n`,
    `${file}.okr.yaml`,
  );

describe('status bar summary', () => {
  it('takes the period running today, else the latest that ended', () => {
    const files = [fileFor('2026-Q1', 'A'), fileFor('2026-Q2', 'B'), fileFor('2026-Q2', 'C')];
    assert.deepEqual(currentPeriodFiles(files, '2026-02-01').map((f) => f.team), ['A']);
    assert.deepEqual(currentPeriodFiles(files, '2026-07-15').map((f) => f.team), ['B', 'C']);
    // before any period: nothing ended and nothing runs, so every file counts
    assert.equal(currentPeriodFiles(files, '2025-12-01').length, 3);
  });

  it('shows the period progress and the KRs behind for the examples', () => {
    const summary = statusSummary(exampleModels(), figuresOf({ today: '2026-11-15' }))!;
    assert.equal(summary.period, '2026-Q4');
    assert.match(summary.text, /^\$\(target\) \d+%/);
    const behind = summary.atRisk + summary.offTrack;
    assert.equal(summary.text.includes('$(warning)'), behind > 0);
    if (behind) assert.ok(summary.text.endsWith(`$(warning) ${behind}`));
    assert.match(summary.tooltip, /OKRs 2026-Q4: \d+% done, \d+% of the period elapsed\./);
    assert.match(summary.tooltip, new RegExp(`${summary.atRisk} at risk, ${summary.offTrack} off track, ${summary.stale} stale of ${summary.keyResults} key results`));
  });

  it('counts a KR 40 points behind as off track: 4/10 done when 100% expected', () => {
    const summary = statusSummary([fileFor('2026-Q1', 'A')], figuresOf({ today: '2026-04-10' }))!;
    assert.equal(summary.progress, 0.4);
    assert.equal(summary.offTrack, 1);
    assert.equal(summary.text, '$(target) 40% $(warning) 1');
  });

  it('counts KRs blocked by an off-track dependency: ENG-1.2 and OPS-1.1 wait for PLAT-1.2', () => {
    const workspace = exampleWorkspace({ 'teams/ops.okr.yaml': BLOCKED_OPS });
    const withoutDependencies = exampleWorkspace({ 'teams/ops.okr.yaml': BLOCKED_OPS.replace(/^ *depends_on:.*\n/m, '') });
    for (const parsed of withoutDependencies.all()) {
      if (parsed.text.includes('depends_on')) withoutDependencies.update(parsed.file, parsed.text.replace(/^ *depends_on:.*\n/gm, ''));
    }
    const plain = statusSummary(modelsOf(withoutDependencies), withoutDependencies.progress(LATE_Q4))!;
    const summary = statusSummary(modelsOf(workspace), workspace.progress(LATE_Q4))!;
    assert.equal(plain.blocked, 0);
    assert.equal(summary.blocked, 2);
    // ENG-1.2 is off track anyway; OPS-1.1 turns from on track to at risk.
    assert.equal(summary.atRisk, plain.atRisk + 1);
    assert.equal(summary.offTrack, plain.offTrack);
    assert.ok(summary.text.endsWith(`$(warning) ${summary.atRisk + summary.offTrack}`), summary.text);
    assert.ok(summary.tooltip.includes('\n2 blocked by an off-track dependency.\n'), summary.tooltip);
    assert.ok(!plain.tooltip.includes('blocked'));
  });

  it('has nothing to say without files', () => {
    assert.equal(statusSummary([], figuresOf({ today: '2026-04-10' })), undefined);
  });

  it('reminds at most once a day and only when something is due', () => {
    assert.equal(shouldRemind(undefined, '2026-11-20', 2), true);
    assert.equal(shouldRemind('2026-11-19', '2026-11-20', 2), true);
    assert.equal(shouldRemind('2026-11-20', '2026-11-20', 2), false);
    assert.equal(shouldRemind(undefined, '2026-11-20', 0), false);
  });
});
