// From the positioned text of PDF pages to the notice's text as the parser reads it: one paragraph a
// line, one table row a line with its cells separated by tabs. A PDF holds glyph runs at positions,
// not paragraphs, so they are rebuilt here: runs on one baseline make a line, lines that run to the
// right margin go on into the next one, ruled grids are tables read cell by cell, and running headers,
// footers and page numbers are dropped. Pure: the same in Node and in workers.
//
// Limits: text is read left to right, top to bottom, in one column (two-column pages interleave);
// vertical or rotated text is left out by the caller; a table without rules keeps a line per visual
// line (cells that wrap are not put back together); a table row broken across a page is rejoined only
// when its continuation has an empty first cell.

/** A run of text at one position, in PDF user space (y grows upwards; y is the baseline). */
export interface TextPiece {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** The font size as drawn (the height of an em). */
  readonly size: number;
}

/** A thin filled rectangle or a stroked straight line: a table's rules, in PDF user space. */
export interface Rule {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface PageText {
  readonly pieces: readonly TextPiece[];
  readonly rules?: readonly Rule[];
}

/** A gap this many ems wide between runs on one baseline separates cells, not words. */
const CELL_GAP = 1.5;
/** A line ending this many ems short of the text block's right edge ends its paragraph. */
const SHORT_END = 1.5;
/** A line starting this many ems right of the block's left edge starts a paragraph. */
const INDENT = 0.9;

const LATIN = /[A-Za-z0-9]/;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

// ——— Lines ———

interface Line {
  readonly text: string;
  /** Runs more than CELL_GAP ems apart: a row of a table drawn without rules when more than one. */
  readonly cells: readonly string[];
  readonly y: number;
  readonly size: number;
  readonly left: number;
  readonly right: number;
}

/** Kangxi radicals (⼀ U+2F00 …) come out of fonts whose ToUnicode maps glyphs to them; they are the
 *  ideographs (一) to every reader. Any whitespace is a space. */
function cleanText(text: string): string {
  return (
    text
      .replace(/[\u2f00-\u2fdf]/g, (c) => c.normalize('NFKC'))
      // eslint-disable-next-line no-control-regex -- control characters are what is being removed
      .replace(/[\u0000-\u0008\u000e-\u001f\u00ad\ufffd]/g, '')
      .replace(/[\s\u3000]/g, ' ')
  );
}

/** Joins two pieces of one line or paragraph: a space only between Latin letters or digits. */
function joinRuns(left: string, right: string, spaced: boolean): string {
  if (left.length === 0) return right;
  const a = left[left.length - 1] as string;
  const b = right[0] ?? '';
  return spaced && LATIN.test(a) && LATIN.test(b) ? `${left} ${right}` : left + right;
}

/** A single space next to a Chinese character is layout (a letter-spaced title, a gap pdf.js took
 *  for a space), not text; wider spaces are kept, as a table set with spaces needs them. */
function tidy(text: string): string {
  return text
    .replace(/ {2,}/g, '  ')
    .replace(
      new RegExp(`(${CJK.source}) (?=${CJK.source}|[A-Za-z0-9])|([A-Za-z0-9]) (?=${CJK.source})`, 'g'),
      '$1$2',
    )
    .trim();
}

/** A run's text without its leading and trailing spaces, and where that text starts and ends
 *  (spaces that indent a line are not where it starts). */
function visible(run: TextPiece): { text: string; x0: number; x1: number } {
  const text = cleanText(run.text);
  const chars = [...text];
  const per = chars.length > 0 ? run.width / chars.length : 0;
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  return { text: text.trim(), x0: run.x + lead * per, x1: run.x + run.width - trail * per };
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Runs on one baseline, within a third of the font size, make a line; sorted left to right. */
function baselineGroups(pieces: readonly TextPiece[]): TextPiece[][] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; size: number; pieces: TextPiece[] }[] = [];
  for (const piece of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(last.y - piece.y) <= 0.35 * Math.min(last.size, piece.size)) last.pieces.push(piece);
    else groups.push({ y: piece.y, size: piece.size, pieces: [piece] });
  }
  return groups.map((g) => g.pieces.sort((a, b) => a.x - b.x));
}

