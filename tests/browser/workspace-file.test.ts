// The workspace file: everything exported to one JSON file and opened again elsewhere; a damaged or a
// foreign file refused with the reason, the workspace left as it was.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './app.ts';
import { closeImport, gbkFile, importFiles, inspectAgency, openPanel } from './workspace-helpers.ts';

let browser: Browser;
let exported = '';

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openWorkspaceFile(page: Page, name: string, text: string): Promise<void> {
  await openPanel(page, 'notices');
  await page.setInputFiles('.workspace-open input', {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.waitForSelector('.workspace-file-message');
}

describe('the workspace file', () => {
  it('exports notices, corrections, saved views and notes to one file', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    await importFiles(page, [gbkFile()]);
    await closeImport(page);
    await inspectAgency(page, '满洲里市口岸办');
    await page.fill('#rename-agency', '满洲里市口岸管理办公室');
    await page.click('.rename-form button[type="submit"]');
    await page.waitForSelector('.agency-inspector[data-agency="ag:满洲里市口岸管理办公室"]');
    await page.fill('.agency-inspector .note-new', '口岸办全称');
    await page.click('.agency-inspector .note-add');
    await openPanel(page, 'notices');
    await page.fill('.saved-view-new .ws-input', '口岸方案');
    await page.click('.saved-view-new button');
    await page.waitForSelector('.saved-view .saved-view-name');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.workspace-export')]);
    expect(download.suggestedFilename()).toMatch(/^fengong-atlas-workspace-\d{4}-\d{2}-\d{2}\.json$/);
    exported = readFileSync(await download.path()).toString('utf8');
    const file = JSON.parse(exported);
    expect(file).toMatchObject({ format: 'fengong-atlas/workspace', version: 1 });
    expect(
      file.notices.map((n: { name: string; source: { kind: string } }) => [n.name, n.source.kind]),
    ).toEqual([
      ['《内蒙古满洲里重点开发开放试验区建设总体规划》重点工作分工方案', 'bytes'],
      ['《满洲里口岸通关便利化工作方案》任务分工', 'bytes'],
    ]);
    expect(file.notices[1].corrections).toEqual([
      { type: 'renameAgency', agencyId: 'ag:满洲里市口岸办', name: '满洲里市口岸管理办公室' },
    ]);
    expect(file.savedViews.map((v: { name: string }) => v.name)).toEqual(['口岸方案']);
    expect(file.notes.map((n: { text: string }) => n.text)).toEqual(['口岸办全称']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens the file in another browser profile and puts its workspace in place', async () => {
    const { page, errors } = await openApp(browser, { lang: 'en' });
    await openWorkspaceFile(page, 'workspace.json', exported);
    expect(await page.textContent('.workspace-file-message.is-checked')).toContain(
      'Replace this workspace (1 notice) with workspace.json: 2 notices, 1 correction, 1 saved view, 1 note?',
    );
    await page.click('.workspace-replace');
    await page.waitForSelector('.workspace-file-message.is-replaced');
    await expect.poll(() => page.locator('.notice-row').count()).toBe(2);
    await page.click('.saved-view-name');
    await page.waitForSelector('.app[data-status="ready"]');
    await expect
      .poll(() => page.locator('.agency-chip', { hasText: '满洲里市口岸管理办公室' }).count())
      .toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses a damaged or foreign file with the reason and changes nothing', async () => {
    const { page } = await openApp(browser, { lang: 'en' });
    await openWorkspaceFile(page, 'cut.json', exported.slice(0, 400));
    expect(await page.textContent('.workspace-file-message.is-refused')).toMatch(
      /^cut\.json was not opened\. The file is not valid JSON \(damaged or cut short\)\.The workspace is unchanged\.Technical detailThe file is not valid JSON \(damaged or cut short\): .+$/,
    );

    const wrongOp = exported.replace('"renameAgency"', '"renameEverything"');
    await openWorkspaceFile(page, 'edited.json', wrongOp);
    expect(await page.textContent('.workspace-file-message.is-refused')).toContain(
      'The workspace file is damaged: notices[1].corrections[0].type: unknown correction type',
    );

    await openWorkspaceFile(page, 'package.json', '{"name": "fengong-atlas", "version": "0.1.0"}');
    expect(await page.textContent('.workspace-file-message.is-refused')).toContain(
      'Not a Fengong Atlas workspace file: format is missing, expected "fengong-atlas/workspace".',
    );
    expect(await page.locator('.notice-row').count()).toBe(1);
    expect(await page.locator('.outline-entry').count()).toBe(77);
    await page.context().close();
  });
});
