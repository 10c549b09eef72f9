// Walking the body of a notice line by line: sections, tasks, and the items each marker closes.
// Offsets here are in the normalised text; parse.ts maps them back to the original.
import { scanBrackets, type BracketGroup } from './brackets.ts';
import type { DiagnosticCode } from './diagnostics.ts';
import { headingTitle, numberingGaps, readHeadings, type Heading } from './headings.ts';
import { looksLikeAgencyList } from './agency-names.ts';
import type { TextLine } from './lines.ts';
import { LABEL, readMarker, type MarkerReading } from './marker.ts';
import type { Role } from './model.ts';
import { readTableHeader, splitCells, type Cell, type TableHeader } from './table-rows.ts';

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
  readonly reading: MarkerReading;
  /** A standing rule stated by an earlier marker (`…，下同`) that this item carries. */
  readonly carriedRule: string | null;
}

export interface Body {
  readonly sections: readonly RawSection[];
  readonly tasks: readonly RawTask[];
  readonly items: readonly RawItem[];
  /** Index of the first line that belongs to the body (a heading, a label line or a marker). */
  readonly firstBodyLine: number;
}

export type Report = (code: DiagnosticCode, offset: number, detail?: string) => void;

const LABEL_LINE = new RegExp(`^(?:${LABEL.source})`);
const ROLE_WORD = /牵头|配合|负责|会同|协助|参与|(?:单位|部门)\s*[:：]|部门分工/;
/** Content that can only be a marker: it opens with a label or closes with a role verb. */
const STRONG_MARKER = new RegExp(
  `^\\s*(?:${LABEL.source})|(?:牵头|配合|负责|协助|参与)(?:[,，。;；]?\\s*(?:下同)?[。]?)?\\s*$`,
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

class BodyWalker {
  readonly sections: RawSection[] = [];
  readonly tasks: RawTask[] = [];
  readonly items: RawItem[] = [];
  private section: number | null = null;
  private task: number | null = null;
  private taskLevel: number | null = null;
  /** Start of the paragraphs not yet closed by a marker (what label lines will govern). */
  private pendingStart: number | null = null;
  /** A numbered heading still waiting for its marker, for the "no marker" note. */
  private pendingNumbered: { label: string; at: number; level: number } | null = null;
  /** The item in the pending paragraphs starts after this heading prefix (for its title). */
  private pendingTitleFrom: number | null = null;
  private labelGroup: { start: number; end: number } | null = null;
  /** An open flattened table, and whether its rows are the tasks themselves. */
  private table: { header: TableHeader; rowsAreTasks: boolean } | null = null;
  private leadRuleInForce = false;
  private standingRule: string | null = null;
  firstBodyLine = -1;

  constructor(
    private readonly text: string,
    private readonly lines: readonly TextLine[],
    private readonly report: Report,
  ) {}

  walk(): void {
    const headings = readHeadings(this.lines.map((l) => l.folded));
    for (const gap of numberingGaps(headings)) {
      this.report('NUMBERING_GAP', this.lines[gap.index]?.start ?? 0, gap.message);
    }
    const levels = taskLevels(headings);
    this.taskLevel = levels.get(-1) ?? null;
    this.lines.forEach((line, i) => {
      if (line.text.length === 0) return;
      if (this.readTableLine(line, i)) return;
      if (LABEL_LINE.test(line.folded)) {
        this.markBody(i);
        this.labelGroup = { start: this.labelGroup?.start ?? line.start, end: line.end };
        return;
      }
      this.flushLabelGroup();
      const heading = headings[i] ?? null;
      if (heading) this.markBody(i);
      this.readLine(line, heading, heading?.level === 1 ? (levels.get(i) ?? null) : undefined);
    });
    this.flushLabelGroup();
    this.closePendingNumbered();
  }

  /** Header rows open a table; rows with the header's cell count are items. */
  private readTableLine(line: TextLine, i: number): boolean {
    if (this.table) {
      const cells = splitCells(line.text, line.start, this.table.header.separator);
      if (cells.length === this.table.header.columns.length) {
        this.readTableRow(line, cells, this.table.header, this.table.rowsAreTasks);
        return true;
      }
      this.table = null;
    }
    const header = readTableHeader(line.text);
    if (!header) return false;
    this.flushLabelGroup();
    this.markBody(i);
    this.table = { header, rowsAreTasks: this.task === null || this.taskLevel === null };
    return true;
  }

  private readTableRow(
    line: TextLine,
    cells: readonly Cell[],
    header: TableHeader,
    rowsAreTasks: boolean,
  ): void {
    let ordinal: number | null = null;
    let taskText = '';
    const readings: MarkerReading[] = [];
    const roleCells: Cell[] = [];
    let deadline: string | null = null;
    cells.forEach((cell, k) => {
      const column = header.columns[k];
      if (column === 'number') ordinal = /^\d+$/.test(cell.text.trim()) ? Number(cell.text.trim()) : null;
      else if (column === 'task') taskText = cell.text.trim();
      else if (column === 'deadline') deadline = cell.text.trim() || null;
      else if (column) {
        roleCells.push(cell);
        const context = { leadRuleInForce: this.leadRuleInForce, columnRole: column as Role };
        readings.push(readMarker(cell.text, cell.start, context));
      }
    });
    const title = headingTitle(taskText);
    if (rowsAreTasks) {
      const inSection = this.tasks.filter((t) => t.section === this.section).length;
      this.tasks.push({ ordinal: ordinal ?? inSection + 1, title, start: line.start, section: this.section });
      this.task = this.tasks.length - 1;
    }
    const reading = mergeReadings(readings, deadline);
    const first = roleCells[0];
    const last = roleCells[roleCells.length - 1];
    const marker = { start: first?.start ?? line.start, end: last?.end ?? line.end };
    this.noteReading(reading, marker.start);
    this.items.push({
      start: line.start,
      end: line.end,
      marker,
      task: this.task,
      section: this.section,
      title: rowsAreTasks || !title ? null : title,
      reading,
      carriedRule: this.standingRule,
    });
  }

  private markBody(i: number): void {
    if (this.firstBodyLine < 0) this.firstBodyLine = i;
  }

  private closePendingNumbered(): void {
    if (this.pendingNumbered)
      this.report('ITEM_WITHOUT_MARKER', this.pendingNumbered.at, this.pendingNumbered.label);
    this.pendingNumbered = null;
  }

  private readLine(
    line: TextLine,
    heading: Heading | null,
    sectionTaskLevel: number | null | undefined,
  ): void {
    let titleFrom = line.start;
    if (heading) {
      const rest = line.text.slice(heading.numberLength);
      const restStart = line.start + heading.numberLength;
      const title = headingTitle(rest);
      if (heading.level === 1) {
        this.closePendingNumbered();
        this.sections.push({ ordinal: heading.ordinal, title, start: line.start });
        this.section = this.sections.length - 1;
        this.task = null;
        this.taskLevel = sectionTaskLevel ?? null;
        this.pendingStart = null;
        titleFrom = restStart + title.length;
      } else {
        // A heading numbered deeper than the pending one is its child: the parent needs no marker.
        if (this.pendingNumbered && heading.level > this.pendingNumbered.level) this.pendingNumbered = null;
        this.closePendingNumbered();
        this.pendingStart = line.start;
        const label = line.text.slice(0, heading.numberLength).trim();
        this.pendingNumbered = { label, at: line.start, level: heading.level };
        if (heading.level === this.taskLevel) {
          this.tasks.push({ ordinal: heading.ordinal, title, start: line.start, section: this.section });
          this.task = this.tasks.length - 1;
          // The task's own title is not the item's: an item title may follow it.
          titleFrom = restStart + title.length + 1;
        } else {
          titleFrom = restStart;
        }
      }
      this.pendingTitleFrom = titleFrom;
    } else if (this.pendingStart === null) {
      this.pendingStart = line.start;
      this.pendingTitleFrom = line.start;
    }
    this.readMarkersInLine(line, titleFrom);
  }

  private readMarkersInLine(line: TextLine, titleFrom: number): void {
    const scan = scanBrackets(this.text, line.start, line.end);
    for (const at of scan.strayClosers) this.report('UNOPENED_BRACKET', at, this.text[at]);
    for (const at of scan.unclosed) this.report('UNCLOSED_BRACKET', at, this.text[at]);
    let itemStart = line.start;
    let found = false;
    for (const group of scan.groups) {
      const kind = this.markerKind(group, line);
      if (kind === null) continue;
      const contentEnd = group.closed ? group.end - 1 : group.end;
      // A marker alone on its line closes the paragraphs above it, as label lines do.
      const alone = group.open === line.start && this.pendingStart !== null && this.pendingStart < line.start;
      const start = alone ? (this.pendingStart as number) : itemStart;
      const made = this.makeItem(
        start,
        { start: group.open, end: group.end },
        group.open + 1,
        contentEnd,
        alone ? (this.pendingTitleFrom ?? start) : itemStart === line.start ? titleFrom : itemStart,
        line.end,
        false,
        kind === 'names' ? 'responsible' : undefined,
      );
      if (!made) continue;
      found = true;
      itemStart = this.skipSeparators(made, line.end);
    }
    const inline = this.inlineLabel(line, scan.groups, itemStart);
    if (inline !== null) {
      const made = this.makeItem(
        itemStart,
        { start: inline, end: line.end },
        inline,
        line.end,
        itemStart === line.start ? titleFrom : itemStart,
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

  private skipSeparators(from: number, to: number): number {
    let at = from;
    while (at < to && /[\s。；;，,.]/.test(this.text[at] as string)) at++;
    return at;
  }

  /** A label written inline after a sentence, outside brackets: `…。牵头单位：A；配合单位：B`. */
  private inlineLabel(line: TextLine, groups: readonly BracketGroup[], from: number): number | null {
    const pattern = new RegExp(LABEL.source, 'g');
    pattern.lastIndex = from - line.start;
    for (const m of line.text.matchAll(pattern)) {
      const at = line.start + m.index;
      if (at < from || groups.some((g) => at >= g.open && at < g.end)) continue;
      const before = this.text[at - 1];
      if (at === line.start || before === undefined || /[。；;\s]/.test(before)) return at;
    }
    return null;
  }

  /** 'roles' for a marker with role words or labels; 'names' for a bracket of agency names alone
   *  that ends its paragraph; null for brackets that only qualify a word. */
  private markerKind(group: BracketGroup, line: TextLine): 'roles' | 'names' | null {
    const contentEnd = group.closed ? group.end - 1 : group.end;
    const content = this.text.slice(group.open + 1, contentEnd);
    if (content.length === 0 || content.length > MAX_MARKER_LENGTH) return null;
    const after = this.text.slice(group.end, line.end);
    if (!ROLE_WORD.test(content)) {
      return group.closed && /^[\s。；;]*$/.test(after) && looksLikeAgencyList(content) ? 'names' : null;
    }
    if (STRONG_MARKER.test(content)) return 'roles';
    return AFTER_MARKER.test(after.slice(0, 4)) ? 'roles' : null;
  }

  private flushLabelGroup(): void {
    const group = this.labelGroup;
    if (!group) return;
    this.labelGroup = null;
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
    const reading = readMarker(this.text.slice(contentStart, contentEnd), contentStart, {
      leadRuleInForce: this.leadRuleInForce,
      ...(columnRole ? { columnRole } : {}),
    });
    if (!explicit && reading.roles.length === 0 && reading.emptyRoles.length === 0) return null;
    let end = marker.end;
    while (end < bodyEnd && /[。；;]/.test(this.text[end] as string)) end++;
    const carriedRule = this.standingRule;
    this.noteReading(reading, marker.start);
    const titleText =
      titleFrom < marker.start ? this.text.slice(titleFrom, marker.start).replace(/^[\s。]+/, '') : '';
    this.items.push({
      start,
      end,
      marker,
      task: this.task,
      section: this.section,
      title: itemTitle(titleText),
      reading,
      carriedRule,
    });
    if (this.task === null) this.report('MARKER_OUTSIDE_TASK', marker.start);
    this.pendingNumbered = null;
    return end;
  }

  private noteReading(reading: MarkerReading, at: number): void {
    if (reading.statesLeadRule) {
      this.leadRuleInForce = true;
      this.report('LEAD_RULE', at, reading.statesLeadRule);
    }
    if (reading.standingRule) {
      this.standingRule = reading.standingRule;
      this.report('STANDING_RULE', at, reading.standingRule);
    }
    for (const empty of reading.emptyRoles) this.report('MARKER_WITHOUT_AGENCY', empty.at, empty.word);
    for (const piece of reading.unread) this.report('UNREAD_NAME', piece.start, piece.name);
    if (reading.roles.length === 0 && reading.emptyRoles.length === 0)
      this.report('MARKER_WITHOUT_AGENCY', at, '责任');
  }
}

function mergeReadings(readings: readonly MarkerReading[], deadline: string | null): MarkerReading {
  return {
    roles: readings.flatMap((r) => r.roles),
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
    firstBodyLine: candidates.length > 0 ? Math.min(...candidates) : lines.length,
  };
}
