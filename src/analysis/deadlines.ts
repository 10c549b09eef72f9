// Deadlines read into time. A marker's or a table's time clause (`2025年底前`, `2024年6月底前完成`,
// `"十四五"期间`, `长期坚持`) is read into end dates — the last day the words allow, with the first day
// when they name a span — and, apart from the dates, the kinds of deadline that have no date
// (`持续推进`, `每年`, `定期`). Words tied to the notice's year (`年内`, `上半年`, `9月底前`) are read
// against the year of the notice's header date, or a year its title states, and say which. Nothing is
// guessed: a phrase with neither a date nor a known kind keeps its text as `unread`, and the words
// left over beside what was read are kept too.
import type { Item, ItemId, NoticeInfo, NoticeModel } from '../notice/model.ts';
import { readChineseNumeral } from '../notice/numerals.ts';

/** Deadlines with no date: they are shown apart from the time axis, grouped by kind. */
export type RelativeKind = 'long-term' | 'continuing' | 'yearly' | 'periodic';
export type DeadlineKind = 'dated' | RelativeKind | 'unread';
export const RELATIVE_KINDS: readonly RelativeKind[] = ['long-term', 'continuing', 'yearly', 'periodic'];

export interface DueDate {
  /** The last day the words allow, `YYYY-MM-DD`. */
  readonly end: string;
  /** The first day, when the words name a span (`2024—2025年`, `第三季度`, `上半年`); else null. */
  readonly start: string | null;
  /** The words that gave the date, as written. */
  readonly said: string;
}

export interface DeadlineReading {
  /** The phrase as the notice writes it. */
  readonly text: string;
  /** `dated` when a date was read; else the first relative kind read; else `unread`. */
  readonly kind: DeadlineKind;
  readonly dates: readonly DueDate[];
  /** The relative kinds the phrase states, beside or instead of dates (`年内持续推进`: continuing). */
  readonly relative: readonly RelativeKind[];
  /** `2025年起`: the day from which a continuing duty runs (not a due date). */
  readonly since: string | null;
  /** Where the year came from for words tied to the notice's year, when such words were read. */
  readonly yearFrom: NoticeYear['from'] | null;
  /** Words neither read nor known as filler (`力争`, `完成`): empty when the phrase was read whole. */
  readonly unreadWords: string;
}

export interface NoticeYear {
  readonly year: number;
  readonly from: 'published' | 'title';
}

/** The year relative words are read against: the header date's, else the one year a title states. */
export function noticeYear(info: Pick<NoticeInfo, 'published' | 'title'>): NoticeYear | null {
  const published = /^(\d{4})-/.exec(info.published ?? '');
  if (published) return { year: Number(published[1]), from: 'published' };
  const years = new Set(
    [...normalise(info.title ?? '').matchAll(/(?:19|20)\d{2}(?=\s*[年—])/g)].map((m) => m[0]),
  );
  // `2023—2025年` or two years: no one year of the notice.
  if (years.size === 1) return { year: Number([...years][0]), from: 'title' };
  return null;
}

/** Full-width digits, Chinese years (`二〇二五年`), months and days (`十二月`, `十五日`) as ASCII digits;
 *  every dash and tilde as `—`. Lengths change, which is fine: offsets are not kept. */
function normalise(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (y) => String(readChineseNumeral(y) ?? y))
    .replace(/([一二三]?十?[一二三四五六七八九]?)(?=[月日号])/g, (n) => {
      const value = n ? readChineseNumeral(n) : null;
      return value === null ? n : String(value);
    })
    .replace(/[–－~～-]|—+/g, '—');
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const validYear = (y: number) => y >= 1949 && y <= 2100;

interface Span {
  readonly start: string | null;
  readonly end: string;
}

