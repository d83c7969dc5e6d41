import { strict as assert } from 'assert';
import { findCycles, loopFrom, loopsThrough } from '../../../src/core/cascade/cycles';
import { DEFAULT_CONFIG } from '../../../src/core/config';
import { parseOkrText } from '../../../src/core/format/parse';
import { lintWorkspace } from '../../../src/core/lint';
import { similarId, similarIdFinder } from '../../../src/core/cascade/similar';

function ring(count: number): string {
  const krs = Array.from({ length: count }, (_, i) => `      - id: RING-1.${i}\n        title: Raise x from ${i} to ${i + 1}\n        depends_on: [RING-1.${(i + 1) % count}]\n`);
  return `okr: 1\nteam: Ring\nperiod: 2026-Q4\nobjectives:\n  - id: RING-1\n    title: Ring\n    key_results:\n${krs.join('')}`;
}

describe('cycles on hostile input', () => {
  it('loopsThrough shares one loop among its members and loopFrom walks it from each', () => {
    const edges = new Map([['A', ['B']], ['B', ['C']], ['C', ['A']]]);
    const [members] = findCycles(edges);
    const loops = loopsThrough(edges, members);
    assert.equal(loops.get('A')!.loop, loops.get('C')!.loop, 'one array for the whole loop');
    assert.deepEqual(loopFrom(loops.get('B')!, 10), ['B', 'C', 'A', 'B']);
    assert.deepEqual(loopFrom(loops.get('C')!, 2), ['C', 'A']);
  });

  it('a 5,000-KR depends_on ring gives one bounded finding per link', () => {
    const count = 5_000;
    const findings = lintWorkspace([parseOkrText(ring(count), 'ring.okr.yaml')], DEFAULT_CONFIG).filter((f) => f.rule === 'dependency-cycle');
    assert.equal(findings.length, count);
    for (const found of findings) {
      assert.ok(found.message.length < 400, `message of ${found.message.length} characters`);
      assert.ok((found.related?.length ?? 0) <= 10);
      assert.ok((found.data?.cycle as string[]).length <= 9);
    }
    const first = findings.find((f) => f.message.startsWith('Dependency cycle: RING-1.0 →'))!;
    assert.match(first.message, /RING-1\.0 → RING-1\.1 → .* → … \(5000 links\) → RING-1\.0\./);
    assert.equal(first.data?.cycleLength, count);
    assert.equal(first.related?.[0].message, 'RING-1.1 depends on RING-1.2 here');
  });
});

describe('similarIdFinder', () => {
  it('answers as similarId does, from an index built once', () => {
    const known = ['CO-1', 'CO-2.2', 'CO-2', 'PLAT-1.1', 'PLAT-1.2', 'plat-1.3'];
    const find = similarIdFinder(known);
    for (const wanted of ['CO-2.3', 'plat-1.1', 'PALT-1.1', 'CO-9.9.9', 'PLAT-1.3', 'PLAT-11.1', 'X']) {
      assert.equal(find(wanted), similarId(wanted, known), wanted);
    }
  });

  it('compares a bounded number of look-alikes per lookup and still finds a near miss among them', () => {
    const known = Array.from({ length: 20_000 }, (_, i) => `RING-1.${i}`);
    const find = similarIdFinder(known);
    assert.equal(find('ring-1.12345'), 'RING-1.12345');
    assert.equal(find('RING-1.0x'), 'RING-1.0');
    assert.equal(find('OTHER-1.0'), undefined);
  });
});

describe('a long parent: loop', () => {
  it('gives each file one finding that shows a few links and counts the rest', () => {
    const count = 30;
    const files = Array.from({ length: count }, (_, i) =>
      parseOkrText(`okr: 1\nteam: T${i}\nperiod: 2026-Q4\nparent: ./f${(i + 1) % count}.okr.yaml\nobjectives: []\n`, `/ws/f${i}.okr.yaml`),
    );
    const loops = lintWorkspace(files, DEFAULT_CONFIG).filter((f) => f.rule === 'alignment-cycle');
    assert.equal(loops.length, count);
    for (const found of loops) {
      assert.match(found.message, /… \(30 links\) →/);
      assert.ok((found.related?.length ?? 0) <= 10);
    }
  });
});
