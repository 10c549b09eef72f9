// A task table read from a spreadsheet's cells, written as the text the parser reads: group rows
// (`一、扩大有效投资`) as heading lines; each data row a line of tab-separated cells under a header
// line naming the columns (序号 | 任务 | 牵头单位 | 配合单位 | 完成时限), repeated after every heading
// because a heading line ends a flattened table for the parser (src/notice/table-rows.ts). Pure.
//   header   found among the first rows of the sheet (title rows above it kept as lines), its labels
//            mapped by name; columns of people (责任领导) kept apart, columns the parser has no role
//            for (备注, 进展情况) and columns empty throughout left out;
//   merges   filled: a task, a number or a lead spanning rows stands in each of them; a cell merged
//            across the whole row, or a row with only its first cell, is a group heading;
//   cells    a cell's lines joined as the Word reader joins a cell's paragraphs (a list of short
//            names with 、, prose directly); an empty cell written `/`, the way tables mark none,
//            since the parser reads a row only when it has a cell for every column.
import { readTableHeader, type ColumnRole } from '../notice/table-rows.ts';

/** Rows and columns from 0, bounds inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Sheet {
  readonly name: string;
  /** Cell text by row and column; sparse. */
  readonly rows: readonly (readonly (string | undefined)[] | undefined)[];
  readonly merges: readonly CellRange[];
}

export interface TableOptions {
  /** Most cells a merge may fill (the limit on cells read). */
  readonly maxCells: number;
  /** Fill empty cells from the row above, but for cooperators and people (often rightly empty): a
   *  CSV saved from a table with merged cells keeps each merged value in its first row only. */
  readonly fillDown?: boolean;
}

export interface SheetText {
  readonly text: string;
  /** Data rows written (items). */
  readonly rows: number;
}

/** More cells than the limit allows (read, or filled by merges). */
export class TooManyCells extends Error {
  constructor(max: number, what = 'cells') {
    super(`it has more than ${max} ${what}, the limit (maxCells)`);
  }
}

const HEADER_ROWS = 15;
const EMPTY = '/';

/** The role of a column, by its label (spaces and line breaks removed), as the parser reads it. */
export function columnRoleOf(label: string, hasLead: boolean): ColumnRole | null {
  if (/^(?:序号|编号|序|No\.?)$/i.test(label)) return 'number';
  if (/领导|负责人|责任人|联系人/.test(label)) return 'person';
  if (/牵头|主办|主要责任/.test(label)) return 'lead';
  if (/配合|协办|参与|协助|协同/.test(label)) return 'cooperate';
  if (/责任(?:单位|部门)|部门分工|承办/.test(label)) return hasLead ? 'cooperate' : 'responsible';
  if (/时限|时间|期限|进度|节点/.test(label)) return 'deadline';
  if (/任务|内容|工作|事项|措施|目标|举措/.test(label)) return 'task';
  return null;
}

const CANONICAL: Record<ColumnRole, string> = {
  number: '序号',
  task: '工作任务',
  lead: '牵头单位',
  cooperate: '配合单位',
  responsible: '责任单位',
  deadline: '完成时限',
  person: '责任领导',
  other: '备注',
};

/** A cell's lines joined: short lines without closing punctuation are list entries (one agency a
 *  line) and take 、; anything else is prose, or a bracket, joined directly as Chinese is written. */
export function joinCellLines(text: string): string {
  const parts = text
    .replace(/\t/g, ' ')
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return parts.reduce((joined, part) => {
    if (joined.length === 0) return part;
    const previous = joined.slice(joined.lastIndexOf('、') + 1);
    const listEntry =
      previous.length <= 20 && !/[。；;，,、：:！？!?）)】」”]$/.test(previous) && !/^[（(【「“]/.test(part);
    return joined + (listEntry ? '、' : '') + part;
  }, '');
}

const labelOf = (text: string | undefined) => (text ?? '').replace(/[\s\u3000]+/g, '');

/** A copy of the rows with every merged area filled from its anchor, within the sheet's extent. */
function fillMerges(sheet: Sheet, width: number, maxCells: number): (string | undefined)[][] {
  const rows = Array.from({ length: sheet.rows.length }, (_, r) => [...(sheet.rows[r] ?? [])]);
  let filled = 0;
  for (const merge of sheet.merges) {
    const anchor = rows[merge.top]?.[merge.left];
    if (anchor === undefined) continue;
    const bottom = Math.min(merge.bottom, rows.length - 1);
    const right = Math.min(merge.right, width - 1);
    for (let r = merge.top; r <= bottom; r++)
      for (let c = merge.left; c <= right; c++) {
        if (r === merge.top && c === merge.left) continue;
        if (++filled > maxCells) throw new TooManyCells(maxCells, 'cells under merged areas');
        (rows[r] as (string | undefined)[])[c] = anchor;
      }
  }
  return rows;
}

interface Header {
  /** The first row of the header (a grouped header has two). */
  readonly top: number;
  readonly row: number;
  /** Kept columns: sheet column index, role and label. */
  readonly columns: { index: number; role: ColumnRole; label: string }[];
}

function headerAt(cells: readonly (string | undefined)[], row: number): Header | null {
  const labels = cells.map(labelOf);
  const hasLead = labels.some((l) => columnRoleOf(l, false) === 'lead');
  const columns: Header['columns'] = [];
  labels.forEach((label, index) => {
    if (label.length === 0 || label.length > 20) return;
    const role = columnRoleOf(label, hasLead);
    // A label repeated by a merge across columns names one column.
    if (role && !columns.some((c) => c.label === label)) columns.push({ index, role, label });
  });
  const responsible = columns.some((c) => c.role === 'lead' || c.role === 'responsible');
  return responsible && columns.length >= 3 ? { top: row, row, columns } : null;
}

