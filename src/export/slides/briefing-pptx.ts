// The briefing as a PowerPoint deck a staff member can hand on unedited: a title slide, the findings
// in plain words, the agency–task and coordination networks and the matrix as pictures, the most
// loaded agencies and their measures as real (editable) tables, and in every slide's notes where its
// figures come from. 16:9, one font PowerPoint and WPS both have, each text sized to its box.
import PptxGenJS from 'pptxgenjs';
import { INK, MUTED_INK, RULE, ROLE_APPEARANCE, BAND } from '../../graph/appearance.ts';
import { withEnglishAgencyNames } from '../../notice/agency-english.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { fitText } from '../../graph/scenes/text-fit.ts';
import {
  diagramScene,
  noticeShortName,
  viewName,
  type LabelLang,
  type LayoutFn,
} from '../diagram/diagram.ts';
import {
  briefingFindings,
  findingCaption,
  findingFigure,
  findingPhrases,
  FINDINGS_NOTE,
  NO_FINDINGS,
  type Finding,
} from '../briefing/findings.ts';
import { briefingNetworkScene, NETWORK_SETTINGS, type BriefingNetwork } from '../briefing/networks.ts';
import { base64, englishOnly, unframed, type ScenePng } from './slide-pictures.ts';
import { measuresTable, rankingTable, topAgencies, type SlideTable } from './slide-tables.ts';
import { fitSize, LINE_HEIGHT, lineCount, runLang, SLIDE_FONT } from './slide-text.ts';

/** The browser's way to draw the pictures, loaded with the deck. */
export { rasterPng } from './slide-pictures.ts';

export interface SlidesOptions {
  readonly lang: LabelLang;
  readonly layout: LayoutFn;
  /** Draws a diagram as PNG: resvg in Node, the canvas in the browser. */
  readonly png: ScenePng;
  /** `YYYY-MM-DD` for the source lines; today by default. */
  readonly date?: string;
  /** How many of the most loaded agencies the tables list. */
  readonly topAgencies?: number;
}

/** The slide: LAYOUT_WIDE, 13.333 × 7.5 inches (16:9), with one margin all round. */
const W = 13.333;
const M = 0.6;
const INNER = W - 2 * M;
const BODY_TOP = 1.45;
const BODY_BOTTOM = 6.75;
/** Pixels per scene unit: twice the diagram's own size, sharp on a projector and when zoomed. */
const PNG_SCALE = 2;
/** Rows of the matrix one slide holds and stays legible; more are split over slides. */
const MATRIX_ROWS = 24;

const hex = (color: string) => color.replace('#', '').toUpperCase();
const ACCENT = hex(ROLE_APPEARANCE.cooperate.color);
const MARK = hex(ROLE_APPEARANCE.lead.color);