/** The ordinal of a five-year plan (`十四五` → 14) as its years: the third plan ran 1966–1970. */
function planYears(name: string): Span | null {
  const n = readChineseNumeral(name);
  if (n === null || n < 3 || n > 20) return null;
  const first = 1966 + 5 * (n - 3);
  return { start: iso(first, 1, 1), end: iso(first + 4, 12, 31) };
}

/** The part of a year the words name: `底` the whole year, `上半年` its first half, `第三季度`… */
function yearPart(y: number, part: string): Span | null {
  const quarter = /^第?([1-4一二三四])季度/.exec(part);
  if (quarter) {
    const q = readChineseNumeral(quarter[1] as string) ?? Number(quarter[1]);
    return { start: iso(y, q * 3 - 2, 1), end: iso(y, q * 3, lastDay(y, q * 3)) };
  }
  if (part === '上半年') return { start: iso(y, 1, 1), end: iso(y, 6, 30) };
  if (part === '下半年') return { start: iso(y, 7, 1), end: iso(y, 12, 31) };
  if (part === '年中') return { start: null, end: iso(y, 6, 30) };
  if (part === '全年' || part === '年度' || part === '') return { start: iso(y, 1, 1), end: iso(y, 12, 31) };
  // 年底, 年末, 底, 末, 年内, 内: by the year's end.
  return { start: null, end: iso(y, 12, 31) };
}

/** A month, and perhaps its day or part: `6月` and `6月底` its last day, `中旬` the 20th, `上旬` the 10th. */
function monthPart(y: number, m: number, day: string | undefined, part: string | undefined): Span | null {
  if (m < 1 || m > 12) return null;
  if (day) {
    const d = Number(day);
    return d >= 1 && d <= lastDay(y, m) ? { start: null, end: iso(y, m, d) } : null;
  }
  if (part === '上旬' || part === '初') return { start: iso(y, m, 1), end: iso(y, m, 10) };
  if (part === '中旬' || part === '中') return { start: iso(y, m, 11), end: iso(y, m, 20) };
  if (part === '下旬') return { start: iso(y, m, 21), end: iso(y, m, lastDay(y, m)) };
  return { start: part ? null : iso(y, m, 1), end: iso(y, m, lastDay(y, m)) };
}

const YEAR_PART = '上半年|下半年|全年|年底|年末|年中|年内|年度|第?[1-4一二三四]季度(?:末|底)?|底|末|内';
const MONTH = '(\\d{1,2})月(?:(\\d{1,2})[日号]|(上旬|中旬|下旬|底|末|初|中))?';

/** One date: a plan period, a year with what follows it, a relative year, or a month of the year in
 *  force. The groups: plan; year, its month/day/part or year part; relative year word, month or part;
 *  bare month/day/part, or bare year part. */
const ATOM = new RegExp(
  [
    `[“"'‘]?(十[一二三四五六七八九]?|[三四五六七八九])五[”"'’]?(?:规划)?(?:期间|时期|末|内)`,
    `[“"'‘](十[一二三四五六七八九]?|[三四五六七八九])五[”"'’]`,
    `((?:19|20)\\d{2})(?:年(?:${MONTH}|(${YEAR_PART}))?|(?=\\s*—\\s*(?:19|20)\\d{2}年))`,
    `(今年|本年度?|当年|明年|次年)(?:${MONTH}|(${YEAR_PART}))?`,
    `(?<![\\d年])${MONTH}`,
    `(?<![\\d年每逐按])(上半年|下半年|全年|年底|年末|年中|年内|第[1-4一二三四]季度(?:末|底)?|[1-4一二三四]季度(?:末|底)?)`,
  ].join('|'),
  'g',
);

const RELATIVE_WORDS: readonly [RelativeKind, RegExp][] = [
  ['long-term', /长期|常态化|长效/],
  ['continuing', /持续|逐步|稳步|不断|有序推进|久久为功/],
  ['yearly', /每年|逐年|按年度?|年年|每一年/],
  ['periodic', /定期|每季度?|每半年|按季度?|每月|按月|每周|按周|适时/],
];