/** The header among the first rows; of two header rows in a row (a grouped header, `责任单位` over
 *  `牵头单位 | 配合单位`), the lower, which names the columns themselves. */
function findHeader(rows: readonly (string | undefined)[][]): Header | null {
  for (let r = 0; r < Math.min(rows.length, HEADER_ROWS); r++) {
    const header = headerAt(rows[r] ?? [], r);
    if (!header) continue;
    const below = headerAt(rows[r + 1] ?? [], r + 1);
    return below && below.columns.length >= header.columns.length ? { ...below, top: r } : header;
  }
  return null;
}

/** The header line: the sheet's own labels when the parser reads them as these columns, else
 *  the usual names (labels too long or unusual for the parser's header reader). */
function headerLine(columns: Header['columns']): string {
  const own = columns.map((c) => c.label).join('\t');
  const read = readTableHeader(own);
  if (read && read.columns.join() === columns.map((c) => c.role).join()) return own;
  const canonical = columns.map((c, i) =>
    c.role === 'task' && columns.findIndex((d) => d.role === 'task') !== i ? '具体措施' : CANONICAL[c.role],
  );
  return canonical.join('\t');
}

/** A group row: one text in the row, merged across most of the table or alone in its first column. */
function groupText(
  raw: readonly (string | undefined)[],
  r: number,
  merges: readonly CellRange[],
  first: number,
  width: number,
): string | null {
  const filled = raw.map((v, c) => ({ c, v: (v ?? '').trim() })).filter((x) => x.v.length > 0);
  if (filled.length !== 1) return null;
  const { c, v } = filled[0] as { c: number; v: string };
  const merge = merges.find((m) => m.top === r && m.left === c);
  const across = merge ? merge.right - merge.left + 1 : 1;
  if (across >= Math.max(2, Math.ceil((width * 2) / 3)) && merge?.bottom === r) return joinCellLines(v);
  if (c <= first && !/^\d+$/.test(v) && v.length <= 60) return joinCellLines(v);
  return null;
}

/** The text of a sheet's task table, or null when no header row names its columns. */
export function sheetText(sheet: Sheet, options: TableOptions): SheetText | null {
  const width = sheet.rows.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  const rows = fillMerges(sheet, width, options.maxCells);
  const header = findHeader(rows);
  if (!header) return null;
  const groupRows = new Map<number, string>();
  const first = header.columns[0]?.index ?? 0;
  for (let r = header.row + 1; r < rows.length; r++) {
    const group = groupText(sheet.rows[r] ?? [], r, sheet.merges, first, width);
    if (group !== null) groupRows.set(r, group);
  }
  const cellOf = (r: number, c: number) => joinCellLines(rows[r]?.[c] ?? '');
  const headerKey = header.columns.map((c) => c.label).join('|');
  const isData = (r: number) =>
    !groupRows.has(r) &&
    header.columns.some((c) => cellOf(r, c.index).length > 0) &&
    header.columns.map((c) => labelOf(rows[r]?.[c.index])).join('|') !== headerKey;
  if (options.fillDown) fillDownCells(rows, header, groupRows, isData);
  const dataRows = Array.from({ length: rows.length }, (_, r) => r).filter(
    (r) => r > header.row && isData(r),
  );
  const columns = header.columns.filter((c) => dataRows.some((r) => cellOf(r, c.index).length > 0));
  if (!columns.some((c) => c.role === 'lead' || c.role === 'responsible')) return null;
  const line = headerLine(columns);
  const lines = titleLines(rows, header.top);
  let needHeader = true;
  let count = 0;
  for (let r = header.row + 1; r < rows.length; r++) {
    const group = groupRows.get(r);
    if (group !== undefined) {
      lines.push(group);
      needHeader = true;
    } else if (isData(r)) {
      if (needHeader) lines.push(line);
      needHeader = false;
      lines.push(columns.map((c) => cellOf(r, c.index) || EMPTY).join('\t'));
      count++;
    }
  }
  return { text: lines.join('\n') + '\n', rows: count };
}

/** The rows above the header (the table's title, a unit, a date), each its distinct texts. */
function titleLines(rows: readonly (string | undefined)[][], headerRow: number): string[] {
  const lines: string[] = [];
  for (let r = 0; r < headerRow; r++) {
    const texts = [
      ...new Set((rows[r] ?? []).map((v) => joinCellLines(v ?? '')).filter((v) => v.length > 0)),
    ];
    if (texts.length > 0) lines.push(texts.join(' '));
  }
  return lines;
}

/** Empty cells but cooperators' and people's take the value above them, within a group. */
function fillDownCells(
  rows: (string | undefined)[][],
  header: Header,
  groupRows: ReadonlyMap<number, string>,
  isData: (r: number) => boolean,
): void {
  const carried = header.columns.filter((c) => c.role !== 'cooperate' && c.role !== 'person');
  let previous: number | null = null;
  for (let r = header.row + 1; r < rows.length; r++) {
    if (groupRows.has(r)) previous = null;
    if (!isData(r)) continue;
    for (const column of carried) {
      const row = rows[r] as (string | undefined)[];
      if ((row[column.index] ?? '').trim() === '' && previous !== null)
        row[column.index] = rows[previous]?.[column.index];
    }
    previous = r;
  }
}

/** Every non-empty row as a line of tab-separated cells: a sheet with no header row. */
export function plainSheetText(sheet: Sheet): SheetText {
  const lines = sheet.rows
    .map((row) => (row ?? []).map((v) => joinCellLines(v ?? '')).filter((v) => v.length > 0))
    .filter((cells) => cells.length > 0)
    .map((cells) => cells.join('\t'));
  return { text: lines.length > 0 ? lines.join('\n') + '\n' : '', rows: lines.length };
}
