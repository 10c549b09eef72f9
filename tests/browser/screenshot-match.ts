// Screenshots of the main views held to references with a tolerance (screenshot-compare.ts): the page
// steadied first (pointer parked, fonts loaded, animations, transitions and the caret off), the picture
// compared with tests/browser/reference/<name>.png. A missing reference is written; UPDATE_SCREENSHOTS=1
// rewrites them all. A failure names the view, the share of differing blocks and where, and leaves the
// screenshot and a diff image in tests/browser/output/ for a person to look at.
// The thresholds (DEFAULT_COMPARE) were measured on these views: each taken again in a fresh page (no
// block differs), in Chromium with subpixel glyph positioning and LCD text off (at most 2 blocks past 32
// levels), and with a label, a table row, a matrix row, a panel moved by 1, 2 and 4 px by a CSS
// transform, or a legend colour changed (4 px: 8 to several hundred blocks; 1 px: 0 to 20).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { SCREENSHOT_DIR, waitForFonts } from './app.ts';
import {
  compareImages,
  decodePng,
  describeComparison,
  diffImage,
  encodePng,
  type CompareOptions,
} from './screenshot-compare.ts';

export const REFERENCE_DIR = new URL('./reference/', import.meta.url);
export const OUTPUT_DIR = new URL('./output/', import.meta.url);

/** The interface language every compared screenshot is taken in (openApp's `lang`), whatever the
 *  browser's language; the references hold its words, so a change to them means accepting anew. */
export const SCREENSHOT_LANG = 'zh' as const;

const STEADY_CSS = `
  *, *::before, *::after {
    animation: none !important;
    transition: none !important;
    caret-color: transparent !important;
    scroll-behavior: auto !important;
  }
`;

/** Parks the pointer, stops animations and transitions, hides the caret, waits for fonts and two frames. */
export async function steady(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await page.addStyleTag({ content: STEADY_CSS });
  await waitForFonts(page);
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

export interface MatchOptions extends CompareOptions {
  /** Parts of the page painted over before the comparison: dates, times, anything that is not the view's. */
  readonly mask?: Locator[];
}

/** Takes a screenshot of the whole viewport, keeps it as an artefact in screenshots/, and compares it. */
export async function expectScreenshot(page: Page, name: string, options: MatchOptions = {}): Promise<void> {
  await steady(page);
  const png = await page.screenshot({
    animations: 'disabled',
    caret: 'hide',
    scale: 'css',
    mask: options.mask ?? [],
    maskColor: '#ff00ff',
  });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(fileURLToPath(new URL(`${name}.png`, SCREENSHOT_DIR)), png);
  const message = matchReference(name, new Uint8Array(png), options);
  expect.soft(message, message ?? '').toBeNull();
}

/** Compares a screenshot with its reference (writing the reference when missing or asked to): null when
 *  they match, otherwise the failure message, with the actual and diff images written to output/. */
export function matchReference(name: string, png: Uint8Array, options: CompareOptions = {}): string | null {
  const referencePath = fileURLToPath(new URL(`${name}.png`, REFERENCE_DIR));
  if (process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(referencePath)) {
    mkdirSync(REFERENCE_DIR, { recursive: true });
    writeFileSync(referencePath, png);
    return null;
  }
  const actual = decodePng(png);
  const reference = decodePng(new Uint8Array(readFileSync(referencePath)));
  const result = compareImages(actual, reference, options);
  if (result.match) return null;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const actualPath = fileURLToPath(new URL(`${name}.actual.png`, OUTPUT_DIR));
  const diffPath = fileURLToPath(new URL(`${name}.diff.png`, OUTPUT_DIR));
  writeFileSync(actualPath, png);
  writeFileSync(diffPath, encodePng(diffImage(result, reference, actual)));
  return (
    `${describeComparison(name, result, actual, reference)} Look at ${actualPath} and ${diffPath} ` +
    `(differing blocks in red) against ${referencePath}; if the change is meant, accept it with ` +
    `UPDATE_SCREENSHOTS=1 npx vitest run -c vitest.browser.config.ts tests/browser/*screenshots.test.ts`
  );
}
