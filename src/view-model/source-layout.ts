// The source text cut into what the source view draws: blocks (an item's paragraph, or one other line),
// lines, and segments carrying the item, marker and agency mention they belong to.
// Built once per model by a single sweep over sorted spans, so a long notice lays out in linear time.
import type { AgencyId, ItemId, NoticeModel, Role, Section, Task } from '../notice/model.ts';
import { headingNumber } from './outline-tree.ts';
import { unreadPassages, type PassageKind } from './unread-passages.ts';

export interface SourceSegment {
  readonly start: number;
  readonly end: number;
  /** The item whose paragraph this text is part of. */
  readonly item: ItemId | null;
  /** The item whose responsibility marker this text is part of. */
  readonly marker: ItemId | null;
  readonly role: Role | null;
  readonly agency: AgencyId | null;
  /** Part of a section or task heading: its number and title. */
  readonly heading: HeadingLevel | null;
  /** Part of a passage the parser did not read, or a name to check. */
  readonly unread: PassageKind | null;
}

export type HeadingLevel = 'section' | 'task';

export interface SourceLine {
  /** 1-based, counted as the parser counts lines in diagnostics. */
  readonly number: number;
  readonly start: number;
  readonly end: number;
  readonly segments: readonly SourceSegment[];
}

export interface SourceBlock {
  readonly start: number;
  readonly end: number;
  /** The items this block shows: one for an item's paragraph, none for other text. */
  readonly items: readonly ItemId[];
  readonly lines: readonly SourceLine[];
}

export interface SourceLayout {
  readonly blocks: readonly SourceBlock[];
  readonly blockOfItem: ReadonlyMap<ItemId, number>;
  /** Index of the block showing a 1-based line number. */
  blockOfLine(line: number): number;
}

interface TaggedSpan<T> {
  readonly start: number;
  readonly end: number;
  readonly tag: T;
}

interface LineRange {
  readonly start: number;
  readonly end: number;
  /** Where the next line starts: past the line break. */
  readonly next: number;
}

/** Lines split as the parser's line index splits them: \r\n once, \n, or a lone \r. */
export function splitSourceLines(text: string): LineRange[] {
  const lines: LineRange[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 10 && ch !== 13) continue;
    const next = ch === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    lines.push({ start, end: i, next });
    start = next;
    i = next - 1;
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/** Walks spans sorted by start in step with increasing positions; finds the span covering a position. */
class SpanCursor<T> {
  private index = 0;
  constructor(private readonly spans: readonly TaggedSpan<T>[]) {}

  /** The span covering `at`, moving forward only. */
  at(at: number): TaggedSpan<T> | null {
    while (this.index < this.spans.length && (this.spans[this.index] as TaggedSpan<T>).end <= at)
      this.index++;
    const span = this.spans[this.index];
    return span && span.start <= at ? span : null;
  }

  /** Span edges strictly inside (from, to), and the spans overlapping [from, to). */
  edgesIn(from: number, to: number, edges: number[]): void {
    for (let i = this.index; i < this.spans.length; i++) {
      const span = this.spans[i] as TaggedSpan<T>;
      if (span.start >= to) break;
      if (span.start > from) edges.push(span.start);
      if (span.end > from && span.end < to) edges.push(span.end);
    }
  }

  /** Tags of spans overlapping [from, next), leaving the cursor at the first of them. */
  tagsTouching(from: number, next: number): T[] {
    this.at(from);
    const tags: T[] = [];
    for (let i = this.index; i < this.spans.length; i++) {
      const span = this.spans[i] as TaggedSpan<T>;
      if (span.start >= next) break;
      if (span.end > from) tags.push(span.tag);
    }
    return tags;
  }
}

function sortedSpans<T>(spans: TaggedSpan<T>[]): TaggedSpan<T>[] {
  return spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
}

interface Cursors {
  readonly items: SpanCursor<ItemId>;
  readonly markers: SpanCursor<ItemId>;
  readonly mentions: SpanCursor<{ role: Role; agency: AgencyId }>;
  readonly headings: SpanCursor<HeadingLevel>;
  readonly unread: SpanCursor<PassageKind>;
}

/** A heading's number and title as they stand in the text, e.g. `（三）创新金融服务体系`. */
function headingSpan(text: string, heading: Section | Task): { start: number; end: number } {
  const number = headingNumber(text, heading);
  const at = number ? text.indexOf(heading.title, heading.start) : -1;
  return { start: heading.start, end: at < 0 ? heading.start : at + heading.title.length };
}

function segmentLine(line: LineRange, cursors: Cursors): SourceSegment[] {
  if (line.end <= line.start) return [];
  cursors.items.at(line.start);
  cursors.markers.at(line.start);
  cursors.mentions.at(line.start);
  cursors.headings.at(line.start);
  cursors.unread.at(line.start);
  const edges = [line.start, line.end];
  cursors.items.edgesIn(line.start, line.end, edges);
  cursors.markers.edgesIn(line.start, line.end, edges);
  cursors.mentions.edgesIn(line.start, line.end, edges);
  cursors.headings.edgesIn(line.start, line.end, edges);
  cursors.unread.edgesIn(line.start, line.end, edges);
  const points = [...new Set(edges)].sort((a, b) => a - b);
  const segments: SourceSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const mention = cursors.mentions.at(start);
    segments.push({
      start,
      end: points[i + 1] as number,
      item: cursors.items.at(start)?.tag ?? null,
      marker: cursors.markers.at(start)?.tag ?? null,
      role: mention?.tag.role ?? null,
      agency: mention?.tag.agency ?? null,
      heading: cursors.headings.at(start)?.tag ?? null,
      unread: cursors.unread.at(start)?.tag ?? null,
    });
  }
  return segments;
}