/** One visual line: its runs joined, a space kept only between Latin runs the gap separates, a
 *  cell boundary where the gap is wider than CELL_GAP ems. Bold drawn twice is read once. */
function readLine(runs: readonly TextPiece[]): Line | null {
  const size = median(runs.map((r) => r.size)) || 1;
  const cells: string[] = [];
  let cell = '';
  let left = Infinity;
  let end = -Infinity;
  let previous: { text: string; x0: number } | null = null;
  for (const run of runs) {
    const shown = visible(run);
    if (shown.text.length === 0) continue;
    if (previous && previous.text === shown.text && Math.abs(previous.x0 - shown.x0) < 0.2 * size) continue;
    const gap = shown.x0 - end;
    if (cell.length > 0 && gap > CELL_GAP * size) {
      cells.push(tidy(cell));
      cell = '';
    }
    cell = joinRuns(cell, shown.text, gap > 0.15 * size);
    left = Math.min(left, shown.x0);
    end = Math.max(end, shown.x1);
    previous = shown;
  }
  cells.push(tidy(cell));
  let kept = cells.filter((c) => c.length > 0);
  // Letter-spaced words set with wide gaps (a title 通 知, 附 件) are one word, not cells.
  if (kept.every((c) => [...c].length === 1)) kept = [kept.join('')];
  const first = runs[0];
  if (kept.length === 0 || !first) return null;
  return { text: kept.join('\t'), cells: kept, y: first.y, size, left, right: end };
}

function readLines(pieces: readonly TextPiece[]): Line[] {
  return baselineGroups(pieces)
    .map(readLine)
    .filter((l): l is Line => l !== null);
}

// ——— Ruled tables ———

interface Segment {
  /** The coordinate across the rule (y of a horizontal one, x of a vertical one). */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** Rules as horizontal and vertical segments, pieces of one border merged. */
function segments(rules: readonly Rule[]): { across: Segment[]; down: Segment[] } {
  const across: Segment[] = [];
  const down: Segment[] = [];
  for (const r of rules) {
    const w = r.x1 - r.x0;
    const h = r.y1 - r.y0;
    if (h <= 3 && w >= 4) across.push({ at: (r.y0 + r.y1) / 2, from: r.x0, to: r.x1 });
    else if (w <= 3 && h >= 4) down.push({ at: (r.x0 + r.x1) / 2, from: r.y0, to: r.y1 });
  }
  return { across: mergeSegments(across), down: mergeSegments(down) };
}

function mergeSegments(list: Segment[]): Segment[] {
  const sorted = [...list].sort((a, b) => a.at - b.at || a.from - b.from);
  const merged: Segment[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && Math.abs(last.at - s.at) <= 1 && s.from <= last.to + 2) {
      merged[merged.length - 1] = { at: last.at, from: last.from, to: Math.max(last.to, s.to) };
    } else merged.push(s);
  }
  return merged;
}

interface Grid {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  /** Row boundaries, top to bottom. */
  readonly rows: readonly number[];
  readonly down: readonly Segment[];
}

const TOUCH = 2;

