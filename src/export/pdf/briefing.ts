// The briefing pack: one PDF a decision maker can read without the app — a cover with the notice's
// title and date, the findings in plain words, the agency–task network (layered, with its task key),
// the coordination network, the agency × task matrix, the most loaded agencies explained against the
// typical one, and the projects, condensed, with who answers for them. The same content as the
// PowerPoint deck (src/export/slides/briefing-pptx.ts), from the same findings and layouts.
import { withEnglishAgencyNames } from '../../notice/agency-english.ts';
import {
  comparedWithTypical,
  DEFAULT_OVERLOAD_THRESHOLD,
  overloadStats,
  overloadVerdicts,
} from '../../analysis/overload.ts';
import { computeWorkload, DEFAULT_WEIGHTS, rankByLoad } from '../../analysis/workload.ts';
import { INK, MUTED_INK, RULE } from '../../graph/appearance.ts';
import type { Scene, SceneMark } from '../../graph/scene.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { briefingNetworkScene } from '../briefing/networks.ts';
import {
  diagramScene,
  frameText,
  issuerName,
  noticeShortName,
  TITLES_NOTE,
  type LabelLang,
  type LayoutFn,
} from '../diagram/diagram.ts';
import { frameScene } from '../diagram/frame.ts';
import { tableScenes, wrapText, type TableColumn } from '../diagram/table-scene.ts';
import type { FontLoader } from '../font/slices.ts';
import { findingsBody, PAGE_BODY_WIDTH } from './findings-page.ts';
import { drawScene, newPdf, type Paper } from './pdf.ts';
import { pdfInfo } from './pdf-info.ts';
import { projectBodies } from './project-pages.ts';

export interface BriefingOptions {
  readonly lang: LabelLang;
  readonly fonts: FontLoader;
  /** Lays out the coordination network (the agency–task network is always layered). */
  readonly layout: LayoutFn;
  readonly paper?: Paper;
  /** `YYYY-MM-DD` for the source lines; today by default. */
  readonly date?: string;
  /** How many of the most loaded agencies the table lists (the flagged ones always). */
  readonly topAgencies?: number;
}

/** The load rule's figures as the note prints them. */
interface NoteFigures {
  readonly median: string;
  readonly cutoff: string;
}

/** A landscape table page: 1,012 units wide at A4's proportions leaves about 560 for its body. */
const BODY_HEIGHT = 540;
/** Pages that repeat no table heads (the findings, the projects' columns) take the whole height the
 *  frame leaves. */
const FULL_HEIGHT = 570;

const T = {
  zh: {
    pack: '分工情况简报',
    contents: [
      '主要发现',
      '任务分工网络',
      '机构协同网络',
      '机构 × 任务分工矩阵',
      '工作量最重的机构',
      '项目及其责任单位',
    ],
    findings: '主要发现',
    loaded: '工作量最重的机构',
    loadedNote: (s: NoteFigures) =>
      `负荷 = 牵头 ×3 + 参与 ×1 + 未分牵头配合的负责 ×2。一般机构（负荷居中位的机构）的负荷为 ${s.median}；负荷达到 ${s.cutoff} 及以上，即远高于一般机构，远超各机构之间通常的差距。`,
    projects: '项目及其责任单位',
    heads: ['#', '机构', '牵头', '参与', '部分', '协作机构', '负荷', '与一般机构相比'],
    flagged: '远高于一般机构：',
    continued: '（续）',
  },
  en: {
    pack: 'Briefing: who does what',
    contents: [
      'What the figures say',
      'The agency–task network',
      'The coordination network',
      'Agencies × tasks',
      'The most loaded agencies',
      'Projects and who answers for them',
    ],
    findings: 'What the figures say',
    loaded: 'The most loaded agencies',
    loadedNote: (s: NoteFigures) =>
      `Load = 3 per item led + 1 per item joined + 2 per item shared with no lead named. The typical agency (the middle one by load) carries ${s.median}; a load of ${s.cutoff} or more is far above the typical agency, well beyond the usual differences between agencies.`,
    projects: 'Projects and who answers for them',
    heads: ['#', 'Agency', 'Led', 'Joined', 'Sections', 'Partners', 'Load', 'Against the typical agency'],
    flagged: 'Far above the typical agency: ',
    continued: '(continued)',
  },
} as const;

