// The notice's header: its title, the office that issued it and the date it was published.
import type { NoticeInfo } from './model.ts';

export interface HeaderLine {
  readonly text: string;
  readonly index: number;
}

const TITLE_END =
  /(?:通知|意见|方案|办法|规定|决定|计划|规划|纲要|批复|函|公告|通告|细则|要点|清单|分工|安排|任务|措施|实施意见)$/;
const BANNER =
  /文件$|^[\u4e00-\u9fff]{0,6}[〔[［(（]\d{4}[〕\]］)）]\d+号$|^\d{4}年\d{1,2}月\d{1,2}日$|^[(（]此件/;
const ISSUER_END =
  /(?:人民政府|政府办公厅|政府办公室|办公厅|办公室|委员会|国务院|人民政府办公厅|部|局|厅|委|院|署|行署)$/;
const DATE_LINE = /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$/;
const PUBLISHED = /发布日期\s*[:：]?\s*((?:19|20)\d{2})[-./年](\d{1,2})[-./月](\d{1,2})/;

function isCandidate(line: string): boolean {
  if (line.length === 0 || line.length > 120 || BANNER.test(line)) return false;
  if (/[:：]$/.test(line) || /[。]/.test(line) || /发布日期|来源[:：]/.test(line)) return false;
  return /[\u4e00-\u9fff]/.test(line);
}

/** Only blank lines stand between lines `a` and `b`. */
function adjacent(lines: readonly HeaderLine[], a: HeaderLine, b: HeaderLine): boolean {
  return lines.every((l) => l.index <= a.index || l.index >= b.index || l.text.length === 0);
}

export function readTitle(lines: readonly HeaderLine[]): HeaderLine | null {
  const candidates = lines.filter((l) => isCandidate(l.text));
  for (let i = 0; i < candidates.length; i++) {
    const line = candidates[i] as HeaderLine;
    if (TITLE_END.test(line.text)) return line;
    const next = candidates[i + 1];
    // A long title broken over two lines: neither part is a title alone, together they are.
    const broken =
      next &&
      adjacent(lines, line, next) &&
      TITLE_END.test(next.text) &&
      next.text.length < 40 &&
      !ISSUER_END.test(line.text);
    if (broken) return { text: line.text + next.text, index: line.index };
  }
  return candidates[0] ?? null;
}

function isoDate(year: string, month: string, day: string): string | null {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The `发布日期` line, else the dated signature line (the first in the header, else the last). */
export function readPublished(
  allLines: readonly HeaderLine[],
  headerCount: number,
): { date: string; index: number } | null {
  for (const line of allLines) {
    const m = PUBLISHED.exec(line.text);
    if (m) {
      const date = isoDate(m[1] as string, m[2] as string, m[3] as string);
      if (date) return { date, index: line.index };
    }
  }
  const dated = allLines.filter((l) => DATE_LINE.test(l.text));
  const pick = dated.find((l) => l.index < headerCount) ?? dated[dated.length - 1];
  const m = pick ? DATE_LINE.exec(pick.text) : null;
  const date = m ? isoDate(m[1] as string, m[2] as string, m[3] as string) : null;
  return date && pick ? { date, index: pick.index } : null;
}

/** The issuer: the office before 关于 in the title, else the signature above the date, else 来源. */
export function readIssuer(
  title: string | null,
  allLines: readonly HeaderLine[],
  dateIndex: number | null,
): string | null {
  const before = title ? /^(.{2,30}?)关于/.exec(title)?.[1] : undefined;
  if (before && ISSUER_END.test(before)) return before;
  if (dateIndex !== null) {
    const above = [...allLines].reverse().find((l) => l.index < dateIndex && l.text.length > 0);
    if (above && ISSUER_END.test(above.text) && above.text.length <= 30 && !/[，。、]/.test(above.text))
      return above.text;
  }
  for (const line of allLines) {
    const m = /来源\s*[:：]\s*([\u4e00-\u9fff]{2,30})/.exec(line.text);
    if (m && ISSUER_END.test(m[1] as string)) return m[1] as string;
  }
  return null;
}

export function readHeader(
  lines: readonly HeaderLine[],
  headerCount: number,
  encoding: string,
): { info: Omit<NoticeInfo, 'standing' | 'reader'>; titleLine: number | null } {
  const title = readTitle(lines.slice(0, headerCount));
  const published = readPublished(lines, headerCount);
  const titleText = title?.text.replace(/\s+/g, '') ?? '';
  return {
    info: {
      title: titleText,
      issuer: readIssuer(titleText || null, lines, published?.index ?? null),
      published: published?.date ?? null,
      encoding,
    },
    titleLine: title?.index ?? null,
  };
}
