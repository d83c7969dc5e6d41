// The OKR tree with the workspace's progress options: rollups say what they roll up, and a KR
// blocked by an off-track dependency says so.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { OkrWorkspace } from '../../../src/core/workspace';
import { buildObjectiveTree, indexNodes, WorkNode } from '../../../src/core/view/okrTree';
import { BLOCKED_OPS } from '../render/fixtures';
import { EXAMPLES, exampleInput } from './fixtures';

// On 2026-12-20, 81 of the 92 days of 2026-Q4 have passed (88% expected): PLAT-1.2, with half of
// its milestone weight done (1 + 2 of 6), is 38 points behind, off track.
const TODAY = '2026-12-20';
/** OPS-1.1 depends on PLAT-1.2. */
const OPS = BLOCKED_OPS;

function cascadeTree(): Map<string, WorkNode> {
  const workspace = new OkrWorkspace();
  for (const file of ['company.okr.yaml', 'engineering.okr.yaml', 'teams/platform.okr.yaml', 'teams/growth.okr.yaml']) {
    workspace.update(path.join(EXAMPLES, file), readFileSync(path.join(EXAMPLES, file), 'utf8'));
  }
  workspace.update(path.join(EXAMPLES, 'teams/ops.okr.yaml'), OPS);
  const input = exampleInput({ files: workspace.all(), progress: workspace.progress(TODAY) });
  return indexNodes(buildObjectiveTree(input));
}

describe('objective tree across the cascade', () => {
  const nodes = cascadeTree();
  const kr = (id: string) => [...nodes.values()].find((node) => node.kind === 'kr' && node.id === id)!;

  it('shows CO-2.1 as the rollup of ENG-1.1, ENG-1.2, PLAT-1.1 and PLAT-1.2, with their progress', () => {
    // ENG-1.1 5 → 2 days at 3.4: 1.6/3; ENG-1.2 20 → 90% at 45: 25/70; PLAT-1.1 10 → 8 at 9.1: 0.45;
    // PLAT-1.2: 0.5. Their average is 0.4601.
    const node = kr('CO-2.1');
    assert.equal(node.description, '46% · rollup of 4');
    assert.ok(node.tooltip.includes('Progress rolled up from 4 aligned objectives and key results.'), node.tooltip);
  });

  it('shows an on-track KR whose dependency is off track as at risk, blocked by it', () => {
    const plat = kr('PLAT-1.2');
    assert.equal(plat.icon, 'error', 'PLAT-1.2 is off track');
    const node = kr('OPS-1.1');
    assert.equal(node.icon, 'warning');
    assert.equal(node.color, 'charts.yellow');
    assert.equal(node.description, '85% · blocked by PLAT-1.2');
    assert.ok(node.tooltip.includes('at risk'), node.tooltip);
    assert.ok(node.tooltip.includes('Blocked by PLAT\\-1\\.2: off track.'), node.tooltip);
  });

  it('leaves KRs without blockers or rollups as they were', () => {
    const node = kr('PLAT-1.1');
    assert.ok(!node.description.includes('blocked') && !node.description.includes('rollup'), node.description);
  });
});
