// Walking the body of a notice line by line: sections, tasks, and the items each marker closes.
// The outline comes from the numbering the notice uses: 一、 sections over （一） or 1. tasks, or, in a
// notice numbered at one level only, those headings as tasks. Offsets here are in the normalised
// text; parse.ts maps them back to the original.
import type { Body, RawItem } from './body-model.ts';
import { Outline } from './body-outline.ts';
import { TableReader, tableHeaderAt } from './body-table.ts';
import { scanBrackets, type BracketGroup } from './brackets.ts';
import { headingTitle, numberingGaps, readHeadings, type Heading } from './headings.ts';
import { itemTitle } from './item-title.ts';
import { closingSentence, inlineLabel, markerKind, MAX_MARKER_LENGTH } from './line-markers.ts';
import type { TextLine } from './lines.ts';
import { LABEL, readMarker, type MarkerReading } from './marker.ts';
import { mayHoldLabel } from './marker-words.ts';
import type { Role } from './model.ts';
import { OpenParagraphs } from './open-paragraphs.ts';
import { RulesInForce, type Report } from './rules-in-force.ts';
import { isSpace } from './list-pieces.ts';
import { readTableHeader } from './table-rows.ts';
import { looksLikeMarker } from './unread.ts';

export type { Body, RawItem, RawSection, RawTask } from './body-model.ts';
export type { Report } from './rules-in-force.ts';

const LABEL_LINE = new RegExp(`^(?:${LABEL.source})`);
const HAS_LABEL = new RegExp(LABEL.source);

interface Span {
  readonly start: number;
  readonly end: number;
}

/** A marker found, before it is read: what `makeItem` needs to make an item of it. */
interface ItemDraft {
  /** Where the item's text starts: the paragraphs or the part of the line the marker closes. */
  readonly start: number;
  /** The marker as written (its brackets, or its label lines): the item's marker span. */
  readonly marker: Span;
  /** What is read as the marker: inside its brackets, or the label lines themselves. */
  readonly content: Span;
  /** Where the item's title may start. */
  readonly titleFrom: number;
  /** Closing punctuation after the marker belongs to the item, up to here. */
  readonly bodyEnd: number;
  /** Label lines make an item even when they name no one (it is reported instead). */
  readonly labelled?: boolean;
  /** The role of names written with no role word (a bracket of names alone). */
  readonly columnRole?: Role;
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

class BodyWalker {
  readonly items: RawItem[] = [];
  readonly outline: Outline;
  readonly rules: RulesInForce;
  /** The notice is numbered at this one level only, or null. */
  readonly oneLevel: number | null;
  firstBodyLine = -1;
  private readonly paragraphs = new OpenParagraphs();
  private readonly table: TableReader;
  /** Label lines read in a row, closed together as one marker. */
  private labelGroup: Span | null = null;
  private readonly lineTexts: readonly string[];
  private readonly headings: readonly (Heading | null)[];
  /** The level of each section's tasks, by the section heading's line. */
  private readonly levels: Map<number, number>;

  constructor(
    private readonly text: string,
    private readonly lines: readonly TextLine[],
    private readonly report: Report,
  ) {
    this.lineTexts = lines.map((l) => l.text);
    // A table row opens with its 序号 and a tab (`1\t（一）…`): a cell, not a numbered heading.
    this.headings = readHeadings(lines.map((l) => (/^\s*\d{1,3}\t/.test(l.head) ? '' : l.head)));
    // A notice whose tasks are a table's rows has its numbered headings as sections, however few
    // levels they use: the rows are the tasks.
    const tabled = this.lineTexts.some((t) => readTableHeader(t) !== null);
    this.oneLevel = tabled ? null : singleLevel(this.headings);
    this.levels = taskLevels(this.headings);
    this.outline = new Outline(this.oneLevel ?? this.levels.get(-1) ?? null);
    this.rules = new RulesInForce(report);
    this.table = new TableReader({ outline: this.outline, rules: this.rules, items: this.items });
  }

  walk(): void {
    for (const gap of numberingGaps(this.headings)) {
      this.report('NUMBERING_GAP', this.lines[gap.index]?.start ?? 0, [`${gap.ordinal}`, `${gap.previous}`]);
    }
    this.lines.forEach((line, i) => {
      if (line.text.length === 0) return;
      const heading = this.headings[i] ?? null;
      if (this.readTableLine(line, i, heading)) return;
      if (this.isLabelLine(line, heading)) {
        this.markBody(i);
        this.labelGroup = { start: this.labelGroup?.start ?? line.start, end: line.end };
        return;
      }
      this.flushLabelGroup();
      if (heading) this.markBody(i);
      this.readLine(line, heading, heading?.level === 1 ? (this.levels.get(i) ?? null) : undefined);
    });
    this.flushLabelGroup();
    this.table.flushRow();
    this.paragraphs.closeNumbered();
    this.reportUnmarked();
  }

