// Walking the body of a notice line by line: sections, tasks, and the items each marker closes.
// The outline comes from the numbering the notice uses: 一、 sections over （一） or 1. tasks, or, in a
// notice numbered at one level only, those headings as tasks. Offsets here are in the normalised
// text; parse.ts maps them back to the original.
import { carryRegionPrefix } from './agency-list.ts';
import { looksLikeAgencyList } from './agency-names.ts';
import { scanBrackets, type BracketGroup } from './brackets.ts';
import type { DiagnosticCode } from './diagnostics.ts';
import { headingTitle, numberingGaps, readHeading, readHeadings, type Heading } from './headings.ts';
import type { TextLine } from './lines.ts';
import { LABEL, readMarker, type MarkerReading } from './marker.ts';
import { ROLE_WORD, VERB_RUN } from './marker-words.ts';
import type { Role } from './model.ts';
import {
  readTableHeader,
  readVerticalHeader,
  splitCells,
  tabCells,
  type Cell,
  type ColumnRole,
} from './table-rows.ts';
import { isEmptyCell } from './cell-text.ts';
import { looksLikeMarker, suspectName } from './unread.ts';

export interface RawSection {
  readonly ordinal: number;
  readonly title: string;
  readonly start: number;
}

export interface RawTask {
  readonly ordinal: number;
  readonly title: string;
  readonly start: number;
  readonly section: number | null;
}

export interface RawItem {
  readonly start: number;
  readonly end: number;
  readonly marker: { readonly start: number; readonly end: number };
  readonly task: number | null;
  readonly section: number | null;
  readonly title: string | null;
  /** The item's numbering below its task, as written: `1.`, `1.（2）`. */
  readonly number: string | null;
  readonly reading: MarkerReading;
  /** A standing rule stated by an earlier marker (`…，下同`) that this item carries. */
  readonly carriedRule: string | null;
}

export interface Body {
  readonly sections: readonly RawSection[];
  readonly tasks: readonly RawTask[];
  readonly items: readonly RawItem[];
  /** Standing allocations and rules stated in markers (`以下均需各县政府落实，不再列出`), in order. */
  readonly standing: readonly string[];
  /** The notice is numbered at this one level only (its headings are tasks), or null. */
  readonly oneLevel: number | null;
  /** Index of the first line that belongs to the body (a heading, a label line or a marker). */
  readonly firstBodyLine: number;
}

/** A finding at `offset`, about the passage up to `end` when it names one. */
export type Report = (code: DiagnosticCode, offset: number, detail?: string, end?: number) => void;

