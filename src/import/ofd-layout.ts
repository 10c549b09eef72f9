// From glyphs placed on pages back to the paragraphs a notice was typeset from. Pure: positions in,
// text out. A fixed-layout file knows only where each glyph stands, so the reading order and the
// paragraphs are inferred the way a reader sees them:
//   lines     glyphs on one baseline (within a tolerance of their size), left to right, pages top
//             to bottom; a gap of 1.5 characters or more is a cell boundary (a tab), as in a table;
//   furniture page numbers, and headers or footers repeated in the top or bottom band of pages,
//             are dropped;
//   paragraphs a line continues the one above unless that one ends well short of the right margin,
//             this one is indented, starts with numbering (一、 （一） 1.) or a label (牵头单位：),
//             changes size, or stands apart; a paragraph may run on across a page break. Chinese
//             lines are joined without a space.

export interface Glyph {
  readonly text: string;
  /** Left edge and baseline, in millimetres from the page's top left corner. */
  readonly x: number;
  readonly y: number;
  /** Font size (em height) in millimetres. */
  readonly size: number;
}

export interface LaidPage {
  readonly width: number;
  readonly height: number;
  readonly glyphs: readonly Glyph[];
}

interface Line {
  readonly page: number;
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly y: number;
  readonly size: number;
  readonly isRow: boolean;
}

/** Full-width characters take a whole em; Latin letters, digits and ASCII punctuation about half. */
export function glyphWidth(text: string, size: number): number {
  const code = text.codePointAt(0) ?? 0;
  return code < 0x2e80 && !(code >= 0x2014 && code <= 0x201d) ? size * 0.5 : size;
}

const CELL_GAP = 1.5; // ems of empty space that separate table cells
const SHORT_LINE = 2; // ems short of the right margin that end a paragraph
const INDENT = 1; // ems right of the left margin that start one

const NUMBERED =
  /^(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百]+[）)]|\d{1,3}[.．、](?!\d)|[（(]\d{1,3}[）)]|[①-⑳]|第[一二三四五六七八九十百\d]+[章节条部分])/;
const LABEL = /^(?:牵头|配合|责任|主办|协办|参与|协同|分管|完成)[\u4e00-\u9fff]{0,6}[：:]/;
const PAGE_NUMBER =
  /^[-—－–―\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*(?:共\s*)?\d{1,4}\s*页?)?[-—－–―\s]*$/;

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Glyphs that can be placed: finite positions, a size, something drawn. */
function drawn(glyphs: readonly Glyph[]): Glyph[] {
  return glyphs.filter(
    (g) => Number.isFinite(g.x) && Number.isFinite(g.y) && g.size > 0 && g.text.trim().length > 0,
  );
}

function isLatin(char: string): boolean {
  return /[A-Za-z0-9]/.test(char);
}

/** The same glyph drawn twice at one place (a fake bold, a stroke over a fill) counts once. */
function distinct(sorted: readonly Glyph[]): Glyph[] {
  return sorted.filter((g, i) => {
    const previous = sorted[i - 1];
    return !previous || previous.text !== g.text || g.x - previous.x > g.size / 4;
  });
}

function lineOf(page: number, unsorted: Glyph[]): Line {
  const glyphs = distinct(unsorted.sort((a, b) => a.x - b.x));
  const size = median(glyphs.map((g) => g.size));
  let text = '';
  let right = -Infinity;
  let isRow = false;
  for (const glyph of glyphs) {
    const gap = glyph.x - right;
    const previous = text.at(-1) ?? '';
    if (text.length > 0 && gap >= CELL_GAP * size) {
      text += '\t';
      isRow = true;
    } else if (text.length > 0 && gap >= 0.25 * size && isLatin(previous) && isLatin(glyph.text)) text += ' ';
    text += glyph.text;
    right = Math.max(right, glyph.x + glyphWidth(glyph.text, glyph.size));
  }
  const first = glyphs[0] as Glyph;
  return { page, text, left: first.x, right, y: median(glyphs.map((g) => g.y)), size, isRow };
}

/** Glyphs grouped by baseline: sorted top to bottom, a glyph joins the line while its baseline is
 *  within a third of its size of the line's first one. */
function pageLines(page: number, glyphs: readonly Glyph[]): Line[] {
  const sorted = drawn(glyphs).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Line[] = [];
  let current: Glyph[] = [];
  let top = 0;
  for (const glyph of sorted) {
    if (current.length > 0 && glyph.y - top > glyph.size / 3) {
      lines.push(lineOf(page, current));
      current = [];
    }
    if (current.length === 0) top = glyph.y;
    current.push(glyph);
  }
  if (current.length > 0) lines.push(lineOf(page, current));
  return lines;
}