  /** `牵头单位：…`, or a numbered line that is only a label (`（三）责任单位：…`). */
  private isLabelLine(line: TextLine, heading: Heading | null): boolean {
    // LABEL reads full-width and half-width colons and brackets alike: the line as written will do.
    if (!mayHoldLabel(line.text)) return false;
    if (LABEL_LINE.test(line.text)) return true;
    return heading !== null && LABEL_LINE.test(line.text.slice(heading.numberLength).trimStart());
  }

  /** A line of a task table, or the header that opens one. */
  private readTableLine(line: TextLine, i: number, heading: Heading | null): boolean {
    if (this.table.isOpen) {
      // A group heading between rows (`一、推进体制机制改革创新`, a merged row) opens a section; the
      // table goes on under it.
      if (heading?.level === 1 && !line.text.includes('\t')) return false;
      if (this.table.readLine(line)) return true;
    }
    const rowsAreTasks = this.outline.task === null || this.outline.taskLevel === null;
    const shape = tableHeaderAt(this.lineTexts, i, rowsAreTasks);
    if (!shape) return false;
    this.flushLabelGroup();
    this.markBody(i);
    this.table.open(shape);
    return true;
  }

  private markBody(i: number): void {
    if (this.firstBodyLine < 0) this.firstBodyLine = i;
  }

  private reportUnmarked(): void {
    for (const heading of this.paragraphs.takeUnmarked())
      this.report('ITEM_WITHOUT_MARKER', heading.at, heading.label);
  }

  private readLine(
    line: TextLine,
    heading: Heading | null,
    sectionTaskLevel: number | null | undefined,
  ): void {
    let titleFrom = line.start;
    if (heading) {
      titleFrom = this.readHeading(line, heading, sectionTaskLevel);
      this.paragraphs.titleFrom = titleFrom;
    } else if (this.paragraphs.start === null) {
      this.paragraphs.start = line.start;
      this.paragraphs.titleFrom = line.start;
    }
    this.readMarkersInLine(line, titleFrom);
  }

  /** A numbered heading opens a section, a task or an item; returns where an item's title may start. */
  private readHeading(line: TextLine, heading: Heading, sectionTaskLevel: number | null | undefined): number {
    const restStart = line.start + heading.numberLength;
    const title = headingTitle(line.text.slice(heading.numberLength));
    const label = line.text.slice(0, heading.numberLength).trim();
    const paragraphs = this.paragraphs;
    if (heading.level === 1 && this.oneLevel === null) {
      paragraphs.closeNumbered();
      this.reportUnmarked();
      this.outline.openSection(
        { ordinal: heading.ordinal, title, start: line.start },
        label,
        sectionTaskLevel ?? null,
      );
      paragraphs.start = null;
      return restStart + title.length;
    }
    // A heading numbered deeper than the pending one is its child: the parent needs no marker.
    if (paragraphs.numbered && heading.level > paragraphs.numbered.level) paragraphs.numbered = null;
    paragraphs.closeNumbered();
    paragraphs.start = line.start;
    paragraphs.numbered = { label, at: line.start, level: heading.level };
    this.outline.numberHeading(heading.level, label);
    if (heading.level === this.outline.taskLevel) {
      this.outline.openTask(heading.ordinal, title, line.start);
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
      const kind = markerKind(this.text, group, line);
      const made = kind === null ? null : this.readBracket(group, kind, line, itemStart, titleFrom);
      if (made === null) {
        this.checkUnread(group);
        continue;
      }
      found = true;
      itemStart = this.skipSeparators(made, line.end);
    }
    const inline =
      inlineLabel(this.text, line, scan.groups, itemStart) ??
      closingSentence(this.text, line, scan.groups, itemStart, this.rules.leadRule);
    if (inline !== null) {
      const made = this.makeItem({
        start: itemStart,
        marker: { start: inline, end: line.end },
        content: { start: inline, end: line.end },
        titleFrom: itemStart === line.start ? titleFrom : itemStart,
        bodyEnd: line.end,
      });
      if (made !== null) {
        found = true;
        itemStart = line.end;
      }
    }
    if (found) {
      this.paragraphs.start = itemStart < line.end ? itemStart : null;
      this.paragraphs.titleFrom = this.paragraphs.start;
    }
  }

  private readBracket(
    group: BracketGroup,
    kind: 'roles' | 'names',
    line: TextLine,
    itemStart: number,
    titleFrom: number,
  ): number | null {
    const open = this.paragraphs;
    // A marker alone on its line closes the paragraphs above it, as label lines do.
    const alone = group.open === line.start && open.start !== null && open.start < line.start;
    const start = alone ? (open.start as number) : itemStart;
    const titleAt = alone ? (open.titleFrom ?? start) : itemStart === line.start ? titleFrom : itemStart;
    return this.makeItem({
      start,
      marker: { start: group.open, end: group.end },
      content: { start: group.open + 1, end: group.closed ? group.end - 1 : group.end },
      titleFrom: titleAt,
      bodyEnd: line.end,
      ...(kind === 'names' ? { columnRole: 'responsible' as const } : {}),
    });
  }