const T = {
  zh: {
    kicker: '分工情况简报',
    figures: ['个部分', '项任务', '个事项', '个机构', '个项目'],
    made: (date: string) => `分工图谱 Fengong Atlas 据通知原文生成 · ${date}`,
    findings: '主要发现',
    read: {
      tasks: '每条线连接机构与它承担的任务：实线为牵头，虚线为配合；任务按部分分组，编号见图例。',
      coordination: '两个机构共同承担同一事项即相连；线越粗，共同事项越多。',
      matrix: '行是机构（按负荷排序），列是任务；方块为牵头，圆圈为配合。',
    },
    part: (i: number, n: number) => `（${i}/${n}）`,
    ranking: '工作量最重的机构',
    measures: '这些机构在协作网络中的位置',
    source: '资料来源',
    notes: {
      source: (bits: string) => `资料来源：${bits}。`,
      made: (date: string) =>
        `由分工图谱（Fengong Atlas）据通知原文生成，${date}。每个数字均可追溯至原文中的责任分工语句。`,
      title: '标题页：通知标题、发文机关、日期及通知的结构数字（部分、任务、事项、机构、项目均由原文解析）。',
      findings:
        '主要发现均按固定规则由数字生成：负荷集中度（累计负荷过半的最少机构数）、负担最重的机构、远高于一般机构的数目（负荷高于中位数 5 个中位绝对偏差）、只参与不牵头的机构、未明确牵头单位的事项。',
      tasks: '任务分工网络：每条线是通知中一个事项对机构的分工（牵头或配合），按任务汇总。',
      coordination: '机构协同网络：两个机构在同一事项中同时被点名即相连，线宽为共同事项数。',
      matrix: '机构 × 任务矩阵：每格为该机构在该任务中的角色，取自各事项的分工语句。',
      ranking:
        '工作量表：牵头、参与、涉及部分、协作机构与负荷均按事项统计；“远高于一般机构”即负荷高于中位数 5 个中位绝对偏差。',
      measures:
        '协作指标：事项、任务、部分、协作机构、共同事项、中介中心性（最短路径经过比例）与协同组（Louvain 社区划分，固定随机种子）。',
    },
  },
  en: {
    kicker: 'Briefing: who does what',
    figures: ['sections', 'tasks', 'items', 'agencies', 'projects'],
    made: (date: string) => `Made by Fengong Atlas (分工图谱) from the text of the notice · ${date}`,
    findings: 'What the figures say',
    read: {
      tasks:
        'Each line joins an agency to a task it leads (solid) or cooperates on (dashed); tasks sit in their sections, numbered as in the key.',
      coordination:
        'Two agencies are joined when the notice names both in one item; the thicker the line, the more items they share.',
      matrix:
        'Rows are agencies, heaviest first; columns are tasks. A square marks the lead, a ring a cooperating agency.',
    },
    part: (i: number, n: number) => ` (${i} of ${n})`,
    ranking: 'The most loaded agencies',
    measures: 'Where these agencies sit in the coordination network',
    source: 'Source',
    notes: {
      source: (bits: string) => `Source: ${bits}.`,
      made: (date: string) =>
        `Made by Fengong Atlas (分工图谱) from the text of the notice, ${date}. Every figure traces to the sentence of the notice that assigns it.`,
      title:
        "Title slide: the notice's title, issuer and date, and its structure (sections, tasks, items, agencies and projects, all read from the text).",
      findings:
        'Each finding is made by a fixed rule from the figures: how few agencies carry half the load, the heaviest agency, how many agencies are far above the typical one (more than 5 median absolute deviations above the median load), an agency that joins many items but leads none, and the items with no lead named.',
      tasks:
        'Agency–task network: each line is one or more items of the notice assigning the task to the agency (lead or cooperate), summed by task.',
      coordination:
        "Coordination network: two agencies are linked when one item names both; the line's width is the number of items they share.",
      matrix:
        "Agency × task matrix: each cell is the agency's role in the task, taken from the sentences that assign its items.",
      ranking:
        'Load table: items led and joined, sections, partners and load are counted over the notice\'s items; "far above" means more than 5 median absolute deviations above the median load.',
      measures:
        'Measures: items, tasks, sections, partners, shared items, betweenness (share of shortest paths through the agency) and blocs (Louvain communities of the coordination network, fixed seed).',
    },
  },
} as const;

type Lang = LabelLang;
type Slide = PptxGenJS.Slide;

const text = (lang: Lang, size: number, extra: PptxGenJS.TextPropsOptions = {}) => ({
  fontFace: SLIDE_FONT,
  fontSize: size,
  color: hex(INK),
  lang: lang === 'zh' ? 'zh-CN' : 'en-US',
  margin: 0,
  valign: 'top' as const,
  ...extra,
});

function sourceBits(model: NoticeModel, lang: Lang): string {
  const { notice } = model;
  return [notice.title || noticeShortName(model), notice.issuer, notice.published]
    .filter(Boolean)
    .join(lang === 'zh' ? '，' : ', ');
}

/** Slide title (one or two lines, shrunk to fit) and, under it, a line on how to read the slide. */
function heading(slide: Slide, lang: Lang, title: string, read?: string) {
  const box = { width: INNER, height: 0.62 };
  const fitted = fitSize(title, box, { max: 26, min: 16, maxLines: 2 });
  slide.addText(title, {
    ...text(runLang(title, lang) === 'zh-CN' ? 'zh' : lang, fitted.size, { bold: true }),
    x: M,
    y: 0.4,
    w: INNER,
    h: box.height,
    valign: 'bottom',
  });
  if (read) {
    const small = fitSize(read, { width: INNER, height: 0.38 }, { max: 14, min: 10, maxLines: 2 });
    slide.addText(read, {
      ...text(lang, small.size, { color: hex(MUTED_INK) }),
      x: M,
      y: 1.04,
      w: INNER,
      h: 0.38,
    });
  }
}