/** Grids: horizontal and vertical rules that cross one another, two or more of each. */
function grids(rules: readonly Rule[]): Grid[] {
  const { across, down } = segments(rules);
  const crosses = (a: Segment, d: Segment) =>
    a.from - TOUCH <= d.at && d.at <= a.to + TOUCH && d.from - TOUCH <= a.at && a.at <= d.to + TOUCH;
  // Union-find over the rules, joined where they cross.
  const parent = [...across, ...down].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  across.forEach((a, i) =>
    down.forEach((d, j) => {
      if (crosses(a, d)) parent[find(i)] = find(across.length + j);
    }),
  );
  const groups = new Map<number, { across: Segment[]; down: Segment[] }>();
  [...across, ...down].forEach((s, i) => {
    const root = find(i);
    const group = groups.get(root) ?? { across: [], down: [] };
    (i < across.length ? group.across : group.down).push(s);
    groups.set(root, group);
  });
  const found: Grid[] = [];
  for (const g of groups.values()) {
    if (g.across.length < 2 || g.down.length < 2) continue;
    const rows = [...new Set(g.across.map((s) => Math.round(s.at * 2) / 2))].sort((a, b) => b - a);
    const merged = rows.filter((y, i) => i === 0 || (rows[i - 1] as number) - y > 1.5);
    found.push({
      x0: Math.min(...g.across.map((s) => s.from)),
      x1: Math.max(...g.across.map((s) => s.to)),
      y0: Math.min(...g.down.map((s) => s.from)),
      y1: Math.max(...g.down.map((s) => s.to)),
      rows: merged,
      down: g.down,
    });
  }
  return found;
}

/** Where a run sits: a point a third of an em above its baseline, a little into its first glyph. */
function anchor(p: TextPiece): { x: number; y: number } {
  return { x: p.x + Math.min(p.width / 2, p.size / 2), y: p.y + p.size * 0.3 };
}

function inside(g: Grid, p: TextPiece): boolean {
  const { x, y } = anchor(p);
  return x >= g.x0 && x <= g.x1 && y >= g.y0 && y <= g.y1;
}

/** The lines of one cell as its text. A line that stops short of where the cell's text ends
 *  (`textRight`) ends a paragraph of the cell; paragraphs are joined as word-xml.ts joins a Word
 *  cell's: short ones without closing punctuation are list entries (`自治区商务厅` / `自治区财政厅`)
 *  joined with 、. */
function cellText(lines: readonly Line[], textRight: number): string {
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    current = joinRuns(current, line.cells.join(''), true);
    if (i === lines.length - 1 || line.right < textRight - SHORT_END * line.size) {
      paragraphs.push(current);
      current = '';
    }
  });
  return paragraphs.reduce((joined, part) => {
    if (joined.length === 0) return part;
    const previous = joined.slice(joined.lastIndexOf('、') + 1);
    const listEntry = previous.length <= 20 && !/[。；;，,、：:！？!?）)】」”]$/.test(previous);
    return joined + (listEntry ? '、' : '') + part;
  }, '');
}

/** The x of the vertical rules that cross a height of the grid: its columns there. */
function edgesAt(grid: Grid, y: number): number[] {
  const crossing = grid.down.filter((d) => d.from <= y && y <= d.to).map((d) => d.at);
  return [...new Set(crossing)].sort((a, b) => a - b);
}

/** A grid's rows, each its cells' texts (an empty string for an empty cell). Columns are the
 *  vertical rules crossing the row, so merged cells keep their place. A cell's text ends the
 *  grid's padding (the least gap between a rule and the text after it) before its right rule. */
function gridRows(grid: Grid, pieces: readonly TextPiece[]): string[][] {
  const rows: { left: number; right: number; lines: Line[] }[][] = [];
  for (let r = 0; r + 1 < grid.rows.length; r++) {
    const top = grid.rows[r] as number;
    const bottom = grid.rows[r + 1] as number;
    const edges = edgesAt(grid, (top + bottom) / 2);
    const inRow = pieces.filter((p) => {
      const { y } = anchor(p);
      return y <= top && y > bottom;
    });
    if (edges.length < 2 || inRow.length === 0) continue;
    rows.push(
      edges.slice(1).map((right, c) => {
        const left = edges[c] as number;
        const inCell = inRow.filter((p) => {
          const { x } = anchor(p);
          return x >= left && x < right;
        });
        return { left, right, lines: readLines(inCell) };
      }),
    );
  }
  const gaps = rows.flat().flatMap((cell) => cell.lines.map((l) => l.left - cell.left));
  const pad = Math.max(0, Math.min(...gaps));
  return rows
    .map((cells) =>
      cells.map((cell) => (cell.lines.length > 0 ? cellText(cell.lines, cell.right - pad) : '')),
    )
    .filter((cells) => cells.some((c) => c.length > 0));
}

