// The briefing pack: one PDF a decision maker can read without the app — a cover with the notice's
// title and date, the coordination network, the agency × task matrix, the most loaded agencies
// with the figures that flag them, and the projects with who answers for them.
import { withEnglishAgencyNames } from '../../notice/agency-english.ts';
import {
  DEFAULT_OVERLOAD_THRESHOLD,
  explainLoad,
  overloadStats,
  overloadVerdicts,
} from '../../analysis/overload.ts';
import { computeWorkload, DEFAULT_WEIGHTS, rankByLoad } from '../../analysis/workload.ts';
import { INK, MUTED_INK, RULE } from '../../graph/appearance.ts';
import { joinList } from '../../graph/scenes/text-fit.ts';
import { PROJECT_KIND_APPEARANCE } from '../../graph/appearance.ts';
import type { Scene, SceneMark } from '../../graph/scene.ts';
import { taskHeading } from '../data/heading-labels.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { projectResponsibility } from '../../projects/responsibility.ts';
import {
  diagramScene,
  frameText,
  graphPositions,
  issuerName,
  noticeShortName,
  TITLES_NOTE,
  type LabelLang,
  type LayoutFn,
} from '../diagram/diagram.ts';
import { frameScene } from '../diagram/frame.ts';
import { tableScenes, wrapText, type TableColumn } from '../diagram/table-scene.ts';
import type { FontLoader } from '../font/slices.ts';
import { drawScene, newPdf, type Paper } from './pdf.ts';
import { pdfInfo } from './pdf-info.ts';

export interface BriefingOptions {
  readonly lang: LabelLang;
  readonly fonts: FontLoader;
  readonly layout: LayoutFn;
  readonly paper?: Paper;
  /** `YYYY-MM-DD` for the source lines; today by default. */
  readonly date?: string;
  /** How many of the most loaded agencies the table lists (the flagged ones always). */
  readonly topAgencies?: number;
}

/** The load rule's figures as the note prints them, rounded to one decimal. */
interface NoteFigures {
  readonly median: string;
  readonly mad: number;
  readonly spread: string;
  readonly threshold: string;
  readonly cutoff: string;
}

