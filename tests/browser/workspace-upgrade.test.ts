// A workspace written by the previous version (schema v2: each notice's source in its row) opened by
// this build in Chromium's own IndexedDB: the upgrade moves the sources into a table of their own, and
// the notice, its correction and its name are all there, drawn as they were.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, VIEWPORT, waitForFonts } from './app.ts';
import { PORT_NOTICE } from './workspace-helpers.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const NOTICE_ID = 'n-v2-port';
const AT = '2025-03-01T08:00:00.000Z';

/** Writes the v2 database with IndexedDB itself, as Dexie laid it out (its version 2 is IndexedDB's 20). */
function writeV2Database(page: Page, text: string): Promise<void> {
  const notice = {
    id: NOTICE_ID,
    name: '口岸方案（旧版）',
    fileName: null,
    format: 'paste',
    source: { kind: 'text', text },
    encoding: 'utf-16',
    addedAt: AT,
    updatedAt: AT,
  };
  const correction = {
    noticeId: NOTICE_ID,
    op: { type: 'renameAgency', agencyId: 'ag:满洲里海关', name: '满洲里海关（口岸）' },
    createdAt: AT,
  };
  return page.evaluate(
    ({ notice, correction }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('fengong-atlas', 20);
        request.onupgradeneeded = () => {
          const db = request.result;
          const notices = db.createObjectStore('notices', { keyPath: 'id' });
          notices.createIndex('addedAt', 'addedAt');
          notices.createIndex('updatedAt', 'updatedAt');
          const corrections = db.createObjectStore('corrections', { keyPath: 'seq', autoIncrement: true });
          corrections.createIndex('noticeId', 'noticeId');
          db.createObjectStore('savedViews', { keyPath: 'id' });
          const notes = db.createObjectStore('notes', { keyPath: 'id' });
          notes.createIndex('targetKey', 'targetKey');
          notes.createIndex('noticeId', 'noticeId');
          db.createObjectStore('session', { keyPath: 'key' });
          notices.put(notice);
          corrections.put(correction);
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    { notice, correction },
  );
}

/** The stored rows, read with IndexedDB itself: which tables there are, and what a notice row holds. */
function storedLayout(page: Page) {
  return page.evaluate(
    (id) =>
      new Promise<{ version: number; tables: string[]; noticeKeys: string[]; sourceText: string }>(
        (resolve, reject) => {
          const request = indexedDB.open('fengong-atlas');
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction(['notices', 'sources'], 'readonly');
            const notice = tx.objectStore('notices').get(id);
            const source = tx.objectStore('sources').get(id);
            tx.oncomplete = () => {
              resolve({
                version: db.version,
                tables: [...db.objectStoreNames],
                noticeKeys: Object.keys(notice.result as object).sort(),
                sourceText: (source.result as { source: { text: string } }).source.text,
              });
              db.close();
            };
            tx.onerror = () => reject(tx.error);
          };
          request.onerror = () => reject(request.error);
        },
      ),
    NOTICE_ID,
  );
}

it('upgrades a v2 workspace in place: the notice, its source and its correction are all kept', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A page of the app's origin that runs none of the app: the database is written before the app opens it.
  await page.goto(new URL('favicon.svg', inject('appUrl')).href);
  await writeV2Database(page, PORT_NOTICE);

  await page.goto(`${inject('appUrl')}#view=outline`);
  await page.waitForSelector('.app[data-status="ready"]');
  await waitForFonts(page);
  expect(await page.getAttribute('.app', 'data-storage')).toBe('indexeddb');
  expect(await page.textContent('h1.notice-title')).toContain('满洲里口岸通关便利化工作方案');
  expect(await page.locator('.outline-entry').count()).toBe(3);
  expect(await page.locator('.agency-chip', { hasText: '满洲里海关（口岸）' }).count()).toBe(2);
  await page.click('.notices-toggle');
  expect(await page.textContent('.notices-panel')).toContain('口岸方案（旧版）');

  const layout = await storedLayout(page);
  expect(layout.version).toBe(30);
  expect(layout.tables).toEqual(['corrections', 'notes', 'notices', 'savedViews', 'session', 'sources']);
  expect(layout.noticeKeys).toEqual(['addedAt', 'encoding', 'fileName', 'format', 'id', 'name', 'updatedAt']);
  expect(layout.sourceText).toBe(PORT_NOTICE);
  expect(errors).toEqual([]);
  await context.close();
});
