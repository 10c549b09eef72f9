// The PowerPoint briefing of the Manzhouli notice, in Chinese and in English, read back from the zip:
// the slides, the title, findings that state the core's own figures, real tables with the agencies'
// names, PNG diagrams, speaker notes with the source, and no Chinese on English slides beyond the
// notice's and agencies' own names.
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { scenePng } from '../../../src/cli/scene-png.ts';
import { overloadStats, overloadVerdicts } from '../../../src/analysis/overload.ts';
import { computeWorkload, rankByLoad } from '../../../src/analysis/workload.ts';
import type { LayoutFn } from '../../../src/export/diagram/diagram.ts';
import { briefingPptx } from '../../../src/export/slides/briefing-pptx.ts';
import { withEnglishAgencyNames } from '../../../src/notice/agency-english.ts';
import { computeLayout } from '../../../src/layout/compute-layout.ts';
import type { NoticeModel } from '../../../src/notice/model.ts';
import { parseNotice } from '../../../src/projects/parse-notice.ts';
import { decodePng } from './png-pixels.ts';

const model = parseNotice(new Uint8Array(readFileSync('seeds/manzhouli-pilot-zone-2014.txt')));
const layout: LayoutFn = (graph, look, context) => computeLayout('fcose', graph, look, context);
const png = (scene: Parameters<typeof scenePng>[0], scale: number) =>
  scenePng(scene, { scale, transparent: false });

type Files = Record<string, Uint8Array>;
const decks: Partial<Record<'zh' | 'en', Files>> = {};

/** The text of a slide's runs, joined. */
function runs(files: Files, path: string): string[] {
  const xml = strFromU8(files[path] ?? new Uint8Array());
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  );
}
const slideText = (files: Files, n: number) => runs(files, `ppt/slides/slide${n}.xml`).join('');
const slideCount = (files: Files) =>
  Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;

/** The figures the findings must state, from the core. */
function figures(named: NoticeModel) {
  const ranked = rankByLoad(computeWorkload(named));
  const total = ranked.reduce((sum, w) => sum + w.load, 0);
  let carried = 0;
  let count = 0;
  for (const w of ranked) {
    carried += w.load;
    count++;
    if (carried >= total / 2) break;
  }
  const stats = overloadStats(ranked, named.agencies);
  const verdicts = overloadVerdicts(ranked, named.agencies, stats);
  const top = ranked[0]!;
  return {
    share: Math.round((carried / total) * 100),
    count,
    heaviest: named.agencies.find((a) => a.id === top.agencyId)!.name,
    led: top.led,
    joined: top.joined,
    flagged: ranked.filter((w) => verdicts.get(w.agencyId)?.flagged).length,
    median: stats.median,
    top: ranked.slice(0, 5).map((w) => named.agencies.find((a) => a.id === w.agencyId)!.name),
  };
}

