// Flattened tables: a notice's task table pasted as text, one row a line, cells separated by tabs,
// runs of spaces or bars, under a header row that names the columns (序号 | 任务 | 牵头单位 | …).
import type { Role } from './model.ts';

/** `other`: a column the genre adds that names no one and no task (备注, 责任领导单位级别 …). */
export type ColumnRole = Role | 'deadline' | 'number' | 'task' | 'person' | 'other';

export interface TableHeader {
  readonly separator: RegExp;
  readonly columns: readonly ColumnRole[];
}

export interface Cell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const SEPARATORS = [/\t+/g, /\s*[|｜]\s*/g, / {2,}|\u3000{1,}/g];

function columnRole(label: string, hasLead: boolean): ColumnRole | null {
  if (/^(?:序号|编号|序)$/.test(label)) return 'number';
  // A column of people (责任领导, 分管领导, 负责人) names no agency.
  if (/领导|负责人|责任人|联系人/.test(label)) return 'person';
  if (/牵头|主办|主要责任/.test(label)) return 'lead';
  if (/配合|协办|参与|协助/.test(label)) return 'cooperate';
  if (/责任(?:单位|部门)|部门分工/.test(label)) return hasLead ? 'cooperate' : 'responsible';
  if (/时限|时间|期限|进度/.test(label)) return 'deadline';
  if (/任务|内容|工作|事项|措施|目标|举措/.test(label)) return 'task';
  return null;
}

/** A row's cells split at each tab, empty ones kept: readers of Word, web pages and spreadsheets write
 *  one tab between cells, so an empty 配合单位 is two tabs, not one. */
export function tabCells(text: string, lineStart: number): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let at = text.indexOf('\t'); at >= 0; at = text.indexOf('\t', from)) {
    cells.push({ text: text.slice(from, at), start: lineStart + from, end: lineStart + at });
    from = at + 1;
  }
  cells.push({ text: text.slice(from), start: lineStart + from, end: lineStart + text.length });
  return cells;
}

/** Split a line into cells (with offsets from `lineStart`) by the given separator. */
export function splitCells(text: string, lineStart: number, separator: RegExp): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  const pattern = new RegExp(separator.source, 'g');
  for (const m of text.matchAll(pattern)) {
    cells.push({ text: text.slice(from, m.index), start: lineStart + from, end: lineStart + m.index });
    from = m.index + m[0].length;
  }
  cells.push({ text: text.slice(from), start: lineStart + from, end: lineStart + text.length });
  return cells.filter((c) => c.text.trim().length > 0);
}

/** A header row: at least three cells, one of them a responsibility column. */
export function readTableHeader(text: string): TableHeader | null {
  if (text.length > 120 || !/单位|部门|分工/.test(text) || !/\t|[|｜]| {2}|\u3000/.test(text)) return null;
  for (const separator of SEPARATORS) {
    const labels = splitCells(text, 0, separator).map((c) => c.text.trim());
    if (labels.length < 3 || labels.some((l) => l.length > 12)) continue;
    const hasLead = labels.some((l) => /牵头|主办|主要责任/.test(l));
    const columns = labels.map((l) => columnRole(l, hasLead));
    // One column the grammar does not know (备注) is kept and ignored; more, and this is no header.
    const unknown = columns.filter((c) => c === null).length;
    if (
      columns.some((c) => c === 'lead' || c === 'responsible') &&
      unknown <= 1 &&
      labels.length - unknown >= 3
    ) {
      return { separator, columns: columns.map((c) => c ?? 'other') };
    }
  }
  return null;
}

/** A header written one cell per line (a table copied out of Word or a PDF): three or more short
 *  lines in a row, each a column's name, one of them a responsibility column. Returns its columns. */
export function readVerticalHeader(lines: readonly string[], from: number): ColumnRole[] | null {
  const labels: string[] = [];
  for (let i = from; i < lines.length && labels.length < 8; i++) {
    const text = (lines[i] as string).trim();
    if (text.length === 0) continue;
    if (text.length > 8 || !/^[\u4e00-\u9fff（）()]+$/.test(text)) break;
    labels.push(text);
  }
  const hasLead = labels.some((l) => /牵头|主办|主要责任/.test(l));
  const columns: ColumnRole[] = [];
  for (const label of labels) {
    const role = columnRole(label, hasLead);
    if (role === null) break;
    columns.push(role);
  }
  const responsible = columns.some((c) => c === 'lead' || c === 'responsible');
  return columns.length >= 3 && responsible && columns.includes('task') ? columns : null;
}
