// Every figure of a workspace computed once: each KR is measured by one `krProgress` call, whatever
// reads it (files, objectives, KRs, the cascade's nodes), with rollups and "blocked by" applied.
import { strict as assert } from 'assert';
import { workspaceProgress } from '../../../src/core/cascade';
import { krProgress } from '../../../src/core/progress';
import { OkrWorkspace } from '../../../src/core/workspace';
import { okrYaml } from './fixtures';

const TODAY = '2026-11-15';

function workspaceWithRollupAndDependency(): OkrWorkspace {
  const workspace = new OkrWorkspace();
  workspace.update('/ws/b.okr.yaml', okrYaml({
    team: 'B',
    objectives: [
      { id: 'B-1', krs: [{ id: 'B-1.1', value: 10, aligns: ['R-1.1'] }, { id: 'B-1.2', value: 45 }] },
      { id: 'R-1', krs: [{ id: 'R-1.1', rollup: true }] },
      { id: 'S-1', krs: [{ id: 'S-1.1', rollup: true, aligns: ['T-1.1'] }] },
      { id: 'T-1', krs: [{ id: 'T-1.1', rollup: true }] },
    ],
  }));
  workspace.update('/ws/a.okr.yaml', okrYaml({ team: 'A', objectives: [{ id: 'A-1', krs: [{ id: 'A-1.1', value: 50, depends: ['B-1.1'], aligns: ['S-1.1'] }] }] }));
  return workspace;
}

describe('workspaceProgress', () => {
  it('measures each KR once, however many views read it, rollups of rollups and blockers included', () => {
    const workspace = workspaceWithRollupAndDependency();
    const calls = new Map<string, number>();
    const progress = workspaceProgress(workspace.cascade(), { today: TODAY }, (kr, period, options) => {
      calls.set(kr.id, (calls.get(kr.id) ?? 0) + 1);
      return krProgress(kr, period, options);
    });
    for (let view = 0; view < 3; view++) {
      for (const parsed of workspace.all()) {
        const file = progress.file(parsed.model!);
        for (const [i, objective] of parsed.model!.objectives.entries()) {
          assert.equal(progress.objective(objective), file.objectives[i]);
          for (const [j, kr] of objective.key_results.entries()) {
            assert.equal(progress.keyResult(kr), file.objectives[i].keyResults[j]);
            progress.node(kr.id);
          }
        }
      }
    }
    assert.deepEqual([...calls.values()], new Array(calls.size).fill(1), JSON.stringify([...calls]));
    assert.equal(calls.size, 6);
  });

  it('gives the figures the hooks of the options give: rollups, rollup counts and blockers', () => {
    const workspace = workspaceWithRollupAndDependency();
    const progress = workspace.progress(TODAY);
    for (const parsed of workspace.all()) {
      for (const kr of parsed.model!.objectives.flatMap((o) => o.key_results)) {
        assert.deepEqual(progress.keyResult(kr), krProgress(kr, parsed.model!.period, progress), kr.id);
      }
    }
    const a = workspace.all().find((p) => p.file === '/ws/a.okr.yaml')!.model!.objectives[0].key_results[0];
    assert.deepEqual([progress.keyResult(a).status, progress.keyResult(a).blockedBy], ['at-risk', ['B-1.1']]);
    assert.equal(progress.node('R-1.1')?.status, 'off-track');
    assert.equal(progress.node('T-1.1')?.progress, progress.node('S-1.1')?.progress, 'T rolls up S, which rolls up A');
  });

  it('is one object per model version and day', () => {
    const workspace = workspaceWithRollupAndDependency();
    assert.equal(workspace.progress(TODAY), workspace.progress(TODAY));
    assert.notEqual(workspace.progress('2026-11-16'), workspace.progress(TODAY));
  });
});
