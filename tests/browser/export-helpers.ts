// Shared by the export browser tests: open the export dialog and catch the files it downloads.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

export interface Downloaded {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Opens the export dialog from the top bar and waits until it is on screen. */
export async function openExportDialog(page: Page): Promise<void> {
  await page.click('.export-open');
  await page.waitForSelector('.export-dialog[open]');
}

/** Clicks what starts a download and returns the file the browser saved. */
export async function downloadFrom(page: Page, selector: string, timeout = 60_000): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), page.click(selector)]);
  const failure = await download.failure();
  if (failure) throw new Error(`download failed: ${failure}`);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}
