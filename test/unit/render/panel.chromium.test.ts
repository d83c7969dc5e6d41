// The panel in real headless Chromium: hostile content stays text, filters, state, messages.
import { strict as assert } from 'assert';

import { openPanel, sharedBrowser } from './chromium';
import { exampleModels, hostileModel, XSS, wholeBody } from './fixtures';
import { figuresOf } from '../progress/fixtures';

describe('panel in Chromium', function () {
  this.timeout(60_000);
  const browser = sharedBrowser();
  const today = '2026-11-15';

  it('shows hostile titles and notes as text and runs none of them', async () => {
    const panel = await openPanel(browser(), wholeBody([hostileModel()], figuresOf({ today })));
    const { page } = panel;
    try {
      await page.hover('.kr-title >> nth=0'); // the onmouseover payload would fire here
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
      assert.deepEqual(panel.dialogs, []);
      assert.deepEqual(panel.foreignRequests, []);
      assert.deepEqual(panel.errors, [], 'no script error and no CSP violation');
      assert.equal(await page.locator('script').count(), 1, 'only the nonce script');
      assert.equal(await page.locator('#root img, #root iframe, #root style, #root [onerror], #root [onload], #root [onmouseover]').count(), 0);
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), 'block');
      assert.ok(await page.getByText(XSS.script).isVisible(), 'the script title is visible as text');
      assert.ok(await page.getByText(XSS.style, { exact: false }).first().isVisible(), 'the CSS payload is visible as text');
      const note = page.locator('.note').first();
      assert.match((await note.textContent()) ?? '', /\[click me\]\(javascript:window.__pwned=3\)/);
      assert.equal(await note.locator('a[href^="javascript"]').count(), 0);
      // a real link in a note goes to the extension as a message, the webview stays where it is
      await note.locator('a[href="https://example.com"]').click();
      assert.equal(page.url(), 'https://panel.okr-lens.test/index.html');
      assert.deepEqual((await panel.posted()).at(-1), { type: 'openLink', href: 'https://example.com' });
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
    } finally {
      await page.close();
    }
  });

  it('turns clicks into reveal and check-in messages', async () => {
    const panel = await openPanel(browser(), wholeBody(exampleModels(), figuresOf({ today })));
    try {
      await panel.page.locator('li.kr[data-kr="PLAT-1.1"] .kr-title').click();
      await panel.page.locator('li.kr[data-kr="PLAT-1.1"] button.checkin').click();
      await panel.page.locator('article.objective[data-id="PLAT-1"] h2 button.reveal').click();
      const posted = (await panel.posted()) as { type: string }[];
      assert.deepEqual(
        posted.filter((m) => m.type !== 'ready'),
        [
          { type: 'reveal', id: 'PLAT-1.1', file: 'teams/platform.okr.yaml' },
          { type: 'checkIn', krId: 'PLAT-1.1' },
          { type: 'reveal', id: 'PLAT-1', file: 'teams/platform.okr.yaml' },
        ],
      );
    } finally {
      await panel.page.close();
    }
  });

  it('filters by team, owner and status, and keeps the filters in the webview state', async () => {
    const panel = await openPanel(browser(), wholeBody(exampleModels(), figuresOf({ today })));
    const { page } = panel;
    try {
      const visibleCards = () => page.locator('article.objective:visible').evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.id));
      const all = await visibleCards();
      assert.ok(all.includes('PLAT-1') && all.some((id) => id?.startsWith('GROW')));
      await page.selectOption('select[data-filter="team"]', 'Platform');
      assert.deepEqual(await visibleCards(), ['PLAT-1', 'PLAT-2']);
      await page.selectOption('select[data-filter="owner"]', 'carol');
      const rows = await page.locator('li.kr:visible').evaluateAll((r) => r.map((e) => (e as HTMLElement).dataset.kr));
      assert.ok(rows.length > 0 && rows.every((id) => id?.startsWith('PLAT-2')), rows.join());
      assert.deepEqual(await panel.savedState(), { filters: { team: 'Platform', owner: 'carol', status: '' }, scrollY: 0, graphFit: false });
      await page.selectOption('select[data-filter="status"]', 'done');
      const shownNone = (await page.locator('li.kr:visible').count()) === 0;
      assert.equal(await page.locator('#no-match').isVisible(), shownNone);
    } finally {
      await page.close();
    }
  });

  it('restores saved filters on reload and keeps them across a live re-render', async () => {
    const body = wholeBody(exampleModels(), figuresOf({ today }));
    const panel = await openPanel(browser(), body, { filters: { team: 'Growth', owner: '', status: '' }, scrollY: 0 });
    const { page } = panel;
    try {
      assert.equal(await page.locator('select[data-filter="team"]').inputValue(), 'Growth');
      const teams = () => page.locator('article.objective:visible').evaluateAll((c) => c.map((e) => (e as HTMLElement).dataset.team));
      assert.ok((await teams()).every((team) => team === 'Growth'));
      const changed = exampleModels();
      changed[2].objectives[0].title = 'A title changed on disk';
      const html = wholeBody(changed, figuresOf({ today }));
      await page.evaluate((next) => window.postMessage({ type: 'render', html: next }, '*'), html);
      await page.getByText('A title changed on disk').waitFor();
      assert.equal(await page.locator('select[data-filter="team"]').inputValue(), 'Growth');
      assert.ok((await teams()).every((team) => team === 'Growth'));
    } finally {
      await page.close();
    }
  });

  it('drops a saved filter whose value no longer exists', async () => {
    const panel = await openPanel(browser(), wholeBody(exampleModels(), figuresOf({ today })), { filters: { team: 'Gone', owner: '', status: '' }, scrollY: 0 });
    try {
      assert.equal(await panel.page.locator('select[data-filter="team"]').inputValue(), '');
      assert.equal(await panel.page.locator('article.objective:visible').count(), exampleModels().flatMap((f) => f.objectives).length);
    } finally {
      await panel.page.close();
    }
  });
});