/** Words that carry no date of their own: what is left after them and the dates is `unreadWords`. */
const FILLER =
  /前|以前|之前|以内|内|止|截至|截止|到|至|于|在|起|开始|以后|以来|完成|建成|启动|实现|到位|实施|推进|开展|坚持|落实|基本|全面|初步|力争|确保|争取|底|末|并|和|及|、|，|,|；|;|。|：|:|\s|[（）()“”"'‘’]/g;

interface Atom {
  readonly span: Span;
  readonly said: string;
  readonly at: number;
  readonly end: number;
  /** Read against the notice's year. */
  readonly relative: boolean;
  /** A year named outright, which month-only words after it belong to. */
  readonly year: number | null;
}

interface AtomContext {
  /** The year in force: the last one the phrase named, else the notice's. */
  readonly year: number | null;
  readonly noticeYear: number | null;
}

function atomSpan(m: RegExpExecArray, c: AtomContext): Omit<Atom, 'said' | 'at' | 'end'> | null {
  const g = m.slice(1);
  const plan = g[0] ?? g[1];
  if (plan) {
    const span = planYears(plan);
    if (!span) return null;
    // `十四五末`: its last year's end, not the whole plan.
    return { span: m[0].endsWith('末') ? { start: null, end: span.end } : span, relative: false, year: null };
  }
  if (g[2]) {
    const y = Number(g[2]);
    if (!validYear(y)) return null;
    const span = g[3] ? monthPart(y, Number(g[3]), g[4], g[5]) : yearPart(y, g[6] ?? '');
    return span ? { span, relative: false, year: y } : null;
  }
  if (g[7]) {
    if (c.noticeYear === null) return null;
    const y = c.noticeYear + (/明年|次年/.test(g[7]) ? 1 : 0);
    const span = g[8] ? monthPart(y, Number(g[8]), g[9], g[10]) : yearPart(y, g[11] ?? '');
    return span ? { span, relative: true, year: y } : null;
  }
  const y = c.year ?? c.noticeYear;
  if (y === null) return null;
  const relative = c.year === null;
  if (g[12]) {
    const span = monthPart(y, Number(g[12]), g[13], g[14]);
    return span ? { span, relative, year: null } : null;
  }
  const span = g[15] ? yearPart(y, g[15]) : null;
  return span ? { span, relative, year: null } : null;
}

function readAtoms(text: string, noticeYearValue: number | null): Atom[] {
  const atoms: Atom[] = [];
  let year: number | null = null;
  for (const m of text.matchAll(ATOM)) {
    const read = atomSpan(m, { year, noticeYear: noticeYearValue });
    if (!read) continue;
    if (read.year !== null && !read.relative) year = read.year;
    atoms.push({ ...read, said: m[0], at: m.index, end: m.index + m[0].length });
  }
  return atoms;
}

/** Dates joined by a dash, 至 or 到 (`2024—2025年`, `2023年6月至2024年底`) are one span. */
function joinRanges(text: string, atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  for (const atom of atoms) {
    const last = out[out.length - 1];
    const between = last ? text.slice(last.end, atom.at) : '';
    if (last && /^\s*(?:—|至|到)\s*$/.test(between) && last.span.end < atom.span.end) {
      out[out.length - 1] = {
        ...atom,
        span: { start: last.span.start ?? firstDayOf(last.span.end, last.said), end: atom.span.end },
        said: text.slice(last.at, atom.end),
        at: last.at,
        relative: last.relative || atom.relative,
      };
    } else out.push(atom);
  }
  return out;
}

/** Where a span named by its end (`2023年`, `6月底`) begins, when it opens a range. */
function firstDayOf(end: string, said: string): string {
  if (/\d{4}年?$/.test(said)) return `${end.slice(0, 4)}-01-01`;
  return /月/.test(said) ? `${end.slice(0, 7)}-01` : end;
}

/** Read one deadline phrase. `year` is the notice's (see noticeYear); without it, words tied to the
 *  notice's year stay unread. */
export function readDeadline(text: string, year: NoticeYear | null = null): DeadlineReading {
  const work = normalise(text);
  const atoms = joinRanges(work, readAtoms(work, year?.year ?? null));
  const sinceAtom = atoms.find((a) => /^\s*(?:起|开始|以来|以后)/.test(work.slice(a.end)));
  const dated = atoms.filter((a) => a !== sinceAtom);
  const dates: DueDate[] = [];
  for (const a of dated) {
    if (!dates.some((d) => d.end === a.span.end && d.start === a.span.start))
      dates.push({ end: a.span.end, start: a.span.start, said: a.said });
  }
  let rest = work;
  for (const a of [...atoms].reverse()) rest = rest.slice(0, a.at) + ' ' + rest.slice(a.end);
  const relative = RELATIVE_WORDS.filter(([, words]) => words.test(rest)).map(([kind]) => kind);
  // `2025年起`: a duty that runs on from a day is a continuing one.
  if (sinceAtom && relative.length === 0) relative.push('continuing');
  for (const [, words] of RELATIVE_WORDS) rest = rest.replace(new RegExp(words.source, 'g'), ' ');
  const unreadWords = rest.replace(FILLER, '');
  const kind: DeadlineKind = dates.length > 0 ? 'dated' : (relative[0] ?? 'unread');
  const relativeRead = atoms.some((a) => a.relative);
  return {
    text,
    kind,
    dates,
    relative,
    since: sinceAtom ? (sinceAtom.span.start ?? sinceAtom.span.end) : null,
    yearFrom: relativeRead && year ? year.from : null,
    unreadWords: kind === 'unread' ? text.trim() : unreadWords,
  };
}

/** The day an item falls due: the earliest end among its dates (null without one). */
export function dueDate(reading: DeadlineReading): string | null {
  let first: string | null = null;
  for (const d of reading.dates) if (first === null || d.end < first) first = d.end;
  return first;
}

/** Past due on `asOf` (`YYYY-MM-DD`): its end came before that day. */
export function isPastDue(date: DueDate, asOf: string): boolean {
  return date.end < asOf;
}

export interface ItemDeadline {
  readonly item: Item;
  readonly reading: DeadlineReading;
  /** The earliest due date (null when the deadline has no date). */
  readonly due: string | null;
}

/** A notice's place in a model of several: its header, and where its text lies. */
export interface NoticeStretch {
  readonly notice: Pick<NoticeInfo, 'published' | 'title'>;
  readonly textStart: number;
  readonly textEnd: number;
}

/** Every item that states a deadline, read against its own notice's year (in a workspace of several
 *  notices, the notice whose text holds the item). */
export function itemDeadlines(model: NoticeModel, parts: readonly NoticeStretch[] = []): ItemDeadline[] {
  const own = noticeYear(model.notice);
  const years = parts.map((p) => ({ part: p, year: noticeYear(p.notice) }));
  const yearOf = (item: Item) =>
    years.find(({ part }) => item.start >= part.textStart && item.start < part.textEnd)?.year ?? own;
  const out: ItemDeadline[] = [];
  for (const item of model.items) {
    if (!item.deadline?.trim()) continue;
    const reading = readDeadline(item.deadline, yearOf(item));
    out.push({ item, reading, due: dueDate(reading) });
  }
  return out;
}

/** The items due on or before `date`: those with a date that falls by then. Deadlines without a date
 *  (`长期坚持`, `每年`) never count as due. */
export function itemsDueBy(deadlines: readonly ItemDeadline[], date: string): Set<ItemId> {
  return new Set(deadlines.filter((d) => d.due !== null && d.due <= date).map((d) => d.item.id));
}

/** A date the address or a date input gives, checked: `YYYY-MM-DD` of a real day, else null. */
export function readIsoDate(text: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validYear(y) && mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo) ? iso(y, mo, d) : null;
}