/** A line's text with digits folded, so `第 3 页` and `第 4 页` or dated headers compare equal. */
function furnitureKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/** Page numbers and running headers or footers: lines in the top or bottom eighth of a page that
 *  are a bare number, or whose text recurs in that band on other pages. */
function dropFurniture(pages: readonly LaidPage[], lines: readonly Line[][]): Line[][] {
  const band = (line: Line): 'top' | 'bottom' | null => {
    const height = pages[line.page]?.height ?? 297;
    if (line.y < height / 8) return 'top';
    if (line.y > (height * 7) / 8) return 'bottom';
    return null;
  };
  const seen = new Map<string, Set<number>>();
  for (const line of lines.flat()) {
    const where = band(line);
    if (!where) continue;
    const key = `${where}|${furnitureKey(line.text)}`;
    const pagesWith = seen.get(key) ?? new Set<number>();
    pagesWith.add(line.page);
    seen.set(key, pagesWith);
  }
  return lines.map((pageLines) =>
    pageLines.filter((line) => {
      const where = band(line);
      if (!where) return true;
      if (PAGE_NUMBER.test(line.text)) return false;
      return (seen.get(`${where}|${furnitureKey(line.text)}`)?.size ?? 0) < 2;
    }),
  );
}

interface Margins {
  readonly left: number;
  readonly right: number;
  readonly bodySize: number;
  /** Usual distance between baselines of one paragraph. */
  readonly pitch: number;
}

/** The most common edge, rounded to a millimetre, among those reached by enough lines. */
function commonEdge(edges: readonly number[], pick: 'least' | 'most'): number {
  const counts = new Map<number, number>();
  for (const edge of edges) counts.set(Math.round(edge), (counts.get(Math.round(edge)) ?? 0) + 1);
  const enough = Math.max(2, Math.ceil(edges.length * 0.05));
  const frequent = [...counts].filter(([, n]) => n >= enough).map(([edge]) => edge);
  const pool = frequent.length > 0 ? frequent : [...counts.keys()];
  return pick === 'least' ? Math.min(...pool) - 0.5 : Math.max(...pool) + 0.5;
}

function marginsOf(lines: readonly Line[]): Margins {
  const prose = lines.filter((l) => !l.isRow);
  const body = prose.length > 0 ? prose : lines;
  const bodySize = median(body.map((l) => l.size));
  const pitches: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const [a, b] = [body[i - 1] as Line, body[i] as Line];
    if (a.page === b.page && Math.abs(a.size - b.size) < 0.1 * bodySize) pitches.push(b.y - a.y);
  }
  return {
    left: commonEdge(
      body.map((l) => l.left),
      'least',
    ),
    right: commonEdge(
      body.map((l) => l.right),
      'most',
    ),
    bodySize,
    pitch: median(pitches) || bodySize * 1.8,
  };
}

function isCentred(line: Line, margins: Margins): boolean {
  const before = line.left - margins.left;
  const after = margins.right - line.right;
  return Math.abs(before - after) < 2 * line.size;
}

/** Whether `next` starts a new paragraph rather than continuing `line`. */
function startsParagraph(line: Line, next: Line, margins: Margins): boolean {
  if (line.isRow || next.isRow) return true;
  const size = Math.max(line.size, next.size);
  if (Math.abs(line.size - next.size) > 0.15 * size) return true;
  // A title wrapped over lines of its own large size is one paragraph.
  if (line.size > margins.bodySize * 1.15 && isCentred(next, margins))
    return line.page !== next.page || next.y - line.y > 1.8 * line.size;
  if (line.page === next.page && next.y - line.y > 1.6 * Math.max(margins.pitch, size)) return true;
  if (line.right < margins.right - SHORT_LINE * line.size) return true;
  if (next.left > margins.left + INDENT * next.size) return true;
  return NUMBERED.test(next.text) || LABEL.test(next.text);
}

function joinLines(text: string, next: string): string {
  const space = isLatin(text.at(-1) ?? '') && /^[A-Za-z]/.test(next) ? ' ' : '';
  return text + space + next;
}

/** The text of laid-out pages: one paragraph a line, table rows as tab-separated cells. */
export function pagesText(pages: readonly LaidPage[]): string {
  const lines = dropFurniture(
    pages,
    pages.map((page, i) => pageLines(i, page.glyphs)),
  ).flat();
  if (lines.length === 0) return '';
  const margins = marginsOf(lines);
  const paragraphs: string[] = [];
  let text = (lines[0] as Line).text;
  for (let i = 1; i < lines.length; i++) {
    const [line, next] = [lines[i - 1] as Line, lines[i] as Line];
    if (startsParagraph(line, next, margins)) {
      paragraphs.push(text);
      text = next.text;
    } else text = joinLines(text, next.text);
  }
  paragraphs.push(text);
  return paragraphs.join('\n') + '\n';
}
