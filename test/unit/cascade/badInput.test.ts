// Bad and large input: clear findings, no hang, no stack overflow.
import { strict as assert } from 'assert';
import { buildCascade, workspaceProgress, renderAlignmentGraph, renderCascadeText } from '../../../src/core/cascade';
import { cascadeFindings } from './fixtures';
import type { ParsedOkrFile } from '../../../src/core/format/parse';
import { okrYaml, parseAll } from './fixtures';

/** A chain of `depth` files, each the parent of the next, each objective aligned to the one above. */
function chain(depth: number, close = false): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < depth; i++) {
    const up = i === 0 ? (close ? depth - 1 : undefined) : i - 1;
    files[`/ws/f${i}.okr.yaml`] = okrYaml({
      team: `Level ${i}`,
      parent: up === undefined ? undefined : `f${up}.okr.yaml`,
      objectives: [{ id: `L${i}-1`, aligns: up === undefined ? undefined : [`L${up}-1.1`], krs: [{ id: `L${i}-1.1`, value: 50, rollup: i < depth - 1 }] }],
    });
  }
  return files;
}

describe('cascade: bad and large input', () => {
  let deepChain: ParsedOkrFile[];
  before(() => {
    deepChain = parseAll(chain(1000)); // parsed once: parsing, not the cascade, is the slow part
  });

  it('a 1,000-level parent chain: levels, rollups, text and graph without overflow', () => {
    const files = deepChain;
    const cascade = buildCascade(files);
    assert.equal(cascade.roots.length, 1);
    assert.equal(cascade.fileByKey('/ws/f999.okr.yaml')?.level, 999);
    assert.deepEqual(cascadeFindings(files), []);
    const progress = workspaceProgress(cascade, { today: '2026-11-22' });
    // The deepest KR is 50% and every rollup above averages the single objective below it.
    assert.ok(Math.abs(progress.node('L0-1.1')!.progress - 0.5) < 1e-9);
    assert.equal(renderCascadeText(cascade).split('\n').filter((l) => l.includes('L999-1.1')).length, 1);
    assert.equal((renderAlignmentGraph(cascade, () => undefined).match(/data-id=/g) ?? []).length, 2000);
  });

  it('a 1,000-file parent loop and alignment loop: one error per file, messages summarised', () => {
    const closing = parseAll({ '/ws/f0.okr.yaml': chain(1000, true)['/ws/f0.okr.yaml'] });
    const files = [...closing, ...deepChain.slice(1)];
    const findings = cascadeFindings(files);
    const parentLoops = findings.filter((f) => f.rule === 'alignment-cycle' && f.data?.kind === 'parent');
    const alignLoops = findings.filter((f) => f.rule === 'alignment-cycle' && f.data?.kind === 'aligns_to');
    assert.equal(parentLoops.length, 1000);
    assert.equal(alignLoops.length, 0, 'objectives align to KRs, which do not align further: no alignment loop');
    assert.match(parentLoops[0].message, /→ … \(1000 links\) →/);
    assert.ok(parentLoops[0].related!.length <= 10);
    const cascade = buildCascade(files);
    assert.equal(cascade.roots.length, 1000, 'files of a loop become roots so they stay visible');
    assert.ok(renderCascadeText(cascade).includes('L500-1'));
    workspaceProgress(cascade, { today: '2026-11-22' });
  });

  it('a 1,000-long alignment ring of rollup KRs: reported, and rollups terminate', () => {
    const objectives = Array.from({ length: 1000 }, (_, i) => ({
      id: `R${i}-1`,
      krs: [{ id: `R${i}-1.1`, value: 40, rollup: true, aligns: [`R${(i + 1) % 1000}-1.1`] }],
    }));
    const parsed = parseAll({ '/ws/ring.okr.yaml': { objectives } });
    const cycles = cascadeFindings(parsed).filter((f) => f.rule === 'alignment-cycle');
    assert.equal(cycles.length, 1000);
    assert.match(cycles[0].message, /Alignment cycle: R0-1\.1 → R1-1\.1 → .* → … \(1000 links\) → R0-1\.1/);
    const progress = workspaceProgress(buildCascade(parsed), { today: '2026-11-22' });
    // Around a loop the KR that closes it falls back to its own check-in (40%), and so does every average.
    assert.ok(Math.abs(progress.node('R0-1.1')!.progress - 0.4) < 1e-9);
  });

  it('a thousand independent files', () => {
    const files: Record<string, ReturnType<typeof okrYaml>> = { '/ws/company.okr.yaml': okrYaml({ objectives: [{ id: 'CO-1', krs: [{ id: 'CO-1.1', rollup: true }] }] }) };
    for (let i = 0; i < 1000; i++) {
      files[`/ws/teams/t${i}.okr.yaml`] = okrYaml({
        parent: '../company.okr.yaml',
        objectives: [{ id: `T${i}-1`, krs: [{ id: `T${i}-1.1`, value: i % 2 === 0 ? 100 : 0, aligns: ['CO-1.1'] }] }],
      });
    }
    const cascade = buildCascade(parseAll(files));
    assert.equal(cascade.roots.length, 1);
    assert.equal(cascade.roots[0].children.length, 1000);
    assert.equal(cascade.childrenOf('CO-1.1').length, 1000);
    assert.ok(Math.abs(workspaceProgress(cascade, { today: '2026-11-22' }).node('CO-1.1')!.progress - 0.5) < 1e-9);
  });

  it('two files claiming the same id: the first definition is the one aligned to, nothing crashes', () => {
    const files = parseAll({
      '/ws/a.okr.yaml': { objectives: [{ id: 'X-1', krs: [{ id: 'X-1.1', value: 20 }] }] },
      '/ws/b.okr.yaml': { objectives: [{ id: 'X-1', aligns: ['X-1'], krs: [{ id: 'X-1.1', value: 80 }] }] },
    });
    const cascade = buildCascade(files);
    assert.equal(cascade.nodes.get('X-1')?.file.file, '/ws/a.okr.yaml');
    assert.equal(cascade.allNodes.length, 4);
    const cycles = cascadeFindings(files).filter((f) => f.rule === 'alignment-cycle');
    assert.deepEqual(cycles.map((f) => f.file), ['/ws/b.okr.yaml'], 'X-1 aligns to "itself" through the duplicate');
    assert.equal(workspaceProgress(cascade, { today: '2026-11-22' }).node('X-1.1')?.progress, 0.2);
  });

  it('files without a model (broken YAML) and objectives without ids are skipped', () => {
    const files = parseAll({
      '/ws/broken.okr.yaml': '- not a mapping\n',
      '/ws/a.okr.yaml': 'okr: 1\nteam: A\nperiod: 2026-Q4\nobjectives:\n  - title: No id\n    aligns_to: [NOPE-1]\n',
    });
    const cascade = buildCascade(files);
    assert.equal(cascade.files.length, 1);
    const [dangling] = cascadeFindings(files);
    assert.equal(dangling.rule, 'alignment-dangling');
    assert.match(dangling.message, /^This entry aligns to "NOPE-1"/);
    assert.match(renderAlignmentGraph(cascade, () => undefined), /<svg/);
  });
});