const LABEL_LINE = new RegExp(`^(?:${LABEL.source})`);
const HAS_LABEL = new RegExp(LABEL.source);
/** Content that can only be a marker: it opens with a label or closes with a role verb. */
const STRONG_MARKER = new RegExp(
  `^\\s*(?:${LABEL.source})|(?:牵头|配合|负责|协助|参与|协同|协办|主责|指导|落实|实施|督促|支持|推进)(?:[,，。;；]?\\s*(?:下同)?[。]?)?\\s*$`,
);
/** What may follow a marker: the end of the line, closing punctuation, another bracket or item. */
const AFTER_MARKER = /^(?:\s*$|[。；;，,.、\s]|[（(〔【[［]|\d+[.、])/;
const MAX_MARKER_LENGTH = 600;
const TITLE_MAX = 24;

/** The short title an item opens with (`拓展国际金融业务。`): a brief first sentence without commas. */
function itemTitle(text: string): string | null {
  const m = /^([^。！？!?]{2,40})[。！？!?]/.exec(text);
  if (!m) return null;
  const sentence = (m[1] as string).trim();
  if (sentence.length > TITLE_MAX || /[，,；;：:（(]/.test(sentence)) return null;
  return text.length > m[0].length + 1 ? sentence : null;
}

/** Per section, the level its tasks are numbered at: （一） where present, else 1. and so on. */
function taskLevels(headings: readonly (Heading | null)[]): Map<number, number> {
  const levels = new Map<number, number>();
  let sectionLine = -1;
  let min = Infinity;
  const close = () => {
    if (min !== Infinity) levels.set(sectionLine, min);
  };
  headings.forEach((h, i) => {
    if (h?.level === 1) {
      close();
      sectionLine = i;
      min = Infinity;
    } else if (h) {
      min = Math.min(min, h.level);
    }
  });
  close();
  return levels;
}

/** The level of a notice numbered at one level only (`一、` … `三十、`, a marker under each), whose
 *  headings are its tasks; null when it uses several. */
function singleLevel(headings: readonly (Heading | null)[]): number | null {
  const levels = new Set(headings.filter((h) => h !== null).map((h) => h.level));
  return levels.size === 1 ? ([...levels][0] as number) : null;
}

/** The heading numbering in force, by level, for an item's number (`1.（2）`). */
class NumberPath {
  private readonly labels = new Map<number, string>();

  set(level: number, label: string): void {
    this.labels.set(level, label);
    for (const deeper of [...this.labels.keys()]) if (deeper > level) this.labels.delete(deeper);
  }

  below(level: number | null): string | null {
    const parts = [...this.labels]
      .filter(([l]) => level === null || l > level)
      .sort((a, b) => a[0] - b[0])
      .map(([, label]) => label);
    return parts.length > 0 ? parts.join('') : null;
  }
}

/** Names in a cell, then a condition in brackets that names no one: 按照…, 分别…, 各自…. */
const CELL_CONDITION = /^([^（(]+?)\s*[（(]((?:按照|根据|分别|各自|按|视)[^（）()]*)[）)]\s*$/;

interface TableState {
  readonly columns: readonly ColumnRole[];
  /** Cells split on one line by this separator, or null when each cell is a line of its own. */
  readonly separator: RegExp | null;
  readonly rowsAreTasks: boolean;
  /** One cell per line: the cells of the row being read. */
  pending: Cell[];
}

class BodyWalker {
  readonly sections: RawSection[] = [];
  readonly tasks: RawTask[] = [];
  readonly items: RawItem[] = [];
  readonly standing: string[] = [];
  private section: number | null = null;
  private task: number | null = null;
  private taskLevel: number | null = null;
  /** The notice is numbered at this one level only, or null. */
  oneLevel: number | null = null;
  private readonly numbers = new NumberPath();
  /** Start of the paragraphs not yet closed by a marker (what label lines will govern). */
  private pendingStart: number | null = null;
  /** A numbered heading still waiting for its marker, for the "no marker" note. */
  private pendingNumbered: { label: string; at: number; level: number } | null = null;
  /** Headings of this section closed without a marker, in order: a label line after them closes
   *  them all (`（一）…（二）…（三）… 牵头单位：A，责任单位：B`), else each is reported. */
  private unmarked: { label: string; at: number; level: number }[] = [];
  /** The item in the pending paragraphs starts after this heading prefix (for its title). */
  private pendingTitleFrom: number | null = null;
  private labelGroup: { start: number; end: number } | null = null;
  private table: TableState | null = null;
  /** Sections whose own heading stands as their task, for markers written under no sub-heading. */
  private readonly sectionTasks = new Map<number, number>();
  private leadRuleInForce = false;
  private standingRule: string | null = null;
  firstBodyLine = -1;

  constructor(
    private readonly text: string,
    private readonly lines: readonly TextLine[],
    private readonly report: Report,
  ) {}

  walk(): void {
    // A table row opens with its 序号 and a tab (`1\t（一）…`): a cell, not a numbered heading.
    const headings = readHeadings(this.lines.map((l) => (/^\s*\d{1,3}\t/.test(l.folded) ? '' : l.folded)));
    for (const gap of numberingGaps(headings)) {
      this.report('NUMBERING_GAP', this.lines[gap.index]?.start ?? 0, gap.message);
    }
    // A notice whose tasks are a table's rows has its numbered headings as sections, however few
    // levels they use: the rows are the tasks.
    const tabled = this.lines.some((l) => readTableHeader(l.text) !== null);
    this.oneLevel = tabled ? null : singleLevel(headings);
    const levels = taskLevels(headings);
    this.taskLevel = this.oneLevel ?? levels.get(-1) ?? null;
    this.lines.forEach((line, i) => {
      if (line.text.length === 0) return;
      const heading = headings[i] ?? null;
      if (this.readTableLine(line, i, heading)) return;
      if (this.isLabelLine(line, heading)) {
        this.markBody(i);
        this.labelGroup = { start: this.labelGroup?.start ?? line.start, end: line.end };
        return;
      }
      this.flushLabelGroup();
      if (heading) this.markBody(i);
      this.readLine(line, heading, heading?.level === 1 ? (levels.get(i) ?? null) : undefined);
    });
    this.flushLabelGroup();
    this.flushTableRow();
    this.closePendingNumbered();
    this.reportUnmarked();
  }

  /** `牵头单位：…`, or a numbered line that is only a label (`（三）责任单位：…`). */
  private isLabelLine(line: TextLine, heading: Heading | null): boolean {
    if (LABEL_LINE.test(line.folded)) return true;
    return heading !== null && LABEL_LINE.test(line.folded.slice(heading.numberLength).trimStart());
  }

  private readTableLine(line: TextLine, i: number, heading: Heading | null): boolean {
    // A group heading between rows (`一、推进体制机制改革创新`, a merged row) opens a section; the
    // table goes on under it.
    if (this.table && heading?.level === 1 && !line.text.includes('\t')) return false;
    if (this.table && readTableHeader(line.text)) {
      // The header again, as a spreadsheet's section or a table's next page repeats it.
      this.flushTableRow();
      return true;
    }
    if (this.table) {
      if (this.table.separator === null) {
        if (this.readVerticalCell(line)) return true;
      } else {
        const cells = this.rowCells(line, this.table);
        if (cells) {
          this.readTableRow(line.start, line.end, cells, this.table);
          return true;
        }
      }
      this.flushTableRow();
      this.table = null;
    }
    const rowsAreTasks = this.task === null || this.taskLevel === null;
    const header = readTableHeader(line.text);
    if (header) {
      this.openTable(i, { columns: header.columns, separator: header.separator, rowsAreTasks, pending: [] });
      return true;
    }
    const vertical = readVerticalHeader(
      this.lines.map((l) => l.text),
      i,
    );
    if (!vertical) return false;
    this.openTable(i, { columns: vertical, separator: null, rowsAreTasks, pending: [] });
    this.skipHeaderLines = vertical.length - 1;
    return true;
  }

  /** A row's cells, one per column, or null when the line is no row of the table. A row split at
   *  single tabs may leave cells empty (`1\t任务\t市商务局\t`), which a hand-typed table never does. */
  private rowCells(line: TextLine, table: TableState): Cell[] | null {
    const columns = table.columns.length;
    const cells = splitCells(line.text, line.start, table.separator as RegExp);
    if (cells.length === columns) return cells;
    if (!line.text.includes('\t')) return null;
    const tabbed = tabCells(line.text, line.start);
    // Empty cells at the row's end may be gone with the line's trailing space: at most two.
    while (tabbed.length < columns && tabbed.length >= columns - 2) {
      const end = line.start + line.text.length;
      tabbed.push({ text: '', start: end, end });
    }
    // The task cell must hold text: a line of tabs and a word is no row.
    const task = table.columns.indexOf('task');
    return tabbed.length === columns && (task < 0 || !isEmptyCell(tabbed[task]?.text ?? '')) ? tabbed : null;
  }

  private skipHeaderLines = 0;

  private openTable(i: number, table: TableState): void {
    this.flushLabelGroup();
    this.markBody(i);
    this.table = table;
  }

  /** One cell per line: a row ends after as many cells as the header has columns, or where the next
   *  number (序号) starts a new row. */
  private readVerticalCell(line: TextLine): boolean {
    const table = this.table as TableState;
    if (this.skipHeaderLines > 0) {
      this.skipHeaderLines--;
      return true;
    }
    if (line.text.length > 300) return false;
    const numbered = table.columns[0] === 'number';
    if (numbered && /^\d{1,3}$/.test(line.text) && table.pending.length > 0) this.flushTableRow();
    if (numbered && table.pending.length === 0 && !/^\d{1,3}$/.test(line.text)) return false;
    table.pending.push({ text: line.text, start: line.start, end: line.end });
    if (table.pending.length === table.columns.length) this.flushTableRow();
    return true;
  }

  private flushTableRow(): void {
    const table = this.table;
    if (!table || table.pending.length === 0) return;
    const cells = table.pending;
    table.pending = [];
    const first = cells[0] as Cell;
    const last = cells[cells.length - 1] as Cell;
    this.readTableRow(first.start, last.end, cells, table);
  }

  private readTableRow(start: number, end: number, cells: readonly Cell[], table: TableState): void {
    let ordinal: number | null = null;
    let taskText = '';
    const readings: MarkerReading[] = [];
    const notes: string[] = [];
    const roleCells: Cell[] = [];
    let deadline: string | null = null;
    let measure = '';
    cells.forEach((cell, k) => {
      const column = table.columns[k];
      // An empty cell, or one holding a placeholder (`/`, `—`, `无`), says nothing.
      if (isEmptyCell(cell.text)) return;
      if (column === 'number') ordinal = /^\d+$/.test(cell.text.trim()) ? Number(cell.text.trim()) : null;
      // A second column of the kind (重点任务 | 具体措施) holds the row's measure: the item, under its task.
      else if (column === 'task' && taskText === '') taskText = cell.text.trim();
      else if (column === 'task') measure = cell.text.trim();
      else if (column === 'deadline') deadline = cell.text.trim() || null;
      else if (column === 'person') notes.push(cell.text.trim());
      else if (column === 'other') return;
      else if (column) {
        roleCells.push(cell);
        const context = { leadRuleInForce: this.leadRuleInForce, columnRole: column as Role };
        // A condition in brackets after the names (`A、B（按照各自征管范围分别牵头）`) is a note.
        const condition = CELL_CONDITION.exec(cell.text);
        if (condition) notes.push(condition[2] as string);
        const names = condition ? (condition[1] as string) : cell.text;
        readings.push(readMarker(names, cell.start, context));
      }
    });
    // The task cell may carry the task's own number (`（一）推进口岸建设`): its ordinal, not its title.
    const numbered = readHeading(taskText.replace(/（/g, '(').replace(/）/g, ')'));
    if (numbered) {
      ordinal ??= numbered.ordinal;
      taskText = taskText.slice(numbered.numberLength);
    }
    const title = headingTitle(taskText);
    if (table.rowsAreTasks) {
      // Rows of one task repeat its number and title, one row per measure: they are its items.
      const last = this.task === null ? undefined : this.tasks[this.task];
      const same =
        last !== undefined &&
        last.section === this.section &&
        title !== '' &&
        last.title === title &&
        (ordinal === null || last.ordinal === ordinal);
      if (!same) {
        const inSection = this.tasks.filter((t) => t.section === this.section).length;
        this.tasks.push({ ordinal: ordinal ?? inSection + 1, title, start, section: this.section });
        this.task = this.tasks.length - 1;
      }
    }
    const merged = mergeReadings(readings, deadline);
    const reading = notes.length > 0 ? { ...merged, notes: [...merged.notes, ...notes] } : merged;
    const marker = { start: roleCells[0]?.start ?? start, end: roleCells[roleCells.length - 1]?.end ?? end };
    this.noteReading(reading, marker.start, marker.end);
    this.items.push({
      start,
      end,
      marker,
      task: this.task,
      section: this.section,
      title: table.rowsAreTasks ? (measure ? itemTitle(measure) : null) : title || null,
      number: ordinal === null ? null : String(ordinal),
      reading,
      carriedRule: this.standingRule,
    });
  }

  private markBody(i: number): void {
    if (this.firstBodyLine < 0) this.firstBodyLine = i;
  }

  private closePendingNumbered(): void {
    if (this.pendingNumbered) this.unmarked.push(this.pendingNumbered);
    this.pendingNumbered = null;
  }

  private reportUnmarked(): void {
    for (const heading of this.unmarked) this.report('ITEM_WITHOUT_MARKER', heading.at, heading.label);
    this.unmarked = [];
  }

  private readLine(
    line: TextLine,
    heading: Heading | null,
    sectionTaskLevel: number | null | undefined,
  ): void {
    let titleFrom = line.start;
    if (heading) {
      titleFrom = this.readHeading(line, heading, sectionTaskLevel);
      this.pendingTitleFrom = titleFrom;
    } else if (this.pendingStart === null) {
      this.pendingStart = line.start;
      this.pendingTitleFrom = line.start;
    }
    this.readMarkersInLine(line, titleFrom);
  }

  /** A numbered heading opens a section, a task or an item; returns where an item's title may start. */
  private readHeading(line: TextLine, heading: Heading, sectionTaskLevel: number | null | undefined): number {
    const rest = line.text.slice(heading.numberLength);
    const restStart = line.start + heading.numberLength;
    const title = headingTitle(rest);
    const label = line.text.slice(0, heading.numberLength).trim();
    if (heading.level === 1 && this.oneLevel === null) {
      this.closePendingNumbered();
      this.reportUnmarked();
      this.sections.push({ ordinal: heading.ordinal, title, start: line.start });
      this.section = this.sections.length - 1;
      this.task = null;
      this.taskLevel = sectionTaskLevel ?? null;
      this.pendingStart = null;
      this.numbers.set(1, label);
      return restStart + title.length;
    }
    // A heading numbered deeper than the pending one is its child: the parent needs no marker.
    if (this.pendingNumbered && heading.level > this.pendingNumbered.level) this.pendingNumbered = null;
    this.closePendingNumbered();
    this.pendingStart = line.start;
    this.pendingNumbered = { label, at: line.start, level: heading.level };
    this.numbers.set(heading.level, label);
    if (heading.level === this.taskLevel) {
      this.tasks.push({ ordinal: heading.ordinal, title, start: line.start, section: this.section });
      this.task = this.tasks.length - 1;
      // The task's own title is not the item's: an item title may follow it.
      return restStart + title.length + 1;
    }
    return restStart;
  }

  private readMarkersInLine(line: TextLine, titleFrom: number): void {
    const scan = scanBrackets(this.text, line.start, line.end);
    for (const at of scan.strayClosers) this.report('UNOPENED_BRACKET', at, this.text[at]);
    for (const at of scan.unclosed) this.report('UNCLOSED_BRACKET', at, this.text[at]);
    let itemStart = line.start;
    let found = false;
    for (const group of scan.groups) {
      const kind = this.markerKind(group, line);
      const made = kind === null ? null : this.readBracket(group, kind, line, itemStart, titleFrom);
      if (made === null) {
        this.checkUnread(group);
        continue;
      }
      found = true;
      itemStart = this.skipSeparators(made, line.end);
    }
    const inline =
      this.inlineLabel(line, scan.groups, itemStart) ?? this.closingSentence(line, scan.groups, itemStart);
    if (inline !== null) {
      const titleAt = itemStart === line.start ? titleFrom : itemStart;
      const made = this.makeItem(
        itemStart,
        { start: inline, end: line.end },
        inline,
        line.end,
        titleAt,
        line.end,
      );
      if (made) {
        found = true;
        itemStart = line.end;
      }
    }
    if (found) {
      this.pendingStart = itemStart < line.end ? itemStart : null;
      this.pendingTitleFrom = this.pendingStart;
    }
  }

  private readBracket(
    group: BracketGroup,
    kind: 'roles' | 'names',
    line: TextLine,
    itemStart: number,
    titleFrom: number,
  ): number | null {
    const contentEnd = group.closed ? group.end - 1 : group.end;
    // A marker alone on its line closes the paragraphs above it, as label lines do.
    const alone = group.open === line.start && this.pendingStart !== null && this.pendingStart < line.start;
    const start = alone ? (this.pendingStart as number) : itemStart;
    const titleAt = alone
      ? (this.pendingTitleFrom ?? start)
      : itemStart === line.start
        ? titleFrom
        : itemStart;
    return this.makeItem(
      start,
      { start: group.open, end: group.end },
      group.open + 1,
      contentEnd,
      titleAt,
      line.end,
      false,
      kind === 'names' ? 'responsible' : undefined,
    );
  }

  /** A bracket that looks like a marker (a role word and an agency-like name) but gave no item. */
  private checkUnread(group: BracketGroup): void {
    const content = this.text.slice(group.open + 1, group.closed ? group.end - 1 : group.end);
    if (content.length <= MAX_MARKER_LENGTH && looksLikeMarker(content))
      this.report('UNREAD_MARKER', group.open, excerpt(this.text.slice(group.open, group.end)), group.end);
  }

  private skipSeparators(from: number, to: number): number {
    let at = from;
    while (at < to && /[\s。；;，,.]/.test(this.text[at] as string)) at++;
    return at;
  }

  /** A label written inline after a sentence, outside brackets: `…。牵头单位：A；配合单位：B`. */
  private inlineLabel(line: TextLine, groups: readonly BracketGroup[], from: number): number | null {
    const pattern = new RegExp(LABEL.source, 'g');
    for (const m of line.text.matchAll(pattern)) {
      const at = line.start + m.index;
      if (at < from || groups.some((g) => at >= g.open && at < g.end)) continue;
      const before = this.text[at - 1];
      if (at === line.start || before === undefined || /[。；;\s]/.test(before)) return at;
    }
    return null;
  }

  /** A paragraph's last sentence that is a marker written without brackets: `…。市商务局牵头，市财政局
   *  配合。` — every clause a list of names closed by a role verb, nothing else. */
  private closingSentence(line: TextLine, groups: readonly BracketGroup[], from: number): number | null {
    const body = this.text.slice(from, line.end).replace(/[。；;\s]+$/, '');
    const start = Math.max(body.lastIndexOf('。'), body.lastIndexOf('；'), body.lastIndexOf(';')) + 1;
    if (start === 0 && from === line.start) return null;
    const sentence = body.slice(start);
    const at = from + start;
    if (sentence.length < 4 || sentence.length > 200 || groups.some((g) => g.open >= at)) return null;
    const verbs = [...sentence.matchAll(VERB_RUN)];
    const last = verbs[verbs.length - 1];
    if (!last || last.index + last[0].length !== sentence.length || !/牵头|负责|配合/.test(sentence))
      return null;
    const reading = readMarker(sentence, at, { leadRuleInForce: this.leadRuleInForce });
    const clean =
      reading.unread.length === 0 && reading.notes.length === 0 && reading.emptyRoles.length === 0;
    return clean &&
      reading.roles.length > 0 &&
      reading.roles.every((r) => suspectName(r.agency.name) === null)
      ? at
      : null;
  }

  /** 'roles' for a marker with role words or labels; 'names' for a bracket of agency names alone
   *  that ends its paragraph; null for brackets that only qualify a word. */
  private markerKind(group: BracketGroup, line: TextLine): 'roles' | 'names' | null {
    const contentEnd = group.closed ? group.end - 1 : group.end;
    const content = this.text.slice(group.open + 1, contentEnd);
    if (content.length === 0 || content.length > MAX_MARKER_LENGTH) return null;
    const after = this.text.slice(group.end, line.end);
    if (!ROLE_WORD.test(content) && !HAS_LABEL.test(content)) {
      return group.closed && /^[\s。；;]*$/.test(after) && looksLikeAgencyList(content) ? 'names' : null;
    }
    if (STRONG_MARKER.test(content)) return 'roles';
    return AFTER_MARKER.test(after.slice(0, 4)) ? 'roles' : null;
  }

  private flushLabelGroup(): void {
    const group = this.labelGroup;
    if (!group) return;
    this.labelGroup = null;
    // Headings of the task level left without a marker before this one: the label line closes them
    // all, so the item is the section's and its text runs from the first of them.
    const covered = this.unmarked.filter((h) => h.level === this.taskLevel);
    const closesAll = covered.length > 0 && covered.length === this.unmarked.length;
    if (this.section !== null && this.pendingNumbered && closesAll) {
      const first = covered[0] as { at: number };
      this.unmarked = [];
      this.task = null;
      this.makeItem(first.at, group, group.start, group.end, group.start, group.start, true);
      this.pendingStart = null;
      return;
    }
    this.reportUnmarked();
    const start = this.pendingStart ?? group.start;
    const titleFrom = this.pendingStart !== null ? (this.pendingTitleFrom ?? start) : group.start;
    this.makeItem(start, group, group.start, group.end, titleFrom, group.start, true);
    this.pendingStart = null;
  }

  /** Read a marker and, when it names responsibilities, record the item it closes. Returns the item's end. */
  private makeItem(
    start: number,
    marker: { start: number; end: number },
    contentStart: number,
    contentEnd: number,
    titleFrom: number,
    bodyEnd: number,
    explicit = false,
    columnRole?: Role,
  ): number | null {
    const content = this.text.slice(contentStart, contentEnd);
    // A label line may open with its own numbering (`（三）责任单位：…`): only the labels are read.
    const labelAt = explicit ? content.search(HAS_LABEL) : 0;
    const reading = readMarker(content.slice(Math.max(0, labelAt)), contentStart + Math.max(0, labelAt), {
      leadRuleInForce: this.leadRuleInForce,
      ...(columnRole ? { columnRole } : {}),
    });
    if (!explicit && reading.roles.length === 0 && reading.emptyRoles.length === 0) return null;
    let end = marker.end;
    while (end < bodyEnd && /[。；;]/.test(this.text[end] as string)) end++;
    const carriedRule = this.standingRule;
    this.noteReading(reading, marker.start, marker.end);
    const titleText =
      titleFrom < marker.start ? this.text.slice(titleFrom, marker.start).replace(/^[\s。]+/, '') : '';
    if (!explicit) this.reportUnmarked();
    this.ensureTask();
    this.items.push({
      start,
      end,
      marker,
      task: this.task,
      section: this.section,
      title: itemTitle(titleText),
      number: this.numbers.below(this.taskLevel ?? 1),
      reading,
      carriedRule,
    });
    if (this.task === null) this.report('MARKER_OUTSIDE_TASK', marker.start);
    this.pendingNumbered = null;
    return end;
  }

  /** A marker under a section with no task heading above it: the section's heading stands as its task. */
  private ensureTask(): void {
    if (this.task !== null || this.section === null) return;
    const known = this.sectionTasks.get(this.section);
    if (known !== undefined) {
      this.task = known;
      return;
    }
    const section = this.sections[this.section] as RawSection;
    this.tasks.push({
      ordinal: section.ordinal,
      title: section.title,
      start: section.start,
      section: this.section,
    });
    this.task = this.tasks.length - 1;
    this.sectionTasks.set(this.section, this.task);
  }

  private noteReading(reading: MarkerReading, at: number, end?: number): void {
    if (reading.statesLeadRule) {
      this.leadRuleInForce = true;
      this.report('LEAD_RULE', at, reading.statesLeadRule);
    }
    if (reading.standingRule) {
      this.standingRule = reading.standingRule;
      if (!this.standing.includes(reading.standingRule)) this.standing.push(reading.standingRule);
      this.report('STANDING_RULE', at, reading.standingRule);
    }
    for (const empty of reading.emptyRoles)
      this.report('MARKER_WITHOUT_AGENCY', empty.at, empty.word, empty.at + empty.word.length);
    for (const piece of reading.unread) this.report('UNREAD_NAME', piece.start, piece.name, piece.end);
    for (const { agency } of reading.roles) {
      const why = suspectName(agency.name);
      if (why) this.report('SUSPECT_NAME', agency.start, why, agency.end);
    }
    if (reading.roles.length === 0 && reading.emptyRoles.length === 0)
      this.report('MARKER_WITHOUT_AGENCY', at, '责任', end);
  }
}

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
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

export function readBody(text: string, lines: readonly TextLine[], report: Report): Body {
  const walker = new BodyWalker(text, lines, report);
  walker.walk();
  const firstItemLine = walker.items[0]
    ? lines.findIndex((l) => l.end >= (walker.items[0] as RawItem).marker.start)
    : -1;
  const candidates = [walker.firstBodyLine, firstItemLine].filter((i) => i >= 0);
  return {
    sections: walker.sections,
    tasks: walker.tasks,
    items: walker.items,
    standing: walker.standing,
    oneLevel: walker.oneLevel,
    firstBodyLine: candidates.length > 0 ? Math.min(...candidates) : lines.length,
  };
}