describe('briefingPptx', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    for (const lang of ['zh', 'en'] as const)
      decks[lang] = unzipSync(await briefingPptx(model, { lang, layout, png, date: '2024-05-01' }));
  }, 120_000);

  it('has a title slide, findings, three or more diagrams and two tables, 16:9', () => {
    for (const files of [decks.zh!, decks.en!]) {
      // Title, findings, two networks, the matrix over ceil(45 / 24) slides, ranking and measures.
      expect(slideCount(files)).toBe(6 + Math.ceil(model.agencies.length / 24));
      const presentation = strFromU8(files['ppt/presentation.xml']!);
      expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    }
  });

  it('puts the notice title, issuer and date on the title slide', () => {
    for (const files of [decks.zh!, decks.en!]) {
      const text = slideText(files, 1);
      expect(text).toContain(model.notice.title);
      expect(text).toContain(model.notice.issuer!);
      expect(text).toContain(model.notice.published!);
    }
    expect(slideText(decks.zh!, 1)).toContain('分工情况简报');
    expect(slideText(decks.en!, 1)).toContain('Briefing: who does what');
  });

  it('states the core’s figures in the findings, in words of each language', () => {
    const zh = figures(model);
    const zhText = slideText(decks.zh!, 2);
    expect(zhText).toContain(
      `${model.agencies.length} 个机构中的 ${zh.count} 个承担了全部负荷的 ${zh.share} %`,
    );
    expect(zhText).toContain(`${zh.heaviest}负担最重：牵头 ${zh.led} 项，参与 ${zh.joined} 项`);
    expect(zhText).toContain(`${zh.flagged} 个机构的负荷远高于一般机构`);
    expect(zhText).toContain(`而一般机构为 ${zh.median}`);
    expect(zhText).toContain('自治区财政厅不牵头任何事项，却参与 27 项');

    const en = figures(withEnglishAgencyNames(model));
    const enText = slideText(decks.en!, 2);
    expect(enText).toContain(
      `${en.count} agencies of ${model.agencies.length} carry ${en.share} % of the whole load`,
    );
    expect(enText).toContain(
      `${en.heaviest} carries the most: it leads ${en.led} items and joins ${en.joined}`,
    );
    expect(enText).toContain(`${en.flagged} agencies stand far above the typical agency`);
    const noLead = model.items.filter((a) => a.leads.length === 0).length;
    expect(enText).toContain(
      noLead === 0
        ? `Every one of the ${model.items.length} items`
        : `${noLead} of ${model.items.length} items`,
    );
  });

  it('gives the ranking and measures as real tables naming the top agencies', () => {
    const n = slideCount(decks.zh!);
    for (const [lang, files] of Object.entries(decks) as ['zh' | 'en', Files][]) {
      const named = lang === 'en' ? withEnglishAgencyNames(model) : model;
      const { top } = figures(named);
      for (const slide of [n - 1, n]) {
        const xml = strFromU8(files[`ppt/slides/slide${slide}.xml`]!);
        expect(xml).toContain('<a:tbl>');
        for (const name of top) expect(slideText(files, slide)).toContain(name);
      }
      expect(slideText(files, n - 1)).toContain(lang === 'zh' ? '远高于一般机构' : 'far above');
    }
  });

  it('embeds the diagrams as sharp PNGs', () => {
    for (const files of [decks.zh!, decks.en!]) {
      const media = Object.keys(files).filter((f) => /^ppt\/media\/.+/.test(f));
      expect(media.length).toBe(slideCount(files) - 4);
      for (const file of media) {
        expect(file).toMatch(/\.png$/);
        const picture = decodePng(files[file]!);
        // Twice the scene's size: well over a projector's 1,920 pixels across for the networks.
        expect(Math.max(picture.width, picture.height)).toBeGreaterThan(1800);
      }
    }
  });

  it('names the source in every slide’s notes', () => {
    for (const files of [decks.zh!, decks.en!]) {
      const notes = Object.keys(files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
      expect(notes.length).toBe(slideCount(files));
      for (const file of notes) expect(runs(files, file).join('\n')).toContain(model.notice.title);
    }
    expect(runs(decks.en!, 'ppt/notesSlides/notesSlide2.xml').join(' ')).toMatch(/fixed rule/);
  });

  it('marks runs with their language and writes English slides in English', () => {
    const zhXml = strFromU8(decks.zh!['ppt/slides/slide2.xml']!);
    expect(zhXml).toContain('lang="zh-CN"');
    expect(zhXml).not.toContain('lang="en-US"');
    const allowed = [
      model.notice.title,
      model.notice.issuer ?? '',
      '分工图谱',
      // The findings name the busiest section by its title, as the notice writes it.
      ...model.sections.map((section) => section.title),
      ...model.agencies.map((a) => a.name).sort((a, b) => b.length - a.length),
    ];
    for (let n = 1; n <= slideCount(decks.en!); n++) {
      const xml = strFromU8(decks.en![`ppt/slides/slide${n}.xml`]!);
      expect(xml).toContain('lang="en-US"');
      for (const run of runs(decks.en!, `ppt/slides/slide${n}.xml`)) {
        const rest = allowed.reduce((text, name) => text.split(name).join(''), run);
        expect(rest, `slide ${n}: ${run}`).not.toMatch(/[\u3400-\u9fff]/);
      }
    }
  });
});
