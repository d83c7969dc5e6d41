// Types for browser.mjs, which the TypeScript tests and benchmarks import too.
import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH: string;
export function launchChromium(): Promise<Browser>;
