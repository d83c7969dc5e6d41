// The Alignment view's items, built without VS Code (src/vscode/alignment/items.ts is pure).
import { strict as assert } from 'assert';
import { buildCascade } from '../../../src/core/cascade';
import { buildAlignmentItems } from '../../../src/core/view/alignmentItems';
import { parseAll } from '../cascade/fixtures';

describe('alignment view items', () => {
  const cascade = buildCascade(
    parseAll({
      '/ws/c.okr.yaml': { team: 'Acme', objectives: [{ id: 'CO-1', krs: [{ id: 'CO-1.1', rollup: true }] }] },
      '/ws/d.okr.yaml': { team: 'Eng', parent: 'c.okr.yaml', objectives: [{ id: 'E-1', title: 'Ship *fast*', aligns: ['CO-1'], krs: [{ id: 'E-1.1', aligns: ['CO-1.1'] }] }] },
      '/ws/t.okr.yaml': { team: 'Team', parent: 'd.okr.yaml', objectives: [{ id: 'T-1', krs: [{ id: 'T-1.1' }] }] },
    }),
  );
  const roots = buildAlignmentItems(cascade, (id) =>
    id === 'E-1' ? { progress: 0.42, status: 'off-track' } : id === 'E-1.1' ? { progress: 0.5, status: 'at-risk', blockedBy: ['X-1'] } : undefined,
  );

  it('nests files by parent, objectives and KRs under their file, child files after the objectives', () => {
    assert.deepEqual(roots.map((r) => r.label), ['Acme']);
    const [acme] = roots;
    assert.deepEqual(acme.children.map((c) => c.label), ['CO-1 Objective CO-1', 'Eng']);
    const eng = acme.children[1];
    assert.deepEqual(eng.children.map((c) => c.kind), ['objective', 'file']);
    assert.equal(eng.children[1].children[0].label, 'T-1 Objective T-1');
    assert.equal(eng.children[1].children[0].children[0].parent, eng.children[1].children[0]);
    assert.equal(eng.parent, acme);
    assert.deepEqual([acme.icon, eng.icon], ['organization', 'people']);
    assert.equal(acme.description, '2026-Q4 · c.okr.yaml');
  });

  it('gives objectives and KRs status icons and colours, progress, alignment and blockers', () => {
    const e1 = roots[0].children[1].children[0];
    assert.equal(e1.description, '42% · ↑ CO-1');
    assert.deepEqual([e1.icon, e1.color, e1.status], ['error', 'charts.red', 'off-track']);
    assert.match(e1.tooltip, /\*\*E\\-1\*\* Ship \\\*fast\\\*/, 'user text is escaped in the Markdown tooltip');
    const kr = e1.children[0];
    assert.equal(kr.description, '50% · ↑ CO-1.1 · blocked by X-1');
    assert.deepEqual([kr.icon, kr.color], ['warning', 'charts.yellow']);
    assert.equal(roots[0].children[0].children[0].description, 'rollup of 1');
  });

  it('marks objectives that align to nothing, and points every item at its id for click-to-reveal', () => {
    const t1 = roots[0].children[1].children[1].children[0];
    assert.equal(t1.notAligned, true);
    assert.equal(t1.description, 'not aligned');
    assert.equal(t1.icon, 'debug-disconnect');
    assert.equal(t1.file, '/ws/t.okr.yaml');
    const text = cascade.fileByKey('/ws/t.okr.yaml')!.parsed.text.split('\n');
    assert.equal(text[t1.range.start.line].slice(t1.range.start.character, t1.range.end.character), 'T-1');
  });

  it('keys are unique, even with an id defined twice in one file', () => {
    const dup = buildCascade(parseAll({ '/ws/a.okr.yaml': { objectives: [{ id: 'A-1', krs: [{ id: 'A-1.1' }, { id: 'A-1.1' }] }, { id: 'A-1' }] } }));
    const keys: string[] = [];
    const queue = buildAlignmentItems(dup, () => undefined);
    for (let i = 0; i < queue.length; i++) {
      keys.push(queue[i].key);
      queue.push(...queue[i].children);
    }
    assert.equal(new Set(keys).size, keys.length);
    assert.equal(keys.length, 5);
  });
});