/** A table has two columns or more somewhere: a box drawn round a passage is not one. */
function isTable(grid: Grid): boolean {
  return grid.rows
    .slice(1)
    .some((bottom, r) => edgesAt(grid, (bottom + (grid.rows[r] as number)) / 2).length >= 3);
}

// ——— Pages ———

/** What a page holds, top to bottom: lines of text and rows of ruled tables. */
type Block =
  | { readonly kind: 'line'; readonly line: Line }
  | { readonly kind: 'row'; readonly cells: string[]; readonly first: boolean; readonly y: number };

function pageBlocks(page: PageText): Block[] {
  const pieces = page.pieces.filter((p) => p.size > 0 && p.text.trim().length > 0);
  const tables = grids(page.rules ?? []).filter(isTable);
  const free = pieces.filter((p) => !tables.some((g) => inside(g, p)));
  const blocks: Block[] = readLines(free).map((line) => ({ kind: 'line', line }));
  for (const grid of tables) {
    const rows = gridRows(
      grid,
      pieces.filter((p) => inside(grid, p)),
    );
    rows.forEach((cells, i) => blocks.push({ kind: 'row', cells, first: i === 0, y: grid.y1 - i * 1e-3 }));
  }
  const yOf = (b: Block) => (b.kind === 'line' ? b.line.y : b.y);
  return blocks.sort((a, b) => yOf(b) - yOf(a));
}

const PAGE_NUMBER = [
  /^[-－—–―~～·•\s]*\d{1,4}[-－—–―~～·•\s]*$/,
  /^第\s*\d{1,4}\s*页\s*[,，/]?\s*(?:共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，/]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^page\s*\d{1,4}(?:\s*of\s*\d{1,4})?$/i,
];

const furniture = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

/** Drops page numbers and running headers and footers: the first or last two lines of a page that
 *  are a page number, or short lines whose text (numbers aside) recurs at the top or bottom of most
 *  pages. */
function dropFurniture(pages: Block[][]): Block[][] {
  const edges = (blocks: Block[]) => [...blocks.slice(0, 2), ...blocks.slice(-2)];
  const seen = new Map<string, number>();
  for (const blocks of pages) {
    const keys = new Set(edges(blocks).flatMap((b) => (b.kind === 'line' ? [furniture(b.line.text)] : [])));
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const often = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((blocks) => {
    const drop = new Set<Block>();
    const judge = (b: Block | undefined) => {
      if (!b || b.kind !== 'line') return false;
      const text = b.line.text.replace(/\t/g, ' ').trim();
      const recurs = text.length <= 60 && (seen.get(furniture(text)) ?? 0) >= often;
      if (PAGE_NUMBER.some((p) => p.test(text)) || recurs) {
        drop.add(b);
        return true;
      }
      return false;
    };
    // From each end inwards, while lines are furniture (at most two from each end).
    if (judge(blocks[0])) judge(blocks[1]);
    const last = blocks.length - 1;
    if (last > 1 && judge(blocks[last])) judge(blocks[last - 1]);
    return blocks.filter((b) => !drop.has(b));
  });
}

// ——— Paragraphs ———

const NUMBERING =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[)）]|\d{1,3}(?:[、．]|\.(?!\d))|[（(]\d{1,3}[)）]|[①-⑳⑴-⒇⒈-⒛]|第[一二三四五六七八九十百\d]+[章节条部分款项]|附件\s*\d*|附表)/;
const LABEL = /^(?:牵头|配合|责任|主办|协办|参与|负责|主责|完成|时间|进度|联系)[\u4e00-\u9fff]{0,6}[：:]/;

interface Frame {
  readonly left: number;
  readonly right: number;
  /** The usual distance from one baseline to the next. */
  readonly step: number;
}

/** The text block of a page: where its lines start and end, and how far apart they are. A page
 *  with few lines takes the block of all the document's lines. */
