// The webview's side of the protocol in real headless Chromium: the bundled script restores its
// saved state through the same parsePanelState as the host, with the same limits, and repairs a
// hostile or oversized state to the defaults instead of trusting it.
import { strict as assert } from 'assert';
import { parsePanelState } from '../../../src/core/render/protocol';
import { openPanel, sharedBrowser } from './chromium';

const LONG_TEAM = 'T'.repeat(257); // one over the protocol's limit for a string

/** A hand-made #root: filters whose options include the oversized team, and one card of it. */
const BODY = [
  '<div class="filters">',
  `<select data-filter="team"><option value="">All</option><option value="Platform">Platform</option><option value="${LONG_TEAM}">long</option></select>`,
  '<select data-filter="owner"><option value="">All</option><option value="bob">bob</option></select>',
  '<select data-filter="status"><option value="">All</option><option value="at-risk">at risk</option></select>',
  '</div>',
  '<main id="cards">',
  `<article class="objective" data-id="A-1" data-file="a.okr.yaml" data-team="${LONG_TEAM}"><ul><li class="kr" data-kr="A-1.1" data-owner="bob" data-status="at-risk">A-1.1</li></ul></article>`,
  '<article class="objective" data-id="B-1" data-file="b.okr.yaml" data-team="Platform"><ul><li class="kr" data-kr="B-1.1" data-owner="bob" data-status="on-track">B-1.1</li></ul></article>',
  '</main>',
].join('');

/** Saved states (they cross JSON, as VS Code's do): good, damaged, hostile and oversized. */
const SAVED: unknown[] = [
  null,
  'state',
  [1, 2],
  { filters: { team: 'Platform', owner: 'bob', status: 'at-risk' }, scrollY: 40, graphFit: true },
  { filters: { team: 7, owner: ['bob'], status: { at: 'risk' } }, scrollY: -5, graphFit: 'yes' },
  { filters: { team: LONG_TEAM, owner: 'o'.repeat(256), status: 'x'.repeat(100_000) }, scrollY: 1e308, graphFit: 1 },
  { filters: [], scrollY: '120', graphFit: null },
  { filters: 'team', scrollY: null },
];

describe('panel state in Chromium (the webview side of the protocol)', function () {
  this.timeout(60_000);
  const browser = sharedBrowser();

  it('restores each saved state exactly as the host parses it', async () => {
    for (const saved of SAVED) {
      // No filters on this page, so nothing the page offers can change the restored state.
      const panel = await openPanel(browser(), '<main id="cards"></main>', saved);
      try {
        assert.deepEqual(await panel.savedState(), parsePanelState(JSON.parse(JSON.stringify(saved))), JSON.stringify(saved).slice(0, 200));
        assert.deepEqual(panel.errors, []);
      } finally {
        await panel.page.close();
      }
    }
  });

  it('drops an oversized filter the page would otherwise match, and shows every card', async () => {
    const saved = { filters: { team: LONG_TEAM, owner: 'bob', status: 'x'.repeat(10_000) }, scrollY: 0, graphFit: false };
    const panel = await openPanel(browser(), BODY, saved);
    const { page } = panel;
    try {
      assert.equal(await page.locator('select[data-filter="team"]').inputValue(), '', 'a team name over the limit is not restored');
      assert.equal(await page.locator('select[data-filter="owner"]').inputValue(), 'bob');
      assert.equal(await page.locator('select[data-filter="status"]').inputValue(), '');
      const shown = await page.locator('article.objective:not([hidden])').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.id));
      assert.deepEqual(shown, ['A-1', 'B-1']);
      assert.deepEqual(await panel.savedState(), { filters: { team: '', owner: 'bob', status: '' }, scrollY: 0, graphFit: false });
      // Chosen in the page, the same team filters as usual: the limit is on restoring, not on the page.
      await page.selectOption('select[data-filter="team"]', 'Platform');
      assert.deepEqual(await page.locator('article.objective:not([hidden])').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.id)), ['B-1']);
      assert.deepEqual(panel.errors, []);
    } finally {
      await page.close();
    }
  });

  it('ignores messages that are not the extension\'s render', async () => {
    const panel = await openPanel(browser(), BODY);
    const { page } = panel;
    try {
      await page.evaluate(() => {
        for (const message of [null, 'render', { type: 'render' }, { type: 'render', html: 5 }, { type: 'eval', html: '<p id="bad">x</p>' }]) window.postMessage(message, '*');
        window.postMessage({ type: 'render', html: '<main id="cards"><p id="good">fine</p></main>', more: [1, '<p id="more">more</p>'] }, '*');
      });
      await page.waitForFunction(() => performance.getEntriesByName('okr-panel-rendered').length > 0);
      assert.equal(await page.locator('#bad').count(), 0);
      assert.equal(await page.locator('#good').count(), 1);
      assert.equal(await page.locator('#more').count(), 1, 'the string cards of `more` are built, the rest dropped');
      assert.equal(await page.evaluate(() => performance.getEntriesByName('okr-panel-rendered').length), 1);
      assert.deepEqual(panel.errors, []);
    } finally {
      await page.close();
    }
  });
});
