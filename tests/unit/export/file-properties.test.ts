// What the exported files say about themselves: a PNG its resolution (pHYs), a PDF its title,
// author, subject, creator and language — read back as other programs read them.
import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { scenePng } from '../../../src/cli/scene-png.ts';
import { diagramScene } from '../../../src/export/diagram/diagram.ts';
import { nodeFontLoader } from '../../../src/export/font/load-node.ts';
import { readPngDpi } from '../../../src/export/image/png-dpi.ts';
import { scenesToPdf } from '../../../src/export/pdf/pdf.ts';
import { pdfInfo } from '../../../src/export/pdf/pdf-info.ts';
import { parseNotice } from '../../../src/projects/parse-notice.ts';

const SEED = new URL('../../../seeds/manzhouli-pilot-zone-2014.txt', import.meta.url);
const model = parseNotice(readFileSync(SEED));

describe('file properties', { timeout: 60_000 }, () => {
  it('a PNG records 72 dpi per unit of scale', async () => {
    const scene = diagramScene(model, { view: 'ranking', lang: 'zh', date: '2026-01-01' });
    expect(readPngDpi(await scenePng(scene, { scale: 2, transparent: false }))).toBe(144);
    expect(readPngDpi(await scenePng(scene, { scale: 1, transparent: true }))).toBe(72);
  });

  it.each(['zh', 'en'] as const)(
    'a %s PDF has its title, the issuer as author, subject, creator and Lang',
    async (lang) => {
      const scene = diagramScene(model, { view: 'matrix', lang, date: '2026-01-01' });
      const title = lang === 'zh' ? '满洲里分工矩阵' : 'Manzhouli matrix';
      const bytes = await scenesToPdf([scene], {
        paper: 'A4',
        orientation: 'landscape',
        fonts: nodeFontLoader,
        info: pdfInfo(model, title, lang === 'zh' ? '机构 × 任务分工矩阵' : 'Agencies × tasks', lang),
      });
      const doc = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(doc.getTitle()).toBe(title);
      expect(doc.getAuthor()).toBe('内蒙古自治区人民政府办公厅');
      expect(doc.getSubject()).toContain(model.notice.title);
      expect(doc.getCreator()).toBe('分工图谱 Fengong Atlas');
      expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe(lang === 'zh' ? '(zh-CN)' : '(en)');
    },
  );
});
