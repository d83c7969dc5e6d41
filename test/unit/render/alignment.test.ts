// The panel across the cascade (HTML strings): rollup and "blocked by" chips on the KR rows, and the
// "Alignment" graph section coloured by the same statuses as the cards.
import { strict as assert } from 'assert';
import { OkrWorkspace } from '../../../src/core/workspace';

import { BLOCKED_OPS, exampleWorkspace, HOSTILE, LATE_Q4, modelsOf, XSS, wholeBody } from './fixtures';
import { figuresOf } from '../progress/fixtures';

describe('panel HTML across the cascade', () => {
  const workspace = exampleWorkspace({ 'teams/ops.okr.yaml': BLOCKED_OPS });
  const body = wholeBody(modelsOf(workspace), workspace.progress(LATE_Q4), workspace.cascade());
  const row = (id: string) => new RegExp(`<li class="kr" data-kr="${id.replace(/\./g, '\\.')}"[^]*?</li>`).exec(body)?.[0] ?? '';

  it('shows a rollup KR as the rollup of its four children', () => {
    assert.match(row('CO-2.1'), /<span class="chip rollup" title="[^"]+">rollup of 4<\/span>/);
    assert.doesNotMatch(row('CO-2.2'), /chip rollup/);
  });

  it('shows a blocked KR at risk with a "blocked by" chip that explains itself', () => {
    const ops = row('OPS-1.1');
    assert.match(ops, /data-status="at-risk blocked"/);
    assert.match(ops, /<span class="chip status-at-risk">At risk<\/span>/);
    assert.match(ops, /<span class="chip blocked" title="At risk: depends on PLAT-1\.2, which is off track">blocked by PLAT-1\.2<\/span>/);
    assert.match(row('PLAT-1.2'), /<span class="chip status-off-track">/);
    assert.doesNotMatch(row('PLAT-1.1'), /chip blocked/);
  });

  it('ends with an Alignment section: one graph node per objective and KR, coloured by its status', () => {
    const section = /<section class="alignment"[^]*<\/section>/.exec(body)?.[0] ?? '';
    assert.match(section, /<h2 id="alignment-heading">Alignment<\/h2>/);
    const nodes = new Map([...section.matchAll(/<g class="node kind-(?:kr|objective) status-([\w-]+)" data-id="([^"]+)"/g)].map((m) => [m[2], m[1]]));
    assert.equal(nodes.size, workspace.idIndex().size);
    assert.equal(nodes.get('OPS-1.1'), 'at-risk');
    assert.equal(nodes.get('PLAT-1.2'), 'off-track');
    assert.ok(body.indexOf('id="cards"') < body.indexOf('class="alignment"'), 'after the cards');
  });

  it('has no Alignment section without a cascade, or with nothing in it', () => {
    assert.doesNotMatch(wholeBody(modelsOf(workspace), figuresOf({ today: LATE_Q4 })), /class="alignment"/);
    const empty = new OkrWorkspace();
    empty.update('new.okr.yaml', 'okr: 1\nteam: New\nperiod: 2026-Q4\nobjectives: []\n');
    const html = wholeBody(modelsOf(empty), empty.progress(LATE_Q4), empty.cascade());
    assert.match(html, /<h1>/, 'the panel itself renders');
    assert.doesNotMatch(html, /class="alignment"/);
  });

  it('escapes hostile titles inside the graph', () => {
    const hostile = exampleWorkspace({ 'evil.okr.yaml': HOSTILE });
    const html = wholeBody(modelsOf(hostile), hostile.progress(LATE_Q4), hostile.cascade());
    const graph = /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="okr-alignment-graph"[^]*?<\/svg>/.exec(html)?.[0] ?? '';
    assert.ok(graph.includes('data-id="EVIL-1"'));
    assert.doesNotMatch(graph, /<script|<iframe|<style|<img/i);
    assert.ok(!graph.includes(XSS.script));
  });
});
