// Synthetic task-division notices with the ground truth they were built from: deterministic per seed,
// varied in level of government, marker form, numbering, punctuation width and size (≈20–60 KB).
//
// What the truth counts, as a reader of the notice would:
//   sections  the 一、 headings;
//   tasks     the （一） headings, or the `1.` paragraphs when a section has no （一） level;
//   items     one per responsibility marker, with the roles a reader takes from it (full names,
//             region prefixes restored). An item's title is its short heading (`拓展国际金融业务`,
//             `3.羊城企业家培养项目`), null when the item is the task's own paragraph.
import { chineseNumeral } from '../../src/export/data/heading-labels.ts';
import { agencyPool, drawJurisdiction, type AgencyPool, type SynthAgency } from './agency-pool.ts';
import { drawRoles, MARKER_STYLES, renderMarker, type MarkerStyle } from './markers.ts';
import { writeFrame, type NoticeFrame } from './notice-frame.ts';
import { mulberry32, Random } from './prng.ts';
import { headingPhrase, prose } from './prose.ts';

export type Layout = 'paragraph' | 'numbered' | 'flat';

export interface TruthItem {
  readonly section: number;
  readonly task: number;
  readonly title: string | null;
  readonly leads: readonly string[];
  readonly cooperators: readonly string[];
  readonly responsible: readonly string[];
  readonly deadline: string | null;
}

export interface NoticeTruth {
  readonly seed: number;
  readonly style: MarkerStyle;
  readonly layout: Layout;
  readonly halfWidth: boolean;
  readonly title: string;
  readonly issuer: string;
  readonly published: string;
  readonly sections: number;
  readonly tasks: number;
  readonly items: readonly TruthItem[];
  /** Names of collective actors (各盟市, 各区、县级市 …) that appear in the items. */
  readonly genericNames: readonly string[];
}

export interface SyntheticNotice {
  readonly text: string;
  readonly truth: NoticeTruth;
}

/** Which body layouts each marker form is found with in real notices. */
const LAYOUTS: Readonly<Record<MarkerStyle, readonly Layout[]>> = {
  'lead-cooperate': ['paragraph', 'paragraph', 'numbered'],
  labelled: ['numbered', 'paragraph'],
  'label-lines': ['flat', 'numbered'],
  'first-listed': ['flat', 'paragraph'],
  responsibility: ['flat', 'paragraph'],
};

interface Writer {
  readonly random: Random;
  readonly pool: AgencyPool;
  readonly style: MarkerStyle;
  readonly year: number;
  readonly indent: string;
  readonly lines: string[];
  readonly items: TruthItem[];
  readonly headings: Set<string>;
  /** Whether （一） / 1. task numbers start again in each section. */
  readonly restartTasks: boolean;
  section: number;
  /** Tasks written so far. */
  tasks: number;
  /** The current task's number as written. */
  task: number;
  /** Running number of `1.`-numbered paragraphs (items or tasks), for notices numbering across. */
  counter: number;
}

const names = (agencies: readonly SynthAgency[]) => agencies.map((a) => a.name);

/** Writes one item: its paragraph, the marker, and what a reader takes from it. */
function writeItem(w: Writer, head: string, title: string | null, minSentences: number): void {
  const roles = drawRoles({ ...w, first: w.items.length === 0 });
  const marker = renderMarker(roles, { ...w, first: w.items.length === 0 });
  w.lines.push(`${w.indent}${head}${prose(w.random, minSentences, minSentences + 4)}${marker.inline}`);
  w.lines.push(...marker.lines);
  w.items.push({
    section: w.section,
    task: w.task,
    title,
    leads: names(roles.leads),
    cooperators: names(roles.cooperators),
    responsible: names(roles.responsible),
    deadline: roles.deadline,
  });
}

function paragraphTask(w: Writer): void {
  const title = headingPhrase(w.random, w.headings);
  const subItems = w.random.int(0, 3);
  const head = `（${chineseNumeral(w.task)}）${title}。`;
  if (subItems === 0 || w.random.chance(0.6)) writeItem(w, head, null, 2);
  else w.lines.push(`${w.indent}${head}${prose(w.random, 1, 3)}`);
  for (let i = 0; i < subItems; i++) {
    const itemTitle = headingPhrase(w.random, w.headings);
    writeItem(w, `${itemTitle}。`, itemTitle, 2);
  }
}

function numberedTask(w: Writer, restart: boolean, bracketed: boolean): void {
  const title = headingPhrase(w.random, w.headings);
  w.lines.push(
    `${w.indent}（${chineseNumeral(w.task)}）${title}。${prose(w.random, 1, 2)}实施如下重点项目：`,
  );
  if (restart) w.counter = 0;
  const count = w.random.int(2, 6);
  for (let i = 0; i < count; i++) {
    w.counter += 1;
    const itemTitle = headingPhrase(w.random, w.headings);
    const number = bracketed ? `（${w.counter}）` : `${w.counter}.`;
    writeItem(w, `${number}${itemTitle}。`, itemTitle, 2);
  }
}

function flatTask(w: Writer, arabic: boolean): void {
  const title = headingPhrase(w.random, w.headings);
  const number = arabic ? `${w.task}.` : `（${chineseNumeral(w.task)}）`;
  writeItem(w, `${number}${title}。`, null, w.style === 'label-lines' ? 1 : 3);
}