  /** A bracket that looks like a marker (a role word and an agency-like name) but gave no item. */
  private checkUnread(group: BracketGroup): void {
    const content = this.text.slice(group.open + 1, group.closed ? group.end - 1 : group.end);
    if (content.length <= MAX_MARKER_LENGTH && looksLikeMarker(content))
      this.report('UNREAD_MARKER', group.open, excerpt(this.text.slice(group.open, group.end)), group.end);
  }

  private skipSeparators(from: number, to: number): number {
    let at = from;
    while (at < to && isSeparator(this.text.charCodeAt(at))) at++;
    return at;
  }

  private flushLabelGroup(): void {
    const group = this.labelGroup;
    if (!group) return;
    this.labelGroup = null;
    const open = this.paragraphs;
    // Headings of the task level left without a marker before this one: the label line closes them
    // all, so the item is the section's and its text runs from the first of them.
    const covered = open.unmarked.filter((h) => h.level === this.outline.taskLevel);
    const closesAll = covered.length > 0 && covered.length === open.unmarked.length;
    const labels = { marker: group, content: group, bodyEnd: group.start, labelled: true };
    if (this.outline.section !== null && open.numbered && closesAll) {
      const first = covered[0] as { at: number };
      open.unmarked = [];
      this.outline.leaveTask();
      this.makeItem({ ...labels, start: first.at, titleFrom: group.start });
      open.start = null;
      return;
    }
    this.reportUnmarked();
    const start = open.start ?? group.start;
    const titleFrom = open.start !== null ? (open.titleFrom ?? start) : group.start;
    this.makeItem({ ...labels, start, titleFrom });
    open.start = null;
  }

  /** Read a marker and, when it names responsibilities, record the item it closes. Returns the item's end. */
  private makeItem(draft: ItemDraft): number | null {
    const reading = this.readDraft(draft);
    if (!draft.labelled && reading.roles.length === 0 && reading.emptyRoles.length === 0) return null;
    const end = this.itemEnd(draft);
    const carriedRule = this.rules.standingRule;
    this.rules.take(reading, draft.marker.start, draft.marker.end);
    if (!draft.labelled) this.reportUnmarked();
    this.outline.sectionStandsAsTask();
    this.items.push({
      start: draft.start,
      end,
      marker: draft.marker,
      task: this.outline.task,
      section: this.outline.section,
      title: itemTitle(this.titleText(draft)),
      number: this.outline.itemNumber(),
      reading,
      carriedRule,
    });
    if (this.outline.task === null) this.report('MARKER_OUTSIDE_TASK', draft.marker.start);
    this.paragraphs.numbered = null;
    return end;
  }

  private readDraft(draft: ItemDraft): MarkerReading {
    const content = this.text.slice(draft.content.start, draft.content.end);
    // A label line may open with its own numbering (`（三）责任单位：…`): only the labels are read.
    const skip = draft.labelled ? Math.max(0, content.search(HAS_LABEL)) : 0;
    return readMarker(content.slice(skip), draft.content.start + skip, {
      leadRuleInForce: this.rules.leadRule,
      facts: this.rules.facts,
      ...(draft.columnRole ? { columnRole: draft.columnRole } : {}),
    });
  }

  /** The item ends after its marker and the closing punctuation that follows it. */
  private itemEnd(draft: ItemDraft): number {
    let end = draft.marker.end;
    while (end < draft.bodyEnd && /[。；;]/.test(this.text[end] as string)) end++;
    return end;
  }

  private titleText(draft: ItemDraft): string {
    const { titleFrom } = draft;
    const to = draft.marker.start;
    return titleFrom < to ? this.text.slice(titleFrom, to).replace(/^[\s。]+/, '') : '';
  }
}

/** `[\s。；;，,.]`, told by the code unit: no string made for each character tested. */
function isSeparator(c: number): boolean {
  return SEPARATOR_CODES.has(c) || isSpace(c);
}
const SEPARATOR_CODES = new Set([...'。；;，,.'].map((c) => c.charCodeAt(0)));

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function readBody(text: string, lines: readonly TextLine[], report: Report): Body {
  const walker = new BodyWalker(text, lines, report);
  walker.walk();
  const firstItem = walker.items[0];
  const firstItemLine = firstItem ? lines.findIndex((l) => l.end >= firstItem.marker.start) : -1;
  const candidates = [walker.firstBodyLine, firstItemLine].filter((i) => i >= 0);
  return {
    sections: walker.outline.sections,
    tasks: walker.outline.tasks,
    items: walker.items,
    standing: walker.rules.standing,
    oneLevel: walker.oneLevel,
    firstBodyLine: candidates.length > 0 ? Math.min(...candidates) : lines.length,
  };
}
