// What the parser did not read, where the user looks first: the header says how many passages were not
// read, a click opens them in the source panel with the passage marked in the text, and a passage not
// read becomes an item with one correction — still there after a reload.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, SCREENSHOT_DIR } from './app.ts';
import { closeImport, importFiles } from './workspace-helpers.ts';

const NOTICE = [
  '青岭市人民政府办公室关于印发青岭市重点工作分工方案的通知',
  '',
  '一、扩大开放',
  '（一）推进口岸建设。加快通关便利化（市商务局牵头研究）并推进落实。',
  '（二）完善物流体系。建设物流园区。（市交通运输局负责，市财政局配合）',
  '二、优化服务',
  '（三）提升政务服务。推行一网通办。（市政务服务局负责人办公室牵头，市大数据局配合）',
  '（四）加强监管。落实监管责任。（市市场监管局牵头，青岭市配合）',
].join('\n');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('passages not read', () => {
  it('are counted beside the title, listed in the source panel, and one becomes an item', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    expect(await page.textContent('.reading-status')).toMatch(/^77 items read/);
    expect(await page.locator('.reading-unread').count()).toBe(0);

    await importFiles(page, [{ name: '青岭.txt', mimeType: 'text/plain', buffer: Buffer.from(NOTICE) }]);
    await closeImport(page);
    await page.waitForSelector('.app[data-status="ready"]');
    expect(await page.textContent('.reading-status')).toBe(
      '3 items read1 passage not read · 2 names to check6 checks',
    );

    await page.click('.reading-unread');
    await page.waitForSelector('.unread-passages');
    expect(await page.locator('.unread-passage .unread-kind').allTextContents()).toEqual([
      'Not read',
      'Check name',
      'Check name',
    ]);
    expect(await page.locator('.unread-passage').first().locator('.unread-text').textContent()).toBe(
      '（市商务局牵头研究）',
    );
    // The passage is marked in the text, where it stands.
    expect(await page.locator('.source-text .unread-marker').textContent()).toBe('（市商务局牵头研究）');
    await page.screenshot({ path: new URL('unread-passages.png', SCREENSHOT_DIR).pathname });

    await page.locator('.unread-passage').first().locator('text=Make it an item…').click();
    expect(
      await page.locator('.unread-passage .role-line-responsible .agency-chip').allTextContents(),
    ).toEqual(['市商务局×']);
    await page.locator('.unread-passage .role-line-responsible .agency-chip button').click();
    await page.locator('.unread-passage .role-line-lead input').fill('市商务局');
    await page.locator('.unread-passage .role-line-lead input').press('Enter');
    await page.locator('.unread-passage button:has-text("Make it an item")').click();
    await page.waitForFunction(() =>
      document.querySelector('.reading-status')?.textContent?.startsWith('4 items'),
    );
    expect(await page.textContent('.reading-status')).toBe('4 items read2 names to check7 checks');
    expect(await page.locator('.unread-passage .unread-kind').allTextContents()).toEqual([
      'Check name',
      'Check name',
    ]);

    // The notice's own checks, one click from the header: here the seven agencies named once, 市商务局 among them.
    await page.click('.reading-checks');
    await page.waitForSelector('.notice-checks');
    expect(await page.locator('.notice-checks summary').allTextContents()).toEqual(['Named once 7']);

    // The new item is a correction like any other: stored, and applied again after a reload.
    await page.reload();
    await page.waitForSelector('.app[data-status="ready"]');
    expect(await page.textContent('.reading-status')).toBe('4 items read2 names to check7 checks');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