/** Sections are added until the body reaches a size drawn per notice, so the corpus spans the
 *  genre's usual 20–60 KB whatever the layout; 3–12 sections, as real notices have. */
function writeBody(w: Writer, layout: Layout): void {
  // Characters, not bytes: the text is almost all CJK, three UTF-8 bytes each.
  const budget = w.random.int(18_000, 55_000) / 3;
  const restart = w.random.chance(0.5);
  const bracketed = w.random.chance(0.3);
  // Flat notices with label lines number their tasks 1. 2. … (lishan); others use （一）.
  const arabic = w.style === 'label-lines' || w.random.chance(0.3);
  let written = 0;
  while (w.section < 3 || (w.section < 12 && written < budget)) {
    const before = w.lines.length;
    w.section += 1;
    w.lines.push(`${w.indent}${chineseNumeral(w.section)}、${headingPhrase(w.random, w.headings)}`);
    const tasks = layout === 'flat' ? w.random.int(3, 8) : w.random.int(layout === 'numbered' ? 1 : 2, 5);
    if (w.restartTasks) w.task = 0;
    for (let t = 0; t < tasks; t++) {
      w.tasks += 1;
      w.task += 1;
      if (layout === 'paragraph') paragraphTask(w);
      else if (layout === 'numbered') numberedTask(w, restart, bracketed);
      else flatTask(w, arabic);
    }
    for (const line of w.lines.slice(before)) written += line.length;
  }
}

/** The punctuation half-width notices use (lishan, sichuan): 、 and 。 stay full-width. */
const HALF_WIDTH: Readonly<Record<string, string>> = {
  '（': '(',
  '）': ')',
  '：': ':',
  '，': ',',
  '；': ';',
};
const toHalfWidth = (text: string) => text.replace(/[（）：，；]/g, (ch) => HALF_WIDTH[ch] ?? ch);

function drawStyle(
  random: Random,
  central: boolean,
): { style: MarkerStyle; layout: Layout; halfWidth: boolean } {
  const style = central && random.chance(0.5) ? 'first-listed' : random.pick(MARKER_STYLES);
  const layout = random.pick(LAYOUTS[style]);
  const halfWidth = random.chance(style === 'label-lines' || style === 'responsibility' ? 0.5 : 0.15);
  return { style, layout, halfWidth };
}

/** The truth in the notice's punctuation width, so names like 各市(州)人民政府 match the text. */
function truthOf(
  w: Writer,
  frame: NoticeFrame,
  base: Omit<NoticeTruth, 'title' | 'issuer' | 'published' | 'sections' | 'tasks' | 'items' | 'genericNames'>,
): NoticeTruth {
  const width = base.halfWidth ? toHalfWidth : (value: string) => value;
  const items = w.items.map((item) => ({
    ...item,
    leads: item.leads.map(width),
    cooperators: item.cooperators.map(width),
    responsible: item.responsible.map(width),
  }));
  const generics = new Set(w.pool.generics.map((g) => width(g.name)));
  const used = items.flatMap((i) => [...i.cooperators, ...i.responsible]);
  return {
    ...base,
    title: width(frame.title),
    issuer: frame.issuer,
    published: frame.published,
    sections: w.section,
    tasks: w.tasks,
    items,
    genericNames: [...new Set(used.filter((name) => generics.has(name)))],
  };
}

export function generateNoticeWithTruth(seed: number): SyntheticNotice {
  const random = new Random(seed);
  const jurisdiction = drawJurisdiction(random);
  const { style, layout, halfWidth } = drawStyle(random, jurisdiction.level === 'central');
  const indent = halfWidth || random.chance(0.3) ? '' : '\u3000\u3000';
  const frame = writeFrame(random, jurisdiction, indent);
  const w: Writer = {
    ...{ random, style, indent, year: frame.year, pool: agencyPool(jurisdiction) },
    ...{ lines: [], items: [], headings: new Set(), restartTasks: random.chance(0.4) },
    ...{ section: 0, tasks: 0, task: 0, counter: 0 },
  };
  writeBody(w, layout);
  // Label-line notices are usually spaced out (lishan); CRLF comes from files saved on Windows.
  const separator = random.chance(style === 'label-lines' ? 0.7 : 0.2) ? '\n\n' : '\n';
  const newline = random.chance(0.1) ? '\r\n' : '\n';
  const text = `${[...frame.headLines, ...w.lines].join(separator)}\n`.replace(/\n/g, newline);
  return {
    text: halfWidth ? toHalfWidth(text) : text,
    truth: truthOf(w, frame, { seed, style, layout, halfWidth }),
  };
}

export function generateNotice(seed: number): string {
  return generateNoticeWithTruth(seed).text;
}

/** `count` notices; each one's seed is drawn from `seed`, so any notice can be regenerated alone. */
export function noticeSeeds(count: number, seed: number): number[] {
  const next = mulberry32(seed);
  return Array.from({ length: count }, () => Math.floor(next() * 4294967296));
}

export function generateCorpus(count: number, seed: number): string[] {
  return noticeSeeds(count, seed).map(generateNotice);
}