/** The foot every content slide shares: the notice it comes from, and the slide number. */
function footer(slide: Slide, model: NoticeModel, lang: Lang, page: number) {
  slide.addShape('line', { x: M, y: 6.92, w: INNER, h: 0, line: { color: hex(RULE), width: 0.75 } });
  const label = `${T[lang].source}${lang === 'zh' ? '：' : ': '}${sourceBits(model, lang)}`;
  slide.addText(fitText(label, 9, (INNER - 0.8) * 72 * 0.88), {
    ...text(lang, 9, { color: hex(MUTED_INK) }),
    x: M,
    y: 7.0,
    w: INNER - 0.8,
    h: 0.25,
  });
  slide.addText(String(page), {
    ...text(lang, 9, { color: hex(MUTED_INK), align: 'right' }),
    x: W - M - 0.6,
    y: 7.0,
    w: 0.6,
    h: 0.25,
  });
}

function notes(slide: Slide, model: NoticeModel, lang: Lang, date: string, what: string) {
  const t = T[lang].notes;
  slide.addNotes([what, t.source(sourceBits(model, lang)), t.made(date)].join('\n\n'));
}

function titleSlide(pptx: PptxGenJS, model: NoticeModel, lang: Lang, date: string) {
  const t = T[lang];
  const slide = pptx.addSlide();
  slide.addShape('rect', { x: 0, y: 0, w: W, h: 0.18, fill: { color: ACCENT }, line: { type: 'none' } });
  slide.addText(t.kicker, {
    ...text(lang, 18, { color: ACCENT, bold: true }),
    x: M,
    y: 1.0,
    w: INNER,
    h: 0.4,
  });
  const title = model.notice.title || noticeShortName(model);
  const box = { width: INNER, height: 1.9 };
  const fitted = fitSize(title, box, { max: 36, min: 20, maxLines: 3 });
  slide.addText(title, {
    ...text(runLang(title, lang) === 'zh-CN' ? 'zh' : lang, fitted.size, { bold: true }),
    x: M,
    y: 1.5,
    w: INNER,
    h: box.height,
  });
  const meta = [model.notice.issuer, model.notice.published].filter(Boolean).join('  ·  ');
  if (meta)
    slide.addText(meta, {
      ...text(runLang(meta, lang) === 'zh-CN' ? 'zh' : lang, 18, { color: hex(MUTED_INK) }),
      x: M,
      y: 3.55,
      w: INNER,
      h: 0.4,
    });
  slide.addShape('line', { x: M, y: 4.3, w: INNER, h: 0, line: { color: hex(RULE), width: 1 } });
  const counts = [
    model.sections.length,
    model.tasks.length,
    model.items.length,
    model.agencies.length,
    model.projects.length,
  ];
  const column = INNER / counts.length;
  counts.forEach((value, i) => {
    slide.addText(String(value), {
      ...text(lang, 40, { bold: true }),
      x: M + i * column,
      y: 4.55,
      w: column,
      h: 0.75,
    });
    slide.addText(t.figures[i] ?? '', {
      ...text(lang, 14, { color: hex(MUTED_INK) }),
      x: M + i * column,
      y: 5.3,
      w: column,
      h: 0.35,
    });
  });
  slide.addText(t.made(date), {
    ...text(lang, 11, { color: hex(MUTED_INK) }),
    x: M,
    y: 6.85,
    w: INNER,
    h: 0.3,
  });
  notes(slide, model, lang, date, t.notes.title);
}

