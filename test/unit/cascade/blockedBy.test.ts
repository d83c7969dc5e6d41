// The workspace's progress options: one pass over the cascade decides which KRs are blocked by an
// off-track dependency and how many children a rollup has; every view and the report read them.
import { strict as assert } from 'assert';
import type { OkrFile } from '../../../src/core/format/model';
import { buildReport, fileProgress, KrProgress, renderReportJson, renderReportMarkdown, renderReportText } from '../../../src/core/progress';
import { OkrWorkspace } from '../../../src/core/workspace';
import { FileSpec, okrYaml } from './fixtures';

// Check-ins are dated 2026-10-10; on 2026-11-15 half of 2026-Q4 has elapsed (0.5 expected).
const TODAY = '2026-11-15';
const TEAM_B: FileSpec = {
  team: 'B',
  objectives: [
    {
      id: 'B-1',
      krs: [
        { id: 'B-1.1', value: 10, aligns: ['R-1.1'] }, // 40 points behind: off track
        { id: 'B-1.2', value: 45 }, // 5 behind: on track
      ],
    },
    { id: 'R-1', krs: [{ id: 'R-1.1', rollup: true }] }, // rolls up B-1.1 alone: 10%, off track
  ],
};
const TEAM_A: FileSpec = {
  team: 'A',
  objectives: [
    {
      id: 'A-1',
      krs: [
        { id: 'A-1.1', value: 50, depends: ['B-1.1'] },
        { id: 'A-1.2', value: 50, depends: ['B-1.2'] },
        { id: 'A-1.3', value: 50, depends: ['A-1.1', 'NOPE-9'] }, // is at risk, not off track
        { id: 'A-1.4', value: 50, depends: ['R-1.1', 'B-1.1', 'B-1.2'] },
        { id: 'A-1.5', value: 0, depends: ['A-1.6'] }, // a loop of two off-track KRs
        { id: 'A-1.6', value: 0, depends: ['A-1.5'] },
      ],
    },
  ],
};

function workspaceOf(a: FileSpec = TEAM_A, b: FileSpec = TEAM_B): OkrWorkspace {
  const workspace = new OkrWorkspace();
  workspace.update('/ws/a.okr.yaml', okrYaml(a));
  workspace.update('/ws/b.okr.yaml', okrYaml(b));
  return workspace;
}

function models(workspace: OkrWorkspace): OkrFile[] {
  return workspace.all().map((parsed) => parsed.model!);
}

function krsById(workspace: OkrWorkspace, today = TODAY): Map<string, KrProgress> {
  const options = workspace.progress(today);
  const krs = models(workspace).flatMap((model) => fileProgress(model, options).objectives.flatMap((o) => o.keyResults));
  return new Map(krs.map((kr) => [kr.id, kr]));
}

describe('OkrWorkspace.progressOptions: blocked by and rollups', () => {
  const krs = krsById(workspaceOf());
  const summary = (id: string) => [krs.get(id)!.status, krs.get(id)!.blockedBy];

  it('puts an on-track KR that depends on an off-track KR at risk, blocked by it', () => {
    assert.deepEqual(summary('A-1.1'), ['at-risk', ['B-1.1']]);
    assert.deepEqual(summary('A-1.2'), ['on-track', undefined]);
  });

  it('does not chain: depending on a KR that is only at risk (because blocked) blocks nothing', () => {
    assert.deepEqual(summary('A-1.3'), ['on-track', undefined]);
  });

  it('lists every off-track dependency, a rolled-up one included, in the order written', () => {
    assert.equal(krs.get('R-1.1')!.status, 'off-track');
    assert.equal(krs.get('R-1.1')!.rollupOf, 1);
    assert.ok(Math.abs(krs.get('R-1.1')!.progress - 0.1) < 1e-12);
    assert.deepEqual(summary('A-1.4'), ['at-risk', ['R-1.1', 'B-1.1']]);
  });

  it('terminates on a dependency loop: both stay off track, each blocked by the other', () => {
    assert.deepEqual(summary('A-1.5'), ['off-track', ['A-1.6']]);
    assert.deepEqual(summary('A-1.6'), ['off-track', ['A-1.5']]);
  });

  it('is computed once per model version and day, and follows an edit', () => {
    const workspace = workspaceOf();
    const first = workspace.progress(TODAY);
    assert.equal(workspace.progress(TODAY), first);
    assert.notEqual(workspace.progress('2026-11-16'), first);
    const recovered = { ...TEAM_B, objectives: [{ id: 'B-1', krs: [{ id: 'B-1.1', value: 60 }, { id: 'B-1.2', value: 45 }] }] };
    workspace.update('/ws/b.okr.yaml', okrYaml(recovered));
    assert.notEqual(workspace.progress(TODAY), first);
    const after = krsById(workspace);
    assert.deepEqual([after.get('A-1.1')!.status, after.get('A-1.1')!.blockedBy], ['on-track', undefined]);
  });

  describe('the review report', () => {
    const workspace = workspaceOf();
    const report = buildReport(models(workspace), workspace.progress(TODAY));

    it('text: the status column says what blocks the KR', () => {
      const line = renderReportText(report).split('\n').find((l) => l.trimStart().startsWith('A-1.1'))!;
      assert.match(line, /at risk, stale, blocked by B-1\.1/);
    });

    it('Markdown: the status cell says it too', () => {
      const row = renderReportMarkdown(report).split('\n').find((l) => l.startsWith('| A-1.4 |'))!;
      assert.ok(row.includes('| at risk, stale, blocked by R-1.1, B-1.1 |'), row);
    });

    it('JSON: blocked_by on every KR, empty when nothing blocks it', () => {
      const json = JSON.parse(renderReportJson(report)) as { objectives: { key_results: { id: string; blocked_by: string[] }[] }[] };
      const byId = new Map(json.objectives.flatMap((o) => o.key_results.map((kr) => [kr.id, kr] as const)));
      assert.deepEqual(byId.get('A-1.1')!.blocked_by, ['B-1.1']);
      assert.deepEqual(byId.get('A-1.2')!.blocked_by, []);
    });
  });
});
