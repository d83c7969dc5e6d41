import { strict as assert } from 'assert';
import { buildCascade, workspaceProgress, rollupChildren } from '../../../src/core/cascade';
import { blockedBy, rollupResolver } from '../../../src/core/cascade/rollup';
import { krProgress } from '../../../src/core/progress';
import { parseAll } from './fixtures';

const today = '2026-11-22'; // day 53 of 92 in 2026-Q4: 57.6% expected

function near(actual: number | undefined, expected: number): void {
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-9, `${actual} ≉ ${expected}`);
}

describe('cascade rollups and dependencies', () => {
  const files = parseAll({
    '/ws/company.okr.yaml': { objectives: [{ id: 'CO-1', krs: [{ id: 'CO-1.1', rollup: true }, { id: 'CO-1.2', value: 10 }] }] },
    '/ws/eng.okr.yaml': {
      parent: 'company.okr.yaml',
      objectives: [
        // 0 → 100 at 60, weight 3, and 0 → 100 at 20, weight 1
        { id: 'ENG-1', krs: [{ id: 'ENG-1.1', value: 60, weight: 3, aligns: ['CO-1.1'] }, { id: 'ENG-1.2', value: 20, aligns: ['CO-1.1'] }] },
        // An objective aligned as a whole: its progress is (100% + 0%) / 2 = 0.5
        { id: 'ENG-2', aligns: ['CO-1.1'], krs: [{ id: 'ENG-2.1', value: 100 }, { id: 'ENG-2.2', value: 0 }] },
      ],
    },
  });
  const cascade = buildCascade(files);
  const coKr = cascade.nodes.get('CO-1.1')!.keyResult!;

  it('weights KR children by weight and objective children by 1: (0.6×3 + 0.2×1 + 0.5×1) / 5 = 0.5', () => {
    near(rollupResolver(cascade, { today })(coKr), 0.5);
  });

  it('feeds krProgress through the progress hook, replacing the rollup KR own (empty) check-ins', () => {
    const progress = krProgress(coKr, cascade.nodes.get('CO-1.1')!.file.model.period, { today, resolveRollup: rollupResolver(cascade, { today }) });
    near(progress.progress, 0.5);
    assert.equal(progress.status, 'on-track', '0.5 is 7.6 points behind 0.576');
  });

  it('returns undefined for a KR without rollup or without children', () => {
    const resolve = rollupResolver(cascade, { today });
    assert.equal(resolve(cascade.nodes.get('CO-1.2')!.keyResult!), undefined);
    const lonely = buildCascade(parseAll({ '/ws/a.okr.yaml': { objectives: [{ id: 'A-1', krs: [{ id: 'A-1.1', rollup: true, value: 30 }] }] } }));
    assert.equal(rollupResolver(lonely, { today })(lonely.nodes.get('A-1.1')!.keyResult!), undefined);
  });

  it('counts an objective once when its own KRs align to the same id', () => {
    const both = buildCascade(
      parseAll({
        '/ws/c.okr.yaml': { objectives: [{ id: 'C-1', krs: [{ id: 'C-1.1', rollup: true }] }] },
        '/ws/t.okr.yaml': { objectives: [{ id: 'T-1', aligns: ['C-1.1'], krs: [{ id: 'T-1.1', value: 80, aligns: ['C-1.1'] }, { id: 'T-1.2', value: 0 }] }] },
      }),
    );
    assert.deepEqual(rollupChildren(both, 'C-1.1').map((n) => n.id), ['T-1.1']);
    near(rollupResolver(both, { today })(both.nodes.get('C-1.1')!.keyResult!), 0.8);
  });

  it('rolls up rollups: a department rollup feeds the company rollup', () => {
    const nested = buildCascade(
      parseAll({
        '/ws/c.okr.yaml': { objectives: [{ id: 'C-1', krs: [{ id: 'C-1.1', rollup: true }] }] },
        '/ws/d.okr.yaml': { objectives: [{ id: 'D-1', krs: [{ id: 'D-1.1', rollup: true, aligns: ['C-1.1'] }, { id: 'D-1.2', value: 100, aligns: ['C-1.1'] }] }] },
        '/ws/t.okr.yaml': { objectives: [{ id: 'T-1', krs: [{ id: 'T-1.1', value: 30, aligns: ['D-1.1'] }, { id: 'T-1.2', value: 10, aligns: ['D-1.1'] }] }] },
      }),
    );
    // D-1.1 = (0.3 + 0.1) / 2 = 0.2; C-1.1 = (0.2 + 1) / 2 = 0.6
    const resolve = rollupResolver(nested, { today });
    near(resolve(nested.nodes.get('C-1.1')!.keyResult!), 0.6);
    near(resolve(nested.nodes.get('D-1.1')!.keyResult!), 0.2);
  });

  it('is cycle-safe: two rollup KRs aligned to each other fall back to their own check-ins at the loop', () => {
    const loop = buildCascade(
      parseAll({
        '/ws/a.okr.yaml': { objectives: [{ id: 'A-1', krs: [{ id: 'A-1.1', rollup: true, value: 40, aligns: ['B-1.1'] }] }] },
        '/ws/b.okr.yaml': { objectives: [{ id: 'B-1', krs: [{ id: 'B-1.1', rollup: true, value: 90, aligns: ['A-1.1'] }] }] },
      }),
    );
    const resolve = rollupResolver(loop, { today });
    // Resolving A first: B's only child is A, which is in progress → A's own 0.4; so B = 0.4 and A = B = 0.4.
    near(resolve(loop.nodes.get('A-1.1')!.keyResult!), 0.4);
    near(resolve(loop.nodes.get('B-1.1')!.keyResult!), 0.4);
  });

  it('blockedBy lists off-track dependencies only', () => {
    const statuses: Record<string, 'off-track' | 'on-track'> = { 'ENG-1.1': 'off-track', 'ENG-1.2': 'on-track' };
    const deps = buildCascade(
      parseAll({
        '/ws/a.okr.yaml': { objectives: [{ id: 'A-1', krs: [{ id: 'A-1.1', depends: ['ENG-1.1', 'ENG-1.2'] }, { id: 'A-1.2', depends: ['ENG-1.2'] }] }] },
      }),
    );
    assert.deepEqual([...blockedBy(deps, (id) => statuses[id])], [['A-1.1', ['ENG-1.1']]]);
  });

  it('workspaceProgress puts an on-track KR blocked by an off-track one at risk, and resolves rollups', () => {
    const withDeps = buildCascade(
      parseAll({
        '/ws/a.okr.yaml': {
          objectives: [
            // 70% of 0 → 100 is ahead of the 57.6% pace; 5% is 52.6 points behind: off-track.
            { id: 'A-1', krs: [{ id: 'A-1.1', value: 70, depends: ['A-1.2'] }, { id: 'A-1.2', value: 5 }, { id: 'A-1.3', value: 80, depends: ['A-1.1'] }] },
          ],
        },
      }),
    );
    const progress = workspaceProgress(withDeps, { today });
    assert.deepEqual(progress.node('A-1.1'), { progress: 0.7, status: 'at-risk', stale: true, blockedBy: ['A-1.2'] });
    assert.equal(progress.node('A-1.3')?.status, 'on-track', 'A-1.1 is at risk, not off track: no chain reaction');
    assert.equal(progress.node('A-1.3')?.blockedBy, undefined);
    near(workspaceProgress(cascade, { today }).node('CO-1.1')?.progress, 0.5);
  });
});
