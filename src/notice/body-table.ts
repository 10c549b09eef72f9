// A task table inside a notice's body: its header (a row of column names, or one name a line), then
// rows read into tasks and items. A row's responsibility cells are read as one marker.
import { carryRegionPrefix } from './region-prefix.ts';
import type { RawItem } from './body-model.ts';
import type { Outline } from './body-outline.ts';
import { isEmptyCell } from './cell-text.ts';
import { headingTitle, readHeading } from './headings.ts';
import { itemTitle } from './item-title.ts';
import type { TextLine } from './lines.ts';
import { readMarker, type MarkerReading } from './marker.ts';
import type { Role } from './model.ts';
import type { RulesInForce } from './rules-in-force.ts';
import {
  readTableHeader,
  readVerticalHeader,
  splitCells,
  tabCells,
  type Cell,
  type ColumnRole,
} from './table-rows.ts';

/** Names in a cell, then a condition in brackets that names no one: 按照…, 分别…, 各自…. */
const CELL_CONDITION = /^([^（(]+?)\s*[（(]((?:按照|根据|分别|各自|按|视)[^（）()]*)[）)]\s*$/;

export interface TableShape {
  readonly columns: readonly ColumnRole[];
  /** Cells split on one line by this separator, or null when each cell is a line of its own. */
  readonly separator: RegExp | null;
  /** The rows are the tasks (no task heading above the table), not items of one task. */
  readonly rowsAreTasks: boolean;
  /** Lines of a vertical header still to skip after its first. */
  readonly headerLines: number;
}

/** What a table writes into: the outline, the rules in force, the items. */
export interface TableTarget {
  readonly outline: Outline;
  readonly rules: RulesInForce;
  readonly items: RawItem[];
}

/** The table a line heads, or null; `lineTexts` are all the body's lines, for a vertical header. */
export function tableHeaderAt(
  lineTexts: readonly string[],
  i: number,
  rowsAreTasks: boolean,
): TableShape | null {
  const text = lineTexts[i] as string;
  const header = readTableHeader(text);
  if (header) return { columns: header.columns, separator: header.separator, rowsAreTasks, headerLines: 0 };
  const vertical = readVerticalHeader(lineTexts, i);
  return vertical
    ? { columns: vertical, separator: null, rowsAreTasks, headerLines: vertical.length - 1 }
    : null;
}

export class TableReader {
  private shape: TableShape | null = null;
  private skipHeaderLines = 0;
  /** One cell per line: the cells of the row being read. */
  private pending: Cell[] = [];

  constructor(private readonly target: TableTarget) {}

  get isOpen(): boolean {
    return this.shape !== null;
  }

  open(shape: TableShape): void {
    this.shape = shape;
    this.skipHeaderLines = shape.headerLines;
  }

  /** Reads a line of the open table; false (the table closed) when the line is none of its rows. */
  readLine(line: TextLine): boolean {
    const shape = this.shape as TableShape;
    if (readTableHeader(line.text)) {
      // The header again, as a spreadsheet's section or a table's next page repeats it.
      this.flushRow();
      return true;
    }
    if (shape.separator === null) {
      if (this.readVerticalCell(line, shape)) return true;
    } else {
      const cells = rowCells(line, shape);
      if (cells) {
        this.readRow(line.start, line.end, cells, shape);
        return true;
      }
    }
    this.flushRow();
    this.shape = null;
    return false;
  }

  /** One cell per line: a row ends after as many cells as the header has columns, or where the next
   *  number (序号) starts a new row. */
  private readVerticalCell(line: TextLine, shape: TableShape): boolean {
    if (this.skipHeaderLines > 0) {
      this.skipHeaderLines--;
      return true;
    }
    if (line.text.length > 300) return false;
    const numbered = shape.columns[0] === 'number';
    if (numbered && /^\d{1,3}$/.test(line.text) && this.pending.length > 0) this.flushRow();
    if (numbered && this.pending.length === 0 && !/^\d{1,3}$/.test(line.text)) return false;
    this.pending.push({ text: line.text, start: line.start, end: line.end });
    if (this.pending.length === shape.columns.length) this.flushRow();
    return true;
  }

  flushRow(): void {
    const shape = this.shape;
    if (!shape || this.pending.length === 0) return;
    const cells = this.pending;
    this.pending = [];
    const first = cells[0] as Cell;
    const last = cells[cells.length - 1] as Cell;
    this.readRow(first.start, last.end, cells, shape);
  }

  private readRow(start: number, end: number, cells: readonly Cell[], shape: TableShape): void {
    const { outline, rules, items } = this.target;
    const row = readRowCells(cells, shape.columns, rules.leadRule);
    // The task cell may carry the task's own number (`（一）推进口岸建设`): its ordinal, not its title.
    let ordinal = row.ordinal;
    let taskText = row.taskText;
    const numbered = readHeading(taskText.replace(/（/g, '(').replace(/）/g, ')'));
    if (numbered) {
      ordinal ??= numbered.ordinal;
      taskText = taskText.slice(numbered.numberLength);
    }
    const title = headingTitle(taskText);
    if (shape.rowsAreTasks) {
      // Rows of one task repeat its number and title, one row per measure: they are its items.
      const last = outline.currentTask();
      const same =
        last !== undefined &&
        last.section === outline.section &&
        title !== '' &&
        last.title === title &&
        (ordinal === null || last.ordinal === ordinal);
      if (!same) outline.openTask(ordinal ?? outline.tasksInSection() + 1, title, start);
    }
    const merged = mergeReadings(row.readings, row.deadline);
    const reading = row.notes.length > 0 ? { ...merged, notes: [...merged.notes, ...row.notes] } : merged;
    const first = row.roleCells[0];
    const lastCell = row.roleCells[row.roleCells.length - 1];
    const marker = { start: first?.start ?? start, end: lastCell?.end ?? end };
    rules.take(reading, marker.start, marker.end);
    items.push({
      start,
      end,
      marker,
      task: outline.task,
      section: outline.section,
      title: shape.rowsAreTasks ? (row.measure ? itemTitle(row.measure) : null) : title || null,
      number: ordinal === null ? null : String(ordinal),
      reading,
      carriedRule: rules.standingRule,
    });
  }
}

interface RowCells {
  ordinal: number | null;
  taskText: string;
  /** A second task column (重点任务 | 具体措施) holds the row's measure: the item, under its task. */
  measure: string;
  deadline: string | null;
  readings: MarkerReading[];
  notes: string[];
  roleCells: Cell[];
}

/** What each of a row's cells says, by its column. */
function readRowCells(cells: readonly Cell[], columns: readonly ColumnRole[], leadRule: boolean): RowCells {
  const row: RowCells = {
    ordinal: null,
    taskText: '',
    measure: '',
    deadline: null,
    readings: [],
    notes: [],
    roleCells: [],
  };
  cells.forEach((cell, k) => {
    const column = columns[k];
    // An empty cell, or one holding a placeholder (`/`, `—`, `无`), says nothing.
    if (isEmptyCell(cell.text)) return;
    const value = cell.text.trim();
    if (column === 'number') row.ordinal = /^\d+$/.test(value) ? Number(value) : null;
    else if (column === 'task' && row.taskText === '') row.taskText = value;
    else if (column === 'task') row.measure = value;
    else if (column === 'deadline') row.deadline = value || null;
    else if (column === 'person') row.notes.push(value);
    else if (column === 'other') return;
    else if (column) {
      row.roleCells.push(cell);
      // A condition in brackets after the names (`A、B（按照各自征管范围分别牵头）`) is a note.
      const condition = CELL_CONDITION.exec(cell.text);
      if (condition) row.notes.push(condition[2] as string);
      const names = condition ? (condition[1] as string) : cell.text;
      row.readings.push(
        readMarker(names, cell.start, { leadRuleInForce: leadRule, columnRole: column as Role }),
      );
    }
  });
  return row;
}

/** A row's cells, one per column, or null when the line is no row of the table. A row split at
 *  single tabs may leave cells empty (`1\t任务\t市商务局\t`), which a hand-typed table never does. */
function rowCells(line: TextLine, shape: TableShape): Cell[] | null {
  const columns = shape.columns.length;
  const cells = splitCells(line.text, line.start, shape.separator as RegExp);
  if (cells.length === columns) return cells;
  if (!line.text.includes('\t')) return null;
  const tabbed = tabCells(line.text, line.start);
  // Empty cells at the row's end may be gone with the line's trailing space: at most two.
  while (tabbed.length < columns && tabbed.length >= columns - 2) {
    const end = line.start + line.text.length;
    tabbed.push({ text: '', start: end, end });
  }
  // The task cell must hold text: a line of tabs and a word is no row.
  const task = shape.columns.indexOf('task');
  return tabbed.length === columns && (task < 0 || !isEmptyCell(tabbed[task]?.text ?? '')) ? tabbed : null;
}

/** The cells of a table row read as one marker: roles in order, the region prefix carried across
 *  cells (`牵头单位：市商务局 | 配合单位：财政局` → 市财政局). */
function mergeReadings(readings: readonly MarkerReading[], deadline: string | null): MarkerReading {
  const roles = readings.flatMap((r) => r.roles);
  const carried = carryRegionPrefix(roles.map((r) => r.agency));
  return {
    roles: roles.map((r, i) => ({ role: r.role, agency: carried[i] ?? r.agency })),
    deadline: deadline ?? readings.find((r) => r.deadline)?.deadline ?? null,
    notes: readings.flatMap((r) => r.notes),
    standingRule: readings.find((r) => r.standingRule)?.standingRule ?? null,
    statesLeadRule: readings.find((r) => r.statesLeadRule)?.statesLeadRule ?? null,
    emptyRoles: readings.flatMap((r) => r.emptyRoles),
    unread: readings.flatMap((r) => r.unread),
  };
}
