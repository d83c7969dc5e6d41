import { strict as assert } from 'assert';
import { ALIGNMENT_GRAPH_CSS } from '../../../src/core/cascade';
import { readFileSync } from 'fs';
import * as path from 'path';
import { FIRST_PAINT_KRS, renderPanelPage, renderPanelParts } from '../../../src/core/render/panel';
import { PANEL_MEDIA, panelPageHtml } from './chromium';
import { exampleModels, hostileModel, modelOf, wholeBody } from './fixtures';
import { figuresOf } from '../progress/fixtures';

describe('panel HTML (strings)', () => {
  const today = '2026-11-15';

  it('has a strict CSP: the nonce admits only its own script and style elements, nothing remote', () => {
    const html = panelPageHtml(wholeBody(exampleModels(), figuresOf({ today })));
    const csp = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'");
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-[^']+'(;|$)/);
    assert.match(csp, /style-src 'nonce-[^']+'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    assert.doesNotMatch(html, / style="/);
    assert.doesNotMatch(html, /<link|<script[^>]* src=/, 'nothing to fetch before the first paint');
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    const scripts = [...html.matchAll(/<script nonce="([^"]+)">([\s\S]*?)<\/script>/g)];
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.equal(scripts[0][1], nonce);
    assert.equal(scripts[0][2], PANEL_MEDIA.script);
    const styles = [...html.matchAll(/<style nonce="([^"]+)">([^<]*)<\/style>/g)];
    assert.equal((html.match(/<style/g) ?? []).length, 1, 'one style element: the panel CSS and the graph CSS');
    assert.equal(styles[0][1], nonce);
    assert.ok(styles[0][2].startsWith(readFileSync(path.resolve(__dirname, '../../../media/panel.css'), 'utf8')));
    assert.ok(styles[0][2].endsWith(ALIGNMENT_GRAPH_CSS));
  });

  it('refuses to inline media that would close its own element', () => {
    assert.throws(() => renderPanelPage({ cspSource: 'x', nonce: 'n', script: 'a("</script>")', style: '' }, ''), /must not contain <\/script>/);
    assert.throws(() => renderPanelPage({ cspSource: 'x', nonce: 'n', script: '', style: 'a{}</STYLE>' }, ''), /must not contain <\/style>/);
  });

  it('renders a card per objective and a row per KR of the examples', () => {
    const files = exampleModels();
    const body = wholeBody(files, figuresOf({ today }));
    const objectives = files.flatMap((f) => f.objectives);
    assert.equal((body.match(/<article class="objective"/g) ?? []).length, objectives.length);
    assert.equal((body.match(/<li class="kr"/g) ?? []).length, objectives.flatMap((o) => o.key_results).length);
    assert.match(body, /data-checkin="PLAT-1\.1"/);
    assert.match(body, /Cut project lead time from 10 to 8 days/);
    // the latest check-in's note of PLAT-1.1
    assert.match(body, /<blockquote class="note"><span class="muted">2026-10-28<\/span><p>Parallel CI on half the repos\.<\/p>/);
  });

  it('escapes every string from a hostile file', () => {
    const body = wholeBody([hostileModel()], figuresOf({ today }));
    assert.doesNotMatch(body, /<script|<img|<iframe|<svg onload|<style|<b>|onmouseover='|href="javascript/i);
    assert.match(body, /&lt;script&gt;window.__pwned = 1&lt;\/script&gt;/);
    assert.match(body, /<a href="https:\/\/example\.com">a site<\/a>/);
  });

  it('says so when there are no OKR files', () => {
    assert.match(wholeBody([], figuresOf({ today })), /No OKR files in this workspace yet/);
  });

  it('carries about a screenful of cards in the page and the rest as one string per card', () => {
    const files = exampleModels();
    const objectives = files.flatMap((f) => f.objectives);
    const { html, more } = renderPanelParts(files, figuresOf({ today }), undefined, 1);
    assert.equal((html.match(/<article class="objective"/g) ?? []).length, 1, 'one card reaches one KR');
    assert.equal(more.length, objectives.length - 1);
    assert.ok(more.every((card) => card.startsWith('<article class="objective"') && card.endsWith('</article>')));
    // The cards in order after the first give back the whole body.
    const cardsEnd = html.indexOf('</main>');
    assert.equal(html.slice(0, cardsEnd) + more.join('') + html.slice(cardsEnd), wholeBody(files, figuresOf({ today })));
  });

  it('puts cards in the page until they hold FIRST_PAINT_KRS key results', () => {
    const text = ['okr: 1', 'team: Big', 'period: 2026-Q4', 'objectives:'];
    for (let o = 1; o <= 20; o++) {
      text.push(`  - id: BIG-${o}`, `    title: Objective ${o}`, '    key_results:');
      for (let k = 1; k <= 4; k++) text.push(`      - id: BIG-${o}.${k}`, `        title: Keep p95 under ${k}00 ms`, '        type: metric', '        baseline: 900', '        target: 300');
    }
    const { html, more } = renderPanelParts([modelOf(text.join('\n'))], figuresOf({ today }));
    const firstCards = Math.ceil(FIRST_PAINT_KRS / 4);
    assert.equal((html.match(/<li class="kr"/g) ?? []).length, firstCards * 4);
    assert.equal(more.length, 20 - firstCards);
    assert.deepEqual(renderPanelParts([], figuresOf({ today })).more, []);
  });
});
