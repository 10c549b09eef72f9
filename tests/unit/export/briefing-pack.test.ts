// The briefing pack of the Manzhouli notice, in Chinese and in English, read back as a reader gets it:
// pdftotext for the words (the findings' sentences whole, the task key, the load table in plain words,
// every project), pdftoppm for how full each page is (no page but the last less than 60 % used).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefingFindings, findingText } from '../../../src/export/briefing/findings.ts';
import type { LayoutFn } from '../../../src/export/diagram/diagram.ts';
import { nodeFontLoader } from '../../../src/export/font/load-node.ts';
import { briefingPdf, briefingScenes } from '../../../src/export/pdf/briefing.ts';
import { computeLayout } from '../../../src/layout/compute-layout.ts';
import { withEnglishAgencyNames } from '../../../src/notice/agency-english.ts';
import { parseNotice } from '../../../src/projects/parse-notice.ts';
import { seedBytes } from '../../support/seed.ts';
import { decodePng } from './png-pixels.ts';

const model = parseNotice(seedBytes());
const layout: LayoutFn = (graph, look, context) => computeLayout('fcose', graph, look, context);
const DATE = '2026-12-01';
const out = mkdtempSync(join(tmpdir(), 'fengong-pack-'));
const files: Partial<Record<'zh' | 'en', string>> = {};

/** The text of the pages (1-based, inclusive), whitespace taken out: a wrapped line joins up again. */
function text(file: string, first?: number, layout = false): string {
  const range = first ? ['-f', String(first), '-l', String(first)] : [];
  // -layout keeps a line of the page one line: a key's number stays beside its title.
  const result = spawnSync('pdftotext', [...range, ...(layout ? ['-layout'] : []), file, '-'], {
    encoding: 'utf8',
  });
  if (result.error) throw new Error('pdftotext is missing: apt-get install -y poppler-utils');
  return result.stdout.replace(/\s+/g, '');
}
const squeeze = (s: string) => s.replace(/\s+/g, '');