function frames(pages: readonly Block[][]): Frame[] {
  const frameOf = (lines: readonly Line[]): Frame => {
    const steps = lines.slice(1).map((l, i) => (lines[i] as Line).y - l.y);
    return {
      left: Math.min(...lines.map((l) => l.left)),
      right: Math.max(...lines.map((l) => l.right)),
      step: median(steps.filter((s) => s > 0)),
    };
  };
  const lines = pages.map((blocks) =>
    blocks.flatMap((b) => (b.kind === 'line' && b.line.cells.length === 1 ? [b.line] : [])),
  );
  const all = lines.flat();
  const pooled = all.length > 0 ? { ...frameOf(all), step: 0 } : { left: 0, right: 0, step: 0 };
  return lines.map((own) => (own.length >= 5 ? frameOf(own) : pooled));
}

interface Placed {
  readonly line: Line;
  readonly frame: Frame;
  readonly page: number;
}

function centred({ line, frame }: Placed): boolean {
  return Math.abs(line.left - frame.left - (frame.right - line.right)) <= line.size;
}

/** Whether `after` goes on the paragraph that `before` is in. A title set larger than the body and
 *  centred goes on over its lines too. */
function continues(before: Placed, after: Placed, bodySize: number): boolean {
  const a = before.line;
  const b = after.line;
  // Rows of a table (cells apart, or set with wide spaces) stand on their own.
  if (a.cells.length > 1 || b.cells.length > 1 || / {2}/.test(a.text) || / {2}/.test(b.text)) return false;
  if (Math.abs(a.size - b.size) > 0.2 * Math.max(a.size, b.size)) return false;
  if (a.right < before.frame.right - SHORT_END * a.size) return false;
  const title = b.size > 1.15 * bodySize && centred(before) && centred(after);
  if (b.left > after.frame.left + INDENT * b.size && !title) return false;
  if (NUMBERING.test(b.text) || LABEL.test(b.text)) return false;
  const sameFrame = before.page === after.page && before.frame.step > 0;
  return !(sameFrame && a.y - b.y > 1.6 * before.frame.step);
}

/** A table row continued on the next page: its first cell (序号) empty. */
function continuesRow(previous: string[] | undefined, row: string[]): boolean {
  return previous !== undefined && row[0] === '' && row.length === previous.length;
}

/** The text of the pages: one paragraph a line, one table row a line with its cells tab-separated. */
export function pagesToText(pages: readonly PageText[]): string {
  const blocks = dropFurniture(pages.map(pageBlocks));
  const pageFrames = frames(blocks);
  const bodySize = median(
    blocks.flatMap((page) => page.flatMap((b) => (b.kind === 'line' ? [b.line.size] : []))),
  );
  const out: string[] = [];
  let paragraph: Placed | null = null;
  let text = '';
  const flush = () => {
    if (paragraph) out.push(text);
    paragraph = null;
    text = '';
  };
  let header: string | null = null;
  /** The last row written while nothing but page furniture has followed it. */
  let lastRow: string[] | undefined;
  /** The rows being read are a table carried over from the page before. */
  let carried = false;
  blocks.forEach((page, p) => {
    page.forEach((block, i) => {
      if (block.kind === 'line') {
        lastRow = undefined;
        const placed: Placed = { line: block.line, frame: pageFrames[p] as Frame, page: p };
        if (paragraph && continues(paragraph, placed, bodySize)) text = joinRuns(text, block.line.text, true);
        else {
          flush();
          text = block.line.text;
        }
        paragraph = placed;
        return;
      }
      flush();
      const joined = block.cells.join('\t');
      if (block.first) {
        carried = i === 0 && lastRow !== undefined;
        if (!carried) header = joined;
        // A table's header row is repeated at the top of each page it runs over.
        else if (joined === header) return;
      }
      if (carried && lastRow && continuesRow(lastRow, block.cells)) {
        const row = lastRow;
        block.cells.forEach((c, k) => (row[k] = joinRuns(row[k] as string, c, true)));
        out[out.length - 1] = row.join('\t');
      } else {
        out.push(joined);
        lastRow = [...block.cells];
      }
      carried = false;
    });
  });
  flush();
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