function findingsSlide(
  pptx: PptxGenJS,
  model: NoticeModel,
  findings: readonly Finding[],
  lang: Lang,
  date: string,
) {
  const t = T[lang];
  const slide = pptx.addSlide();
  heading(slide, lang, t.findings);
  const top = BODY_TOP - 0.2;
  const area = 6.3 - top;
  const row = Math.min(1.05, area / Math.max(findings.length, 1));
  const figureWidth = 2.3;
  const textX = M + figureWidth + 0.25;
  const textWidth = INNER - figureWidth - 0.25;
  if (findings.length === 0)
    slide.addText(NO_FINDINGS[lang], { ...text(lang, 18), x: M, y: top, w: INNER, h: 0.8 });
  // One type size for every sentence (the largest at which each fits its row), so the rows read
  // as one list; the figure and its caption scale with the row, never running into the next.
  const sentences = findings.map((finding) => findingPhrases(finding, lang));
  const size = Math.min(
    18,
    ...sentences.map(
      (phrases) =>
        fitSize(
          phrases.map((p) => p.text).join(''),
          { width: textWidth, height: row - 0.16 },
          { max: 18, min: 11, maxLines: 3 },
        ).size,
    ),
  );
  const figureHeight = row * 0.6;
  const figureSize = Math.min(28, Math.floor(figureHeight * 72 * 0.8));
  findings.forEach((finding, i) => {
    const y = top + i * row;
    slide.addText(findingFigure(finding), {
      ...text(lang, figureSize, { bold: true, color: finding.kind === 'far-above' ? MARK : ACCENT }),
      x: M,
      y: y + 0.04,
      w: figureWidth,
      h: figureHeight,
      valign: 'bottom',
    });
    slide.addText(findingCaption(finding, lang), {
      ...text(lang, 10, { color: hex(MUTED_INK) }),
      x: M,
      y: y + 0.06 + figureHeight,
      w: figureWidth,
      h: Math.max(0.2, row - figureHeight - 0.1),
    });
    const phrases = sentences[i] ?? [];
    slide.addText(
      phrases.map((p) => ({
        text: p.text,
        options: { bold: p.strong ?? false, lang: runLang(p.text, lang) },
      })),
      { ...text(lang, size), x: textX, y: y + 0.08, w: textWidth, h: row - 0.16, valign: 'middle' },
    );
    if (i < findings.length - 1)
      slide.addShape('line', { x: M, y: y + row, w: INNER, h: 0, line: { color: hex(RULE), width: 0.75 } });
  });
  slide.addText(FINDINGS_NOTE[lang], {
    ...text(lang, 11, { color: hex(MUTED_INK) }),
    x: M,
    y: 6.38,
    w: INNER,
    h: 0.45,
  });
  footer(slide, model, lang, 2);
  notes(slide, model, lang, date, t.notes.findings);
}

