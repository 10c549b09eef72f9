// Shared by the browser tests: start Chromium, open the built app, and record every request it makes.
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

export const VIEWPORT = { width: 1440, height: 900 } as const;

/** Screenshots for people to look at, written on every run. The diagrams are pinned byte for byte by the
 *  golden SVGs in tests/golden (tests/unit/golden). An exact pixel comparison of a page full of
 *  anti-aliased CJK text would vary with Chromium's build and FreeType even with the bundled font, so the
 *  main views (outline & source, both matrices, ranking, measures table, the network) are compared with a
 *  tolerance instead: mean colours of 8×8 blocks, with references in tests/browser/reference/ (see
 *  screenshot-match.ts and screenshot-compare.ts). The other screenshots are artefacts, never compared. */
export const SCREENSHOT_DIR = new URL('./screenshots/', import.meta.url);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface OpenApp {
  readonly page: Page;
  /** Every URL the page requested, in order, the app's own files included. */
  readonly requests: readonly string[];
  /** Console errors, uncaught exceptions, and requests that failed or were answered with an error status. */
  readonly errors: readonly string[];
}

export interface OpenOptions {
  readonly viewport?: { width: number; height: number };
  /** Reduced motion makes scrolling instant, so tests need not wait for smooth scrolls to end. */
  readonly reducedMotion?: 'reduce' | 'no-preference';
  /** A script run in the page before any of the app's own, e.g. to take a browser feature away. */
  readonly initScript?: () => void;
  /** The view to open (`#view=…`); `null` opens the bare address, as a user arriving cold does. */
  readonly view?: string | null;
  /** Lets a test inject a script (axe-core) that the page's policy, 'self' scripts only, would refuse. */
  readonly bypassCSP?: boolean;
  /** The interface language, stored as the user's choice before the app starts; unset, the browser's
   *  language (zh-CN here) decides. */
  readonly lang?: 'zh' | 'en';
}

/** Where the app keeps the interface language the user chose (src/views/i18n/ui-lang.ts). */
export const UI_LANG_KEY = 'fengong-atlas:lang';

/** Opens the app (on the outline unless told otherwise) in a fresh context and waits until the notice is parsed and its fonts are drawn. */
export async function openApp(browser: Browser, options: OpenOptions = {}): Promise<OpenApp> {
  const context = await browser.newContext({
    viewport: options.viewport ?? VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: options.reducedMotion ?? 'reduce',
    locale: 'zh-CN',
    bypassCSP: options.bypassCSP ?? false,
  });
  if (options.lang) {
    await context.addInitScript(
      ([key, lang]) => {
        // Only where nothing is stored yet: a test that switches language and reloads keeps its choice.
        if (localStorage.getItem(key) === null) localStorage.setItem(key, lang);
      },
      [UI_LANG_KEY, options.lang] as const,
    );
  }
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Chromium's own line for a failed load names no URL; the response listener below does.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(message.text());
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    // A reload or navigation cancels the loads still in flight (the favicon, often): that is not a fault.
    if (reason !== 'net::ERR_ABORTED') errors.push(`${reason} ${request.url()}`);
  });
  const view = options.view === undefined ? 'outline' : options.view;
  await page.goto(view === null ? inject('appUrl') : `${inject('appUrl')}#view=${view}`);
  await page.waitForSelector('.app[data-status="ready"]');
  await waitForFonts(page);
  return { page, requests, errors };
}

/** Waits until every web font the page has asked for so far has loaded. */
export async function waitForFonts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

/** True when a URL stays on this machine: the local server, or data held in the page itself. */
export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const { protocol, hostname } = new URL(url);
  return (
    (protocol === 'http:' || protocol === 'https:') && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname)
  );
}
