import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.OKR_CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless. Playwright kills it when this process exits for any reason. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Our cleanup handlers own the signals; Playwright still kills the browser on 'exit'.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