const T = {
  zh: {
    pack: '分工情况简报',
    contents: ['机构协同网络', '机构 × 任务分工矩阵', '工作量最重的机构', '项目及其责任单位'],
    loaded: '工作量最重的机构',
    loadedNote: (s: NoteFigures) =>
      `负荷 = 牵头 ×3 + 配合 ×1 + 未分牵头配合的负责 ×2。一般单位（中位数）的负荷为 ${s.median}；负荷达到 ${s.cutoff} 即标记为过载（中位数 + ${s.threshold} × ${s.mad > 0 ? '中位数绝对偏差' : '平均绝对偏差'} ${s.spread}）。`,
    projects: '项目及其责任单位',
    projectsNote: (n: number) =>
      `通知中点名的 ${n} 个项目（铁路、公路、口岸、港口、机场、物流、园区、产业、生态等）。`,
    heads: ['#', '机构', '牵头', '参与', '部分', '协作机构', '负荷', '说明'],
    projectHeads: ['类型', '项目', '任务', '牵头单位', '配合单位'],
    flagged: '【过载】',
    none: '—',
    continued: '（续）',
  },
  en: {
    pack: 'Briefing: who does what',
    contents: [
      'The coordination network',
      'Agencies × tasks',
      'The most loaded agencies',
      'Projects and who answers for them',
    ],
    loaded: 'The most loaded agencies',
    loadedNote: (s: NoteFigures) =>
      `Load = 3 per item led + 1 per item joined + 2 per item shared with no lead named. The typical agency (the median) carries ${s.median}; an agency is flagged from ${s.cutoff} on, far above it (median + ${s.threshold} × the ${s.mad > 0 ? 'median absolute deviation' : 'mean absolute deviation'}, ${s.spread}).`,
    projects: 'Projects and who answers for them',
    projectsNote: (n: number) =>
      `The ${n} projects the notice names (rail, roads, ports, airport, logistics, parks, industries, ecology…).`,
    heads: ['#', 'Agency', 'Led', 'Joined', 'Sections', 'Partners', 'Load', 'Why it stands out'],
    projectHeads: ['Kind', 'Project', 'Task', 'Lead', 'Cooperating'],
    flagged: '[flagged] ',
    none: '—',
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

function loadedPages(
  model: NoticeModel,
  lang: LabelLang,
  date: string,
  pageHeight: number,
  top: number,
): Scene[] {
  const t = T[lang];
  const ranked = rankByLoad(computeWorkload(model, DEFAULT_WEIGHTS));
  const stats = overloadStats(ranked, model.agencies, DEFAULT_OVERLOAD_THRESHOLD);
  const verdicts = overloadVerdicts(ranked, model.agencies, stats);
  const names = new Map(model.agencies.map((a) => [a.id as string, a.name]));
  const generic = new Set(model.agencies.filter((a) => a.generic).map((a) => a.id as string));
  const named = ranked.filter((w) => !generic.has(w.agencyId));
  const shown = named.filter((w, i) => i < top || verdicts.get(w.agencyId)?.flagged);
  const columns: TableColumn[] = [
    { head: t.heads[0], width: 40, align: 'end' },
    { head: t.heads[1], width: 230 },
    { head: t.heads[2], width: 56, align: 'end' },
    { head: t.heads[3], width: 56, align: 'end' },
    { head: t.heads[4], width: 70, align: 'end' },
    { head: t.heads[5], width: 80, align: 'end' },
    { head: t.heads[6], width: 60, align: 'end' },
    { head: t.heads[7], width: 420 },
  ];
  const rows = shown.map((w, i) => {
    const verdict = verdicts.get(w.agencyId);
    const name = names.get(w.agencyId) ?? w.agencyId;
    // The name is in its own column: the explanation starts at the figures.
    const why = verdict
      ? explainLoad(name, w, stats, model.sections.length, lang)
          .slice(name.length + 1)
          .trim()
      : '';
    const mark = verdict?.flagged ? t.flagged : '';
    return [
      String(i + 1),
      name,
      String(w.led),
      String(w.joined),
      String(w.sections),
      String(w.partners),
      String(w.load),
      `${mark}${why}`,
    ];
  });
  const one = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  const note = t.loadedNote({
    median: one(stats.median),
    mad: stats.mad,
    spread: one(stats.spread),
    threshold: one(stats.threshold),
    cutoff: Number.isFinite(stats.cutoff) ? one(stats.cutoff) : '—',
  });
  return tableScenes({ heading: '', note, columns, rows, pageHeight, continued: t.continued }).map((body) =>
    frameScene(body, frameText(model, pageTitle(model, t.loaded, lang), lang, date)),
  );
}

function projectPages(model: NoticeModel, lang: LabelLang, date: string, pageHeight: number): Scene[] {
  const t = T[lang];
  if (model.projects.length === 0) return [];
  const names = new Map(model.agencies.map((a) => [a.id as string, a.name]));
  const tasks = new Map(model.tasks.map((task) => [task.id as string, task]));
  const list = (ids: readonly string[]) =>
    joinList(
      ids.map((id) => names.get(id) ?? id),
      lang,
    ) || t.none;
  const rows = model.projects.map((project) => {
    const who = projectResponsibility(model, project);
    const task = tasks.get(project.taskIds[0] ?? '');
    return [
      PROJECT_KIND_APPEARANCE[project.kind].label[lang],
      project.name,
      task ? (lang === 'zh' ? taskHeading(task) : `${task.ordinal}. ${task.title}`) : t.none,
      list([...who.leads, ...who.responsible]),
      list(who.cooperators),
    ];
  });
  // English agency names are long: the English pack gives the agency columns more of the page.
  const widths = lang === 'zh' ? [90, 260, 220, 170, 272] : [90, 190, 190, 200, 342];
  const columns: TableColumn[] = t.projectHeads.map((head, i) => ({ head, width: widths[i] ?? 100 }));
  return tableScenes({
    heading: '',
    note: t.projectsNote(model.projects.length),
    columns,
    rows,
    pageHeight,
    continued: t.continued,
  }).map((body) => frameScene(body, frameText(model, pageTitle(model, t.projects, lang), lang, date)));
}

/** The pack's pages as scenes, in order: what the PDF draws (and what tests read). */
export async function briefingScenes(
  model: NoticeModel,
  options: Pick<BriefingOptions, 'lang' | 'layout' | 'date' | 'topAgencies'>,
): Promise<Scene[]> {
  const lang = options.lang;
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const settings = { mode: 'coordination' as const };
  const positions = await graphPositions(model, settings, options.layout, { lang });
  // The tables name agencies as the diagrams do: in English where the lexicon knows the name.
  const named = lang === 'en' ? withEnglishAgencyNames(model) : model;
  return [
    coverScene(model, lang, date),
    diagramScene(model, { view: 'graph', lang, date, graph: { settings, positions }, titlesNote: false }),
    diagramScene(model, { view: 'matrix', lang, date, titlesNote: false }),
    // Tables on landscape pages: 1,012 units wide at A4's proportions leaves about 560 for rows.
    // Ten rows of two-line explanations fill a landscape page: the table stays on one.
    ...loadedPages(named, lang, date, 540, options.topAgencies ?? 10),
    ...projectPages(named, lang, date, 540),
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
