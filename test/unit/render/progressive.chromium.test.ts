// The panel's two-part render in real headless Chromium: the page paints its first cards, then a
// `render` message brings every card, built off-screen and swapped in at once; a newer render
// wins over one still building, and a live re-render keeps filters and the scroll position.
import { strict as assert } from 'assert';
import type { OkrFile } from '../../../src/core/format/model';
import { PanelBody, renderPanelParts } from '../../../src/core/render/panel';
import { openPanel, PanelPage, sharedBrowser } from './chromium';
import { exampleModels, modelOf } from './fixtures';
import { figuresOf } from '../progress/fixtures';

const today = '2026-11-15';

function bigModel(objectives: number, title = 'Objective'): OkrFile {
  const text = ['okr: 1', 'team: Big', 'period: 2026-Q4', 'objectives:'];
  for (let o = 1; o <= objectives; o++) {
    text.push(`  - id: BIG-${o}`, `    title: ${title} ${o}`, '    key_results:');
    for (let k = 1; k <= 5; k++) {
      text.push(`      - id: BIG-${o}.${k}`, `        title: Cut p95 latency of service ${k} from 900 ms to 300 ms`, '        owner: bob', '        baseline: 900', '        target: 300');
    }
  }
  return modelOf(text.join('\n'), 'big.okr.yaml');
}

const renderedCount = (panel: PanelPage) => panel.page.evaluate(() => performance.getEntriesByName('okr-panel-rendered').length);

async function render(panel: PanelPage, body: PanelBody, renders: number): Promise<void> {
  await panel.page.evaluate((message) => window.postMessage(message, '*'), { type: 'render', ...body });
  await panel.page.waitForFunction((n) => performance.getEntriesByName('okr-panel-rendered').length >= n, renders);
}

describe('panel render in two parts (Chromium)', function () {
  this.timeout(60_000);
  const browser = sharedBrowser();

  it('paints the first cards from the page, then shows every card in order after the render message', async () => {
    const body = renderPanelParts([bigModel(60)], figuresOf({ today }));
    assert.ok(body.more.length > 50);
    const panel = await openPanel(browser(), body.html);
    try {
      const ids = () => panel.page.locator('li.kr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.kr));
      assert.deepEqual((await ids()).slice(0, 2), ['BIG-1.1', 'BIG-1.2']);
      assert.ok((await ids()).length < 60 * 5, 'the page holds only the first cards');
      await render(panel, body, 1);
      const all = await ids();
      assert.equal(all.length, 60 * 5);
      assert.deepEqual(all.slice(-2), ['BIG-60.4', 'BIG-60.5']);
      assert.deepEqual(panel.errors, []);
    } finally {
      await panel.page.close();
    }
  });

  it('applies saved filters to the cards that arrive later', async () => {
    const body = renderPanelParts([...exampleModels(), bigModel(30)], figuresOf({ today }), undefined, 1);
    const panel = await openPanel(browser(), body.html, { filters: { team: 'Big', owner: '', status: '' }, scrollY: 0, graphFit: false });
    try {
      await render(panel, body, 1);
      const teams = await panel.page.locator('article.objective:not([hidden])').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.team));
      assert.equal(teams.length, 30);
      assert.ok(teams.every((team) => team === 'Big'));
    } finally {
      await panel.page.close();
    }
  });

  it('drops a render still being built when a newer one arrives', async () => {
    const older = renderPanelParts([bigModel(200, 'Older')], figuresOf({ today }));
    const newer = renderPanelParts([bigModel(3, 'Newer')], figuresOf({ today }));
    const panel = await openPanel(browser(), older.html);
    try {
      await panel.page.evaluate(
        ([a, b]) => {
          window.postMessage({ type: 'render', ...a }, '*');
          window.postMessage({ type: 'render', ...b }, '*');
        },
        [older, newer],
      );
      await panel.page.waitForFunction(() => performance.getEntriesByName('okr-panel-rendered').length >= 1);
      assert.equal(await panel.page.locator('li.kr').count(), 15);
      // A third render of the big model takes longer than what was left of the older one: had the
      // older one gone on, it would have been swapped in first, and made three renders.
      await render(panel, older, 2);
      assert.equal(await renderedCount(panel), 2);
      assert.equal(await panel.page.locator('li.kr').count(), 1000);
    } finally {
      await panel.page.close();
    }
  });

  it('keeps the card being read in place across a live re-render', async () => {
    const body = renderPanelParts([bigModel(60)], figuresOf({ today }));
    const panel = await openPanel(browser(), body.html);
    try {
      await panel.page.setViewportSize({ width: 520, height: 700 }); // a panel beside the editor
      await render(panel, body, 1);
      const card = panel.page.locator('article.objective[data-id="BIG-40"]');
      await card.evaluate((element) => element.scrollIntoView());
      await panel.page.evaluate(() => window.scrollBy(0, -37));
      const top = () => card.evaluate((element) => Math.round(element.getBoundingClientRect().top));
      const before = await top();
      assert.ok((await panel.page.evaluate(() => window.scrollY)) > 1000, 'scrolled down');
      const changed = bigModel(60);
      changed.objectives[39].title = 'Renamed while you read it';
      await render(panel, renderPanelParts([changed], figuresOf({ today })), 2);
      await panel.page.getByText('Renamed while you read it').waitFor();
      assert.equal(await top(), before);
      // The cards keep their heights through the swap, never a width wider than the panel.
      const { scrollWidth, clientWidth } = await panel.page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      assert.ok(scrollWidth <= clientWidth, `no horizontal scrolling: ${scrollWidth} > ${clientWidth}`);
    } finally {
      await panel.page.close();
    }
  });
});
