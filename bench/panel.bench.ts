// The progress panel's first render for 1,000 KRs in headless Chromium (navigation to the cards in
// the DOM, median of page loads), the extension-side HTML build for it, and a check-in edit (core
// appendCheckin) on a 2,000-KR file.
import { appendCheckin } from '../src/core/edit';
import { parseOkrText } from '../src/core/format/parse';
import { renderPanelBody } from '../src/vscode/panel/view';
import { launchChromium, openPanel } from '../test/unit/panel/chromium';
import { generateOkrFile } from './lint.bench';
import { BenchResult, medianOf, printResults } from './stats';

const PAGE_LOADS = 9;
const TODAY = '2026-11-15';

export async function run(): Promise<BenchResult[]> {
  const panelModel = parseOkrText(generateOkrFile('PANEL', 200, 5), 'panel.okr.yaml').model!;
  const krs = panelModel.objectives.reduce((sum, o) => sum + o.key_results.length, 0);
  let body = '';
  const build = await medianOf(PAGE_LOADS, () => {
    body = renderPanelBody([panelModel], { today: TODAY });
  });

  const browser = await launchChromium();
  const loads: number[] = [];
  try {
    for (let i = 0; i < PAGE_LOADS; i++) {
      const panel = await openPanel(browser, body);
      const { cards, domReady } = await panel.page.evaluate(() => ({
        cards: document.querySelectorAll('li.kr').length,
        domReady: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
      }));
      if (cards !== krs) throw new Error(`expected ${krs} KR rows, found ${cards}`);
      loads.push(domReady);
      await panel.page.close();
    }
  } finally {
    await browser.close();
  }
  loads.sort((a, b) => a - b);

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
    { name: `panel HTML build, ${krs} KRs (extension side)`, median: build, unit: 'ms', note: `${Math.round(body.length / 1024)} KiB` },
    { name: `panel first render in Chromium, ${krs} KRs`, median: loads[Math.floor(loads.length / 2)], unit: 'ms', note: `navigation → DOMContentLoaded with all rows, median of ${PAGE_LOADS} loads` },
    { name: 'appendCheckin on a 2,000-KR file (parsed)', median: append, unit: 'ms', note: 'last KR of the file' },
    { name: 'parse + appendCheckin on a 2,000-KR file', median: parseAndAppend, unit: 'ms', note: 'what one check-in costs the command' },
  ];
}

if (require.main === module) {
  run()
    .then((results) => printResults('panel', results))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