/** Lines laid out between two pauses of `sourceLayoutSteps`: a few milliseconds' work. */
const LINES_PER_STEP = 100;

export function buildSourceLayout(model: NoticeModel): SourceLayout {
  const steps = layoutSteps(model);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

function* layoutSteps(model: NoticeModel): Generator<void, SourceLayout> {
  const spanOf = <T>(s: { start: number; end: number }, tag: T): TaggedSpan<T> => ({
    start: s.start,
    end: s.end,
    tag,
  });
  const items = sortedSpans(model.items.map((a) => spanOf(a, a.id)));
  const itemCursors = {
    items: new SpanCursor(items),
    markers: new SpanCursor(sortedSpans(model.items.map((a) => spanOf(a.marker, a.id)))),
    mentions: new SpanCursor(
      sortedSpans(
        model.items.flatMap((a) => a.mentions.map((m) => spanOf(m, { role: m.role, agency: m.agencyId }))),
      ),
    ),
  };
  const headings = [
    ...model.sections.map((h) => spanOf(headingSpan(model.text, h), 'section' as const)),
    ...model.tasks.map((h) => spanOf(headingSpan(model.text, h), 'task' as const)),
  ];
  // Passages overlap rarely (a name inside a marker not read); the first one wins where they do.
  const passages = unreadPassages(model).map((p) => spanOf(p, p.kind));
  const cursors: Cursors = {
    ...itemCursors,
    headings: new SpanCursor(sortedSpans<HeadingLevel>(headings)),
    unread: new SpanCursor(sortedSpans<PassageKind>(passages)),
  };
  // A separate cursor for block grouping: it looks ahead to the line break, past the segment sweep.
  const blockItems = new SpanCursor(items);
  yield;

  const blocks: { start: number; end: number; items: ItemId[]; lines: SourceLine[] }[] = [];
  const lineBlocks: number[] = [];
  const ranges = splitSourceLines(model.text);
  for (let index = 0; index < ranges.length; index++) {
    if (index > 0 && index % LINES_PER_STEP === 0) yield;
    const range = ranges[index] as LineRange;
    const line: SourceLine = {
      number: index + 1,
      start: range.start,
      end: range.end,
      segments: segmentLine(range, cursors),
    };
    const touching = blockItems.tagsTouching(range.start, range.next);
    const current = blocks[blocks.length - 1];
    // A line joins the block above when the same item runs on from there.
    if (current && touching.length > 0 && current.items.includes(touching[0] as ItemId)) {
      current.end = range.end;
      current.lines.push(line);
      for (const id of touching) if (!current.items.includes(id)) current.items.push(id);
    } else {
      blocks.push({ start: range.start, end: range.end, items: touching, lines: [line] });
    }
    lineBlocks.push(blocks.length - 1);
  }

  const blockOfItem = new Map<ItemId, number>();
  blocks.forEach((block, index) => {
    for (const id of block.items) if (!blockOfItem.has(id)) blockOfItem.set(id, index);
  });
  return {
    blocks,
    blockOfItem,
    blockOfLine: (line) => lineBlocks[Math.max(0, Math.min(line - 1, lineBlocks.length - 1))] ?? 0,
  };
}

const laidOut = new WeakMap<NoticeModel, SourceLayout>();

/** The source layout of a model, built once and kept while the model lives. */
export function sourceLayoutOf(model: NoticeModel): SourceLayout {
  let layout = laidOut.get(model);
  if (!layout) laidOut.set(model, (layout = buildSourceLayout(model)));
  return layout;
}

/** The source layout built in steps (pausing every hundred lines), for a view that builds a long
 *  notice's layout between frames before drawing it; kept as `sourceLayoutOf` keeps it. */
export function* sourceLayoutSteps(model: NoticeModel): Generator<void, SourceLayout> {
  const known = laidOut.get(model);
  if (known) return known;
  const layout = yield* layoutSteps(model);
  laidOut.set(model, layout);
  return layout;
}

export interface MarkerRun {
  /** The item whose marker these segments form, or null for text outside markers. */
  readonly marker: ItemId | null;
  readonly segments: readonly SourceSegment[];
}

/** Consecutive segments of one marker grouped together, so a marker is drawn as one highlight. */
export function markerRuns(segments: readonly SourceSegment[]): MarkerRun[] {
  const runs: { marker: ItemId | null; segments: SourceSegment[] }[] = [];
  for (const segment of segments) {
    const last = runs[runs.length - 1];
    if (last && last.marker === segment.marker) last.segments.push(segment);
    else runs.push({ marker: segment.marker, segments: [segment] });
  }
  return runs;
}
