import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { buildCascade, workspaceProgress, renderAlignmentGraph, renderCascadeText } from '../../../src/core/cascade';
import { cascadeFindings } from './fixtures';
import { escapeXml } from '../../../src/core/cascade/graph';
import { parseOkrText } from '../../../src/core/format/parse';
import { parseAll } from './fixtures';

const EXAMPLES = ['company.okr.yaml', 'engineering.okr.yaml', 'teams/platform.okr.yaml', 'teams/growth.okr.yaml'];

function examples() {
  return EXAMPLES.map((file) => {
    const full = path.resolve('examples', file);
    return parseOkrText(readFileSync(full, 'utf8'), full);
  });
}

describe('cascade renderers', () => {
  describe('renderAlignmentGraph', () => {
    const hostile = parseAll({
      '/ws/c.okr.yaml': { team: 'Acme', objectives: [{ id: 'CO-1', title: '<script>alert("x")</script> & more', krs: [{ id: 'CO-1.1' }] }] },
      '/ws/t.okr.yaml': { parent: 'c.okr.yaml', objectives: [{ id: 'T-1', title: "Ship 'it' <b>now</b>", aligns: ['CO-1'], krs: [{ id: 'T-1.1', aligns: ['CO-1.1'] }] }] },
    });
    const svg = renderAlignmentGraph(buildCascade(hostile), (id) => (id === 'T-1' ? 'off-track' : id === 'CO-1' ? 'done' : undefined));

    it('escapes every label: no markup from titles survives', () => {
      assert.ok(!svg.includes('<script'));
      assert.ok(!svg.includes('<b>'));
      assert.ok(svg.includes('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; more'), 'full title in the tooltip');
      assert.ok(svg.includes('Ship &#39;it&#39; &#60;b&#62;now&#60;/b&#62;'));
      assert.equal(escapeXml(`<a href="x">'&'</a>`), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    });

    it('gives each node a data-id, a kind and a status class', () => {
      const nodes = [...svg.matchAll(/<g class="node kind-(\w+) status-([\w-]+)" data-id="([^"]+)"/g)].map((m) => [m[3], m[1], m[2]]);
      assert.deepEqual(nodes.sort(), [
        ['CO-1', 'objective', 'done'],
        ['CO-1.1', 'kr', 'none'],
        ['T-1', 'objective', 'off-track'],
        ['T-1.1', 'kr', 'none'],
      ]);
    });

    it('draws tree edges (objective → KR, parent goal → objective) and dashed alignment edges for the rest', () => {
      assert.equal((svg.match(/class="edge"/g) ?? []).length, 3, 'CO-1→CO-1.1, CO-1→T-1, T-1→T-1.1');
      assert.equal((svg.match(/class="edge alignment"/g) ?? []).length, 1, 'CO-1.1 ⇢ T-1.1');
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="okr-alignment-graph"/);
      assert.ok(!/style=/.test(svg), 'no inline styles: a strict CSP needs nothing extra');
    });

    it('places a team objective below the company goal it aligns to', () => {
      const y = (id: string) => Number(new RegExp(`data-id="${id.replace('.', '\\.')}"[^>]*translate\\(\\d+(?:\\.\\d+)?,(\\d+)\\)`).exec(svg)![1]);
      assert.ok(y('CO-1') < y('T-1'));
      assert.ok(y('T-1') < y('T-1.1'));
      assert.equal(y('CO-1.1'), y('T-1'));
    });

    it('renders an empty cascade as an empty picture', () => {
      assert.match(renderAlignmentGraph(buildCascade([]), () => undefined), /<svg[^>]*><g class="edges"><\/g><g class="nodes"><\/g><\/svg>/);
    });
  });

  describe('the examples workspace', () => {
    const files = examples();
    const cascade = buildCascade(files);

    it('has company → engineering → platform and company → growth, and no cascade findings', () => {
      assert.deepEqual(cascade.roots.map((f) => f.displayPath), ['company.okr.yaml']);
      const levels = Object.fromEntries(cascade.files.map((f) => [f.displayPath, f.level]));
      assert.deepEqual(levels, { 'company.okr.yaml': 0, 'engineering.okr.yaml': 1, 'teams/platform.okr.yaml': 2, 'teams/growth.okr.yaml': 1 });
      assert.deepEqual(cascadeFindings(files), []);
    });

    it('rolls CO-2.1 up from ENG-1.1, ENG-1.2, PLAT-1.1 and PLAT-1.2 (hand-worked)', () => {
      // ENG-1.1: 5 → 2 days at 3.4 = 1.6/3; ENG-1.2: 20 → 90% at 45 = 25/70;
      // PLAT-1.1: 10 → 8 at 9.1 = 0.45; PLAT-1.2: milestones 3 of 6 = 0.5.
      const expected = (1.6 / 3 + 25 / 70 + 0.45 + 0.5) / 4;
      const progress = workspaceProgress(cascade, { today: '2026-11-22' });
      assert.ok(Math.abs(progress.node('CO-2.1')!.progress - expected) < 1e-9);
    });

    it('renderCascadeText draws the file tree with objectives, KRs, alignment and progress', () => {
      const progress = workspaceProgress(cascade, { today: '2026-11-22' });
      const text = renderCascadeText(cascade, (id) => progress.node(id));
      const lines = text.split('\n');
      assert.equal(lines[0], 'Acme · 2026-Q4 · company.okr.yaml');
      assert.ok(lines.includes('├─ Engineering · 2026-Q4 · engineering.okr.yaml'));
      assert.ok(lines.includes('│  └─ Platform · 2026-Q4 · teams/platform.okr.yaml'));
      assert.ok(lines.includes('└─ Growth · 2026-Q4 · teams/growth.okr.yaml'));
      assert.ok(lines.some((l) => l.startsWith('│  ├─ CO-2.1  Reduce median idea-to-production time') && l.includes('[46% at risk]  (rollup)')), text);
      assert.ok(lines.some((l) => l.startsWith('│     ├─ PLAT-1  Release value faster to customers') && l.endsWith('↑ CO-2')), text);
      assert.equal(lines.at(-2), '4 files · 6 objectives · 0 not aligned');
    });

    it('renderCascadeText marks objectives that align to nothing and blocked KRs', () => {
      const cascadeWithGaps = buildCascade(
        parseAll({
          '/ws/c.okr.yaml': { team: 'Acme', objectives: [{ id: 'CO-1', krs: [{ id: 'CO-1.1' }] }] },
          '/ws/t.okr.yaml': { team: 'Team', parent: 'c.okr.yaml', objectives: [{ id: 'T-1', title: 'Lonely', krs: [{ id: 'T-1.1' }] }] },
        }),
      );
      const text = renderCascadeText(cascadeWithGaps, (id) => (id === 'T-1.1' ? { progress: 0.25, status: 'at-risk', blockedBy: ['X-1'] } : undefined));
      assert.ok(text.includes('└─ T-1  Lonely  ⚠ not aligned'), text);
      assert.ok(text.includes('T-1.1  Raise metric T-1.1 from 0 to 100  [25% at risk]  blocked by X-1'), text);
      assert.ok(text.endsWith('2 files · 2 objectives · 1 not aligned\n'));
    });
  });
});