/** A picture placed as large as the body allows, centred, its proportions kept. */
async function pictureSlide(
  pptx: PptxGenJS,
  scene: Parameters<ScenePng>[0],
  png: ScenePng,
  place: { title: string; read: string; alt: string },
  lang: Lang,
) {
  const slide = pptx.addSlide();
  heading(slide, lang, place.title, place.read);
  const picture = lang === 'en' ? englishOnly(unframed(scene)) : unframed(scene);
  const bytes = await png(picture, PNG_SCALE);
  const height = BODY_BOTTOM - BODY_TOP;
  const scale = Math.min(INNER / picture.width, height / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  slide.addImage({
    data: `image/png;base64,${base64(bytes)}`,
    x: M + (INNER - w) / 2,
    y: BODY_TOP,
    w,
    h,
    altText: place.alt,
  });
  return slide;
}

function tableSlide(pptx: PptxGenJS, table: SlideTable, title: string, lang: Lang) {
  const slide = pptx.addSlide();
  heading(slide, lang, title);
  const total = table.widths.reduce((a, b) => a + b, 0);
  const colW = table.widths.map((w) => (w / total) * INNER);
  const top = BODY_TOP - 0.1;
  const noteHeight = 0.6;
  const room = BODY_BOTTOM - noteHeight - top;
  // One type size for the whole table, the largest at which it leaves room for its note; a row is
  // as tall as its longest cell wraps (names wrap between words, never cut).
  let size = 13;
  let rowH: number[] = [];
  for (; size > 9; size -= 0.5) {
    rowH = [table.heads, ...table.rows].map((row) => {
      const lines = Math.max(1, ...row.map((value, i) => lineCount(value, size, (colW[i] ?? 1) - 0.16)));
      return 0.12 + (lines * size * LINE_HEIGHT) / 72;
    });
    if (rowH.reduce((a, b) => a + b, 0) <= room) break;
  }
  const cell = (value: string, i: number, options: PptxGenJS.TableCellProps) => ({
    text: value,
    options: { align: table.aligns[i] ?? 'left', lang: runLang(value, lang), ...options },
  });
  const head = table.heads.map((h, i) =>
    cell(h, i, { bold: true, fill: { color: hex(BAND) }, valign: 'bottom' }),
  );
  const rows = table.rows.map((row, r) =>
    row.map((value, i) =>
      cell(value, i, {
        valign: 'middle',
        ...(table.marked[r] && table.markColumns.includes(i) ? { color: MARK, bold: true } : {}),
      }),
    ),
  );
  slide.addTable([head, ...rows], {
    x: M,
    y: top,
    w: INNER,
    colW,
    rowH,
    fontFace: SLIDE_FONT,
    fontSize: size,
    color: hex(INK),
    margin: [0.05, 0.08, 0.05, 0.08],
    border: { type: 'solid', pt: 0.75, color: hex(RULE) },
    valign: 'middle',
  });
  const tableBottom = top + rowH.reduce((a, b) => a + b, 0);
  const noteTop = Math.min(tableBottom + 0.15, BODY_BOTTOM - noteHeight);
  const note = fitSize(table.note, { width: INNER, height: BODY_BOTTOM - noteTop }, { max: 11, min: 8 });
  slide.addText(table.note, {
    ...text(lang, note.size, { color: hex(MUTED_INK) }),
    x: M,
    y: noteTop,
    w: INNER,
    h: BODY_BOTTOM - noteTop,
  });
  return slide;
}

/** The matrix's agencies split into slides of at most MATRIX_ROWS, heaviest first. */
function matrixParts(model: NoticeModel): string[][] {
  const ids = topAgencies(model, model.agencies.length);
  const generic = model.agencies.filter((a) => a.generic).map((a) => a.id as string);
  const all = [...ids, ...generic];
  const parts = Math.max(1, Math.ceil(all.length / MATRIX_ROWS));
  const per = Math.ceil(all.length / parts);
  return Array.from({ length: parts }, (_, i) => all.slice(i * per, (i + 1) * per));
}

export async function briefingPptx(model: NoticeModel, options: SlidesOptions): Promise<Uint8Array> {
  const { lang, png } = options;
  const t = T[lang];
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const top = options.topAgencies ?? 10;
  // Tables and findings name agencies as the diagrams do: in English where the lexicon knows them.
  const named = lang === 'en' ? withEnglishAgencyNames(model) : model;

  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${noticeShortName(model)} — ${t.kicker}`;
  pptx.subject = t.kicker;
  pptx.author = 'Fengong Atlas';
  pptx.company = model.notice.issuer ?? '';
  pptx.theme = { headFontFace: SLIDE_FONT, bodyFontFace: SLIDE_FONT };

  titleSlide(pptx, model, lang, date);
  findingsSlide(pptx, model, briefingFindings(named), lang, date);
  let page = 3;

  // The agency–task network in the layered layout with its task key, as in the PDF pack.
  const networks: readonly BriefingNetwork[] = ['tasks', 'coordination'];
  for (const key of networks) {
    const scene = await briefingNetworkScene(model, key, {
      lang,
      date,
      layout: options.layout,
      aspect: INNER / (BODY_BOTTOM - BODY_TOP),
    });
    const title = viewName('graph', lang, NETWORK_SETTINGS[key]);
    const slide = await pictureSlide(pptx, scene, png, { title, read: t.read[key], alt: title }, lang);
    footer(slide, model, lang, page++);
    notes(slide, model, lang, date, t.notes[key]);
  }

  const parts = matrixParts(model);
  for (const [i, rows] of parts.entries()) {
    const scene = diagramScene(model, { view: 'matrix', lang, date, rows });
    const title = `${viewName('matrix', lang)}${parts.length > 1 ? t.part(i + 1, parts.length) : ''}`;
    const slide = await pictureSlide(pptx, scene, png, { title, read: t.read.matrix, alt: title }, lang);
    footer(slide, model, lang, page++);
    notes(slide, model, lang, date, t.notes.matrix);
  }

  const ranking = tableSlide(pptx, rankingTable(named, lang, top), t.ranking, lang);
  footer(ranking, model, lang, page++);
  notes(ranking, model, lang, date, t.notes.ranking);
  const measures = tableSlide(pptx, measuresTable(named, lang, top), t.measures, lang);
  footer(measures, model, lang, page);
  notes(measures, model, lang, date, t.notes.measures);

  const bytes = await pptx.write({ outputType: 'uint8array' });
  return bytes as Uint8Array;
}