/** A table page's title, put together as the diagrams' titles are. */
function pageTitle(model: NoticeModel, name: string, lang: LabelLang): string {
  const notice = noticeShortName(model);
  if (!notice) return name;
  return lang === 'zh' ? `《${notice}》${name}` : `${name} — ${notice}`;
}

function coverScene(model: NoticeModel, lang: LabelLang, date: string): Scene {
  const t = T[lang];
  const width = 1000;
  const marks: SceneMark[] = [];
  marks.push({ type: 'text', x: 0, y: 0, text: t.pack, size: 16, fill: MUTED_INK, baseline: 'top' });
  const title = wrapText(model.notice.title || noticeShortName(model), 30, width);
  title.forEach((line, i) =>
    marks.push({
      type: 'text',
      x: 0,
      y: 40 + i * 44,
      text: line,
      size: 30,
      weight: 600,
      fill: INK,
      baseline: 'top',
    }),
  );
  let y = 40 + title.length * 44 + 16;
  const meta = [issuerName(model.notice.issuer, lang), model.notice.published].filter(Boolean).join('  ·  ');
  if (meta) marks.push({ type: 'text', x: 0, y, text: meta, size: 16, fill: MUTED_INK, baseline: 'top' });
  y += 50;
  const figures: [number, string][] = [
    [model.sections.length, lang === 'zh' ? '个部分' : 'sections'],
    [model.tasks.length, lang === 'zh' ? '项任务' : 'tasks'],
    [model.items.length, lang === 'zh' ? '个事项' : 'items'],
    [model.agencies.length, lang === 'zh' ? '个机构' : 'agencies'],
    [model.projects.length, lang === 'zh' ? '个项目' : 'projects'],
  ];
  figures.forEach(([value, label], i) => {
    const x = i * 190;
    marks.push({
      type: 'text',
      x,
      y,
      text: String(value),
      size: 40,
      weight: 600,
      fill: INK,
      baseline: 'top',
    });
    marks.push({ type: 'text', x, y: y + 52, text: label, size: 13, fill: MUTED_INK, baseline: 'top' });
  });
  y += 110;
  marks.push({ type: 'path', d: `M 0 ${y} H ${width}`, stroke: RULE, strokeWidth: 1 });
  y += 20;
  t.contents.forEach((line, i) =>
    marks.push({
      type: 'text',
      x: 0,
      y: y + i * 26,
      text: `${i + 2}. ${line}`,
      size: 15,
      fill: INK,
      baseline: 'top',
    }),
  );
  y += t.contents.length * 26 + 30;
  const source =
    lang === 'zh'
      ? [`分工图谱 Fengong Atlas 据通知原文生成，${date}。每条连线、每个数字均可追溯至原文中的责任分工语句。`]
      : [
          `Made by Fengong Atlas from the text of the notice, ${date}. Every link and figure traces to the sentence that assigns it.`,
          // Said once for the whole pack: the diagrams and tables keep the notice's own headings.
          `${TITLES_NOTE} Agencies are named in English where the app's lexicon reads the name.`,
        ];
  const lines = source.flatMap((para) => wrapText(para, 12, width));
  lines.forEach((text, i) =>
    marks.push({ type: 'text', x: 0, y: y + i * 18, text, size: 12, fill: MUTED_INK, baseline: 'top' }),
  );
  return { width, height: y + lines.length * 18 + 8, background: '#ffffff', marks };
}

