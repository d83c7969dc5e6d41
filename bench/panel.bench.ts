// The progress panel for 1,000 KRs in headless Chromium, median of page loads: its first render
// (navigation → the page's first cards in the DOM), and the whole list (navigation → every card
// swapped in, after the 'ready' → 'render' round trip the extension answers, played here by the
// bench); the extension-side HTML build; and a check-in edit (core appendCheckin) on a 2,000-KR file.
// The peer in the same run: the same page carrying all 1,000 KRs in its HTML, as before the split.
import { appendCheckin } from '../src/core/edit';
import { parseOkrText } from '../src/core/format/parse';
import { renderPanelParts } from '../src/core/render/panel';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { openPanel } from '../test/unit/render/chromium';
import { generateOkrFile } from './lint.bench';
import { BenchResult, medianOf, runStandalone } from './stats';
import { figuresOf } from '../test/unit/progress/fixtures';
import { wholeBody } from '../test/unit/render/fixtures';

const PAGE_LOADS = 15;
const TODAY = '2026-11-15';

export async function run(): Promise<BenchResult[]> {
  const panelModel = parseOkrText(generateOkrFile('PANEL', 200, 5), 'panel.okr.yaml').model!;
  const krs = panelModel.objectives.reduce((sum, o) => sum + o.key_results.length, 0);
  let parts = { html: '', more: [] as string[] };
  const build = await medianOf(PAGE_LOADS, () => {
    parts = renderPanelParts([panelModel], figuresOf({ today: TODAY }));
  });
  const whole = wholeBody([panelModel], figuresOf({ today: TODAY }));
  const firstKrs = krs - parts.more.reduce((sum, card) => sum + (card.match(/<li class="kr"/g)?.length ?? 0), 0);

  const browser = await launchChromium();
  const firstRender: number[] = [];
  const allCards: number[] = [];
  const wholePage: number[] = [];
  try {
    // Interleaved: a busy machine slows both pages alike.
    for (let i = 0; i < PAGE_LOADS; i++) {
      const panel = await openPanel(browser, parts.html);
      const first = await panel.page.evaluate(() => ({
        cards: document.querySelectorAll('li.kr').length,
        domReady: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      }));
      if (first.cards !== firstKrs) throw new Error(`expected ${firstKrs} KR rows first, found ${first.cards}`);
      firstRender.push(first.domReady);
      await panel.page.evaluate((message) => window.postMessage(message, '*'), { type: 'render', ...parts });
      await panel.page.waitForFunction(() => performance.getEntriesByName('okr-panel-rendered').length > 0);
      const all = await panel.page.evaluate(() => ({
        cards: document.querySelectorAll('li.kr').length,
        rendered: performance.getEntriesByName('okr-panel-rendered')[0].startTime,
      }));
      if (all.cards !== krs) throw new Error(`expected ${krs} KR rows in the end, found ${all.cards}`);
      allCards.push(all.rendered);
      await panel.page.close();

      const peer = await openPanel(browser, whole);
      const peerLoad = await peer.page.evaluate(() => ({
        cards: document.querySelectorAll('li.kr').length,
        domReady: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      }));
      if (peerLoad.cards !== krs) throw new Error(`expected ${krs} KR rows in the whole page, found ${peerLoad.cards}`);
      wholePage.push(peerLoad.domReady);
      await peer.page.close();
    }
  } finally {
    await browser.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

  const bigText = generateOkrFile('BIG', 400, 5);
  const big = parseOkrText(bigText, 'big.okr.yaml');
  const lastKr = 'BIG-400.5';
  const append = await medianOf(21, () => {
    const result = appendCheckin(big, lastKr, { date: TODAY, value: 420, confidence: 0.7, note: 'bench' });
    if ('error' in result) throw new Error(result.error);
  });
  const parseAndAppend = await medianOf(11, () => {
    const result = appendCheckin(parseOkrText(bigText, 'big.okr.yaml'), lastKr, { date: TODAY, value: 420, confidence: 0.7 });
    if ('error' in result) throw new Error(result.error);
  });

  return [
    { name: `panel HTML build, ${krs} KRs (extension side)`, median: build, unit: 'ms', note: `first part ${Math.round(parts.html.length / 1024)} KiB, all ${Math.round(whole.length / 1024)} KiB` },
    { name: `panel first render in Chromium, ${krs} KRs`, median: median(firstRender), unit: 'ms', note: `navigation → DOMContentLoaded, first ${firstKrs} rows; target < 200 ms` },
    { name: `panel with all ${krs} rows in Chromium`, median: median(allCards), unit: 'ms', note: 'navigation → every card swapped in (ready → render round trip)' },
    { name: `peer: one page with all ${krs} rows`, median: median(wholePage), unit: 'ms', note: `navigation → DOMContentLoaded; first render is ${(median(wholePage) / median(firstRender)).toFixed(1)}× faster` },
    { name: 'appendCheckin on a 2,000-KR file (parsed)', median: append, unit: 'ms', note: 'last KR of the file' },
    { name: 'parse + appendCheckin on a 2,000-KR file', median: parseAndAppend, unit: 'ms', note: 'what one check-in costs the command' },
  ];
}

if (require.main === module) runStandalone('panel', run);
