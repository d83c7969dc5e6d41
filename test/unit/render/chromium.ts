// Loads the panel's real page (its CSS and script inlined, as the extension sends it) in headless
// Chromium, served from a fake origin that plays the webview's `cspSource`, with
// `acquireVsCodeApi` stubbed to record messages and state. The script is the webview's TypeScript
// (src/webview/panel.ts) bundled here, in memory, as esbuild.mjs bundles it into dist/panel.js: the
// tests never depend on an earlier `npm run build`.
import { buildSync } from 'esbuild';
import { readFileSync } from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/lib/browser.mjs';
import { renderPanelPage } from '../../../src/core/render/panel';

export const ORIGIN = 'https://panel.okr-lens.test';
const ROOT = path.resolve(__dirname, '../../..');
const NONCE = 'dGVzdC1ub25jZS0xMjM0NQ==';

/** One Chromium for the tests of a `describe`: launched before them, closed after. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call sharedBrowser() inside describe()');
    return browser;
  };
}

export interface PanelPage {
  page: Page;
  /** Messages the script posted to the extension, in order. */
  posted(): Promise<unknown[]>;
  /** The last state the script saved with setState. */
  savedState(): Promise<unknown>;
  dialogs: string[];
  /** Script errors and console errors (CSP violations land here). */
  errors: string[];
  /** Requests that left the fake origin (there must be none). */
  foreignRequests: string[];
}

/** The webview script as esbuild.mjs builds dist/panel.js (the same options but `minify`). */
function bundlePanelScript(): string {
  const result = buildSync({
    absWorkingDir: ROOT,
    entryPoints: ['src/webview/panel.ts'],
    bundle: true,
    platform: 'browser',
    target: 'es2020',
    format: 'iife',
    sourcemap: false,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The panel's script and stylesheet, as the extension inlines them (built and read once per run). */
export const PANEL_MEDIA = { script: bundlePanelScript(), style: readFileSync(path.join(ROOT, 'media/panel.css'), 'utf8') };

export function panelPageHtml(body: string): string {
  return renderPanelPage({ cspSource: ORIGIN, nonce: NONCE, ...PANEL_MEDIA }, body);
}

export async function openPanel(browser: Browser, body: string, state?: unknown): Promise<PanelPage> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) {
      foreignRequests.push(url.href);
      return route.abort();
    }
    if (url.pathname === '/index.html') return route.fulfill({ contentType: 'text/html', body: panelPageHtml(body) });
    return route.fulfill({ status: 404, body: '' }); // the page asks for nothing else (a favicon at most)
  });
  // A string, not a function: tsx would compile a function with helpers the page does not have.
  await page.addInitScript(`
    window.__posted = [];
    window.__state = ${JSON.stringify(state ?? null)} ?? undefined;
    window.acquireVsCodeApi = () => ({
      postMessage: (message) => window.__posted.push(message),
      getState: () => window.__state,
      setState: (value) => { window.__state = JSON.parse(JSON.stringify(value)); },
    });
  `);
  await page.goto(`${ORIGIN}/index.html`);
  try {
    await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'), null, { timeout: 10_000 });
  } catch (error) {
    throw new Error(`the panel script did not start: ${errors.join('; ') || (error as Error).message}`, { cause: error });
  }
  return {
    page,
    posted: () => page.evaluate(() => (window as unknown as { __posted: unknown[] }).__posted),
    savedState: () => page.evaluate(() => (window as unknown as { __state: unknown }).__state),
    dialogs,
    errors,
    foreignRequests,
  };
}
