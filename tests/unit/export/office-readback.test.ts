// The PowerPoint deck and the Excel workbook of the Manzhouli notice read back as other programs read
// them: unzipped (the slides' runs and the workbook's shared strings hold the Chinese intact, never a
// replacement character), and — where LibreOffice is installed — converted to PDF by `soffice
// --headless` and read with pdftotext, as a colleague opening the files in LibreOffice would see them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { scenePng } from '../../../src/cli/scene-png.ts';
import { briefingFindings, findingText } from '../../../src/export/briefing/findings.ts';
import type { LayoutFn } from '../../../src/export/diagram/diagram.ts';
import { noticeWorkbook } from '../../../src/export/sheets/workbook.ts';
import { briefingPptx } from '../../../src/export/slides/briefing-pptx.ts';
import { computeLayout } from '../../../src/layout/compute-layout.ts';
import { parseNotice } from '../../../src/projects/parse-notice.ts';
import { seedBytes } from '../../support/seed.ts';

const model = parseNotice(seedBytes());
const layout: LayoutFn = (graph, look, context) => computeLayout('fcose', graph, look, context);
const out = mkdtempSync(join(tmpdir(), 'fengong-office-'));
const DATE = '2026-12-01';
const files: Record<string, string> = {};

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Every run of text in the zip's XML parts whose path matches, in order. */
function zipText(path: string, parts: RegExp, tag: RegExp): string {
  const zip = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.keys(zip)
    .filter((name) => parts.test(name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .flatMap((name) => [...strFromU8(zip[name]!).matchAll(tag)].map((m) => unescape(m[1] ?? '')))
    .join('');
}

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const hasSoffice = !soffice.error && soffice.status === 0;

describe('the deck and the workbook, read back', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    const png = (scene: Parameters<typeof scenePng>[0], scale: number) =>
      scenePng(scene, { scale, transparent: false });
    files.deck = join(out, 'briefing-zh.pptx');
    writeFileSync(files.deck, await briefingPptx(model, { lang: 'zh', layout, png, date: DATE }));
    for (const lang of ['zh', 'en'] as const) {
      files[`book-${lang}`] = join(out, `workbook-${lang}.xlsx`);
      writeFileSync(files[`book-${lang}`]!, await noticeWorkbook(model, { lang, date: DATE }));
    }
  }, 300_000);

  it('keeps the Chinese of the slides intact: title, findings, network key, tables', () => {
    const slides = zipText(files.deck!, /^ppt\/slides\/slide\d+\.xml$/, /<a:t>([^<]*)<\/a:t>/g);
    expect(slides).not.toContain('\uFFFD');
    expect(slides).toContain(model.notice.title);
    for (const f of briefingFindings(model)) expect(slides).toContain(findingText(f, 'zh'));
    expect(slides).toContain('任务分工网络');
    for (const name of ['自治区发展改革委', '自治区商务厅', '自治区财政厅']) expect(slides).toContain(name);
    const notes = zipText(files.deck!, /^ppt\/notesSlides\/.+\.xml$/, /<a:t>([^<]*)<\/a:t>/g);
    expect(notes).toContain('资料来源：');
  });

  it('keeps the Chinese of the workbook intact: agencies, sections, whole task titles, roles', () => {
    const strings = zipText(files['book-zh']!, /^xl\/sharedStrings\.xml$/, /<t[^>]*>([^<]*)<\/t>/g);
    expect(strings).not.toContain('\uFFFD');
    for (const agency of model.agencies.filter((a) => !a.generic)) expect(strings).toContain(agency.name);
    for (const section of model.sections) expect(strings).toContain(section.title);
    for (const task of model.tasks) expect(strings).toContain(task.title);
    const en = zipText(files['book-en']!, /^xl\/sharedStrings\.xml$/, /<t[^>]*>([^<]*)<\/t>/g);
    expect(en).toContain('Development and Reform Commission');
    // Titles stay as the notice writes them in the English workbook too.
    expect(en).toContain(model.tasks[0]!.title);
  });

  // LibreOffice is on the development machine, not on CI: there the conversion cannot be checked.
  it.skipIf(!hasSoffice)(
    'converts to PDF in LibreOffice with the text intact (skipped where soffice is not on PATH)',
    () => {
      const profile = join(out, 'lo-profile');
      const result = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=file://${profile}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          files.deck!,
          files['book-zh']!,
          files['book-en']!,
        ],
        { encoding: 'utf8', timeout: 240_000 },
      );
      expect(result.status, result.stderr).toBe(0);
      const pdf = (name: string) => {
        const text = spawnSync('pdftotext', [join(out, name), '-'], { encoding: 'utf8' });
        if (text.error) throw new Error('pdftotext is missing: apt-get install -y poppler-utils');
        return squeeze(text.stdout);
      };
      const deck = pdf('briefing-zh.pdf');
      expect(deck).toContain(squeeze(model.notice.title));
      for (const f of briefingFindings(model)) expect(deck).toContain(squeeze(findingText(f, 'zh')));
      expect(deck).toContain('工作量最重的机构');
      const book = pdf('workbook-zh.pdf');
      for (const words of [
        '自治区发展改革委',
        '人民银行呼和浩特中心支行',
        model.tasks[0]!.title,
        model.sections[0]!.title,
      ])
        expect(book).toContain(squeeze(words));
      expect(pdf('workbook-en.pdf')).toContain(squeeze('Development and Reform Commission'));
    },
  );
});
