// Where a Web Worker cannot be created (a locked-down browser, a CSP without worker-src), the app parses on the main thread.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openApp } from './app.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

it('opens the notice on the main thread when workers are refused', async () => {
  const { page, errors } = await openApp(browser, {
    initScript: () => {
      window.Worker = class {
        constructor() {
          throw new DOMException('Workers are disabled here.', 'SecurityError');
        }
      } as unknown as typeof Worker;
    },
  });
  expect(await page.getAttribute('.app', 'data-parser')).toBe('main-thread');
  expect(await page.$$eval('.outline-entry', (nodes) => nodes.length)).toBe(77);
  expect(errors).toEqual([]);
});