function pageCount(file: string): number {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** The first page from `from` on whose text holds `words` (1-based), or 0. The cover lists every
 *  page's name, so a page is looked for after it. */
function pageWith(file: string, words: string, from = 2): number {
  for (let p = from; p <= pageCount(file); p++) if (text(file, p).includes(squeeze(words))) return p;
  return 0;
}

describe('the briefing pack', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    for (const lang of ['zh', 'en'] as const) {
      const file = join(out, `briefing-${lang}.pdf`);
      writeFileSync(file, await briefingPdf(model, { lang, fonts: nodeFontLoader, layout, date: DATE }));
      files[lang] = file;
    }
  }, 180_000);

  it('opens with the cover, then the findings, the two networks, the matrix, the load table, the projects', () => {
    const zh = files.zh!;
    const order = [
      '分工情况简报',
      '主要发现',
      '任务分工网络',
      '机构协同网络',
      '机构×任务分工矩阵',
      '工作量最重的机构',
      '项目及其责任单位',
    ];
    const pages = order.map((words, i) => pageWith(zh, words, i === 0 ? 1 : 2));
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(pages[0]).toBe(1);
    expect(pages[1]).toBe(2);
    const en = files.en!;
    const enOrder = [
      'Briefing: who does what',
      'What the figures say',
      'Who does what: the agency–task network',
      'Who must coordinate with whom',
      'Agencies × tasks',
      'The most loaded agencies',
      'Projects and who answers for them',
    ];
    const enPages = enOrder.map((words, i) => pageWith(en, words, i === 0 ? 1 : 2));
    expect(enPages.every((p) => p > 0)).toBe(true);
    expect(enPages).toEqual([...enPages].sort((a, b) => a - b));
  });

  it('states every finding whole on the findings page, in each language', () => {
    const zh = text(files.zh!, 2);
    for (const f of briefingFindings(model)) expect(zh).toContain(squeeze(findingText(f, 'zh')));
    expect(zh).toContain('自治区发展改革委负担最重：牵头9项，参与51项，覆盖全部7个部分。');
    const en = text(files.en!, 2);
    for (const f of briefingFindings(withEnglishAgencyNames(model)))
      expect(en).toContain(squeeze(findingText(f, 'en')));
    expect(en).toContain(squeeze('Department of Finance leads none but joins 27 items'));
  });

  it('keys every task of the agency–task network, section by section, titles whole', () => {
    for (const lang of ['zh', 'en'] as const) {
      const page = text(files[lang]!, 3, true);
      for (const section of model.sections)
        expect(page).toContain(squeeze(`${section.ordinal}. ${section.title}`));
      for (const task of model.tasks) expect(page).toContain(squeeze(`${task.ordinal}${task.title}`));
    }
  });

  it('heads the matrix with whole section titles and a legend in the pack’s language', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const scenes = await briefingScenes(model, { lang, layout, date: DATE });
      const matrix = scenes[4]!;
      const words = matrix.marks.flatMap((m) => (m.type === 'text' ? [m.text] : []));
      const joined = squeeze(words.join(''));
      for (const section of model.sections)
        expect(joined).toContain(squeeze(`${section.ordinal}. ${section.title}`));
      expect(
        words.some((w) => w.endsWith('…') && model.sections.some((s) => w.includes(s.title.slice(0, 3)))),
      ).toBe(false);
      if (lang === 'zh') expect(words).toEqual(expect.arrayContaining(['牵头', '配合']));
      else expect(words.join(' ')).not.toMatch(/牵头|配合/);
    }
  });

  it('explains the most loaded agencies in plain words, no statistician’s terms', () => {
    const zh = text(files.zh!, pageWith(files.zh!, '工作量最重的机构'));
    expect(zh).toContain('自治区发展改革委95173878远高于一般机构：负荷78，为一般单位（7）的11倍');
    expect(zh).toContain('负荷达到27及以上，即远高于一般机构');
    const en = text(files.en!, pageWith(files.en!, 'The most loaded agencies'));
    expect(en).toContain(squeeze("Far above the typical agency: load 78, 11 times the typical agency's 7"));
    for (const file of [files.zh!, files.en!]) expect(text(file)).not.toMatch(/MAD|deviation|偏差/);
  });

  it('lists every project with who leads it, in both packs', () => {
    for (const file of [files.zh!, files.en!]) {
      const all = text(file);
      for (const project of model.projects) expect(all, project.name).toContain(squeeze(project.name));
    }
    expect(text(files.zh!)).toContain('任务13·牵头：发展改革委');
    expect(text(files.en!)).toContain(squeeze('Task 13 · Lead: Development and Reform Commission'));
  });

  it('uses every page: all but the last at least 60 % full, none left half empty', () => {
    for (const lang of ['zh', 'en'] as const) {
      const prefix = join(out, `fill-${lang}`);
      spawnSync('pdftoppm', ['-r', '30', '-png', files[lang]!, prefix]);
      const pngs = readdirSync(out)
        .filter((f) => f.startsWith(`fill-${lang}`) && f.endsWith('.png'))
        .sort();
      expect(pngs.length).toBe(pageCount(files[lang]!));
      const fills = pngs.map((name) => {
        const png = decodePng(new Uint8Array(readFileSync(join(out, name))));
        // The page's margin is 28 pt: the usable height is what lies between the margins.
        const margin = (28 * 30) / 72;
        let last = 0;
        for (let y = 0; y < png.height; y++)
          for (let x = 0; x < png.width; x++) {
            const i = (y * png.width + x) * 4;
            if (
              (png.data[i] ?? 255) < 200 ||
              (png.data[i + 1] ?? 255) < 200 ||
              (png.data[i + 2] ?? 255) < 200
            ) {
              last = y;
              break;
            }
          }
        return (last - margin) / (png.height - 2 * margin);
      });
      console.log(`${lang} page fill: ${fills.map((f) => `${Math.round(f * 100)} %`).join(', ')}`);
      for (const [i, fill] of fills.slice(0, -1).entries())
        expect(fill, `${lang} page ${i + 1}`).toBeGreaterThanOrEqual(0.6);
      expect(fills.at(-1)).toBeGreaterThan(0.2);
    }
  });
});