function loadedPages(model: NoticeModel, lang: LabelLang, date: string, top: number): Scene[] {
  const t = T[lang];
  const ranked = rankByLoad(computeWorkload(model, DEFAULT_WEIGHTS));
  const stats = overloadStats(ranked, model.agencies, DEFAULT_OVERLOAD_THRESHOLD);
  const verdicts = overloadVerdicts(ranked, model.agencies, stats);
  const names = new Map(model.agencies.map((a) => [a.id as string, a.name]));
  const generic = new Set(model.agencies.filter((a) => a.generic).map((a) => a.id as string));
  const named = ranked.filter((w) => !generic.has(w.agencyId));
  const shown = named.filter((w, i) => i < top || verdicts.get(w.agencyId)?.flagged);
  const flagged = shown.filter((w) => verdicts.get(w.agencyId)?.flagged).length;
  const columns: TableColumn[] = [
    { head: t.heads[0], width: 40, align: 'end' },
    { head: t.heads[1], width: 260 },
    { head: t.heads[2], width: 60, align: 'end' },
    { head: t.heads[3], width: 64, align: 'end' },
    { head: t.heads[4], width: 76, align: 'end' },
    { head: t.heads[5], width: 84, align: 'end' },
    { head: t.heads[6], width: 60, align: 'end' },
    { head: t.heads[7], width: 368 },
  ];
  const rows = shown.map((w, i) => {
    // In plain words against the typical (median) agency: "78, 11 times the typical agency's 7".
    const compared = comparedWithTypical(w.load, stats.median, lang);
    const why = verdicts.get(w.agencyId)?.flagged ? `${t.flagged}${compared}` : compared;
    return [
      String(i + 1),
      names.get(w.agencyId) ?? w.agencyId,
      String(w.led),
      String(w.joined),
      String(w.sections),
      String(w.partners),
      String(w.load),
      why,
    ];
  });
  const one = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  const note = t.loadedNote({
    median: one(stats.median),
    cutoff: Number.isFinite(stats.cutoff) ? String(Math.ceil(stats.cutoff)) : '—',
  });
  const table = (shown: readonly string[][]) =>
    tableScenes({ heading: '', note, columns, rows: shown, pageHeight: BODY_HEIGHT, continued: t.continued });
  // As many of the heaviest as one page holds (English names take two lines), the flagged always.
  let pages = table(rows);
  for (let n = rows.length - 1; pages.length > 1 && n >= Math.max(flagged, 5); n--)
    pages = table(rows.slice(0, n));
  return pages.map((body) =>
    frameScene(body, frameText(model, pageTitle(model, t.loaded, lang), lang, date)),
  );
}

function findingsPage(model: NoticeModel, lang: LabelLang, date: string): Scene {
  const body = findingsBody(model, lang, FULL_HEIGHT);
  return frameScene(body, frameText(model, pageTitle(model, T[lang].findings, lang), lang, date));
}

function projectPages(model: NoticeModel, lang: LabelLang, date: string): Scene[] {
  const title = pageTitle(model, T[lang].projects, lang);
  return projectBodies(model, lang, PAGE_BODY_WIDTH, FULL_HEIGHT).map((body) =>
    frameScene(body, frameText(model, title, lang, date)),
  );
}

/** The pack's pages as scenes, in order: what the PDF draws (and what tests read). */
export async function briefingScenes(
  model: NoticeModel,
  options: Pick<BriefingOptions, 'lang' | 'layout' | 'date' | 'topAgencies'>,
): Promise<Scene[]> {
  const lang = options.lang;
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const network = { lang, date, layout: options.layout };
  // The findings and tables name agencies as the diagrams do: in English where the lexicon knows them.
  const named = lang === 'en' ? withEnglishAgencyNames(model) : model;
  return [
    coverScene(model, lang, date),
    findingsPage(named, lang, date),
    await briefingNetworkScene(model, 'tasks', network),
    await briefingNetworkScene(model, 'coordination', network),
    diagramScene(model, { view: 'matrix', lang, date, titlesNote: false }),
    ...loadedPages(named, lang, date, options.topAgencies ?? 15),
    ...projectPages(named, lang, date),
  ];
}

export async function briefingPdf(model: NoticeModel, options: BriefingOptions): Promise<Uint8Array> {
  const lang = options.lang;
  const paper = options.paper ?? 'A4';
  const pages = await briefingScenes(model, options);
  const title = `${noticeShortName(model)} — ${T[lang].pack}`;
  const info = pdfInfo(model, title, T[lang].pack, lang);
  const { doc, fonts } = await newPdf({ fonts: options.fonts, info }, pages);
  for (const page of pages) {
    const orientation = page.width >= page.height ? 'landscape' : 'portrait';
    await drawScene(doc, page, { paper, orientation }, fonts);
  }
  return doc.save();
}
