// Entry point of the core: bytes or text in, a NoticeModel out. Never throws: whatever the input,
// the result is a model (possibly empty) with diagnostics saying what was wrong and where.
import { AgencyRegistry } from './agency-registry.ts';
import { readBody, type Body, type RawItem } from './body.ts';
import { decodeBytes } from './decode.ts';
import { StringCopies } from './detach.ts';
import { DiagnosticSink } from './diagnostics.ts';
import { readHeader } from './header.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import { indexLines, splitLines } from './lines.ts';
import { isSpace } from './list-pieces.ts';
import type {
  AgencyId,
  Item,
  ItemId,
  Mention,
  NoticeModel,
  Section,
  SectionId,
  Task,
  TaskId,
} from './model.ts';
import { normalizeText, originalOffset, originalSpan, type NormalizedText } from './normalize.ts';

export interface ParseOptions {
  /** The reader that made a text input from a file (`pdf: 32 pages`), recorded in the notice. */
  readonly reader?: string;
}

interface Source {
  text: string;
  encoding: string;
  lossy: boolean;
  binary: boolean;
  html: boolean;
}

function readSource(input: Uint8Array | string): Source {
  const decoded =
    typeof input === 'string'
      ? { text: input, encoding: 'utf-16', lossy: false, binary: false }
      : decodeBytes(input);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (!decoded.binary && looksLikeHtml(text)) return { ...decoded, text: htmlToText(text), html: true };
  return { ...decoded, text, html: false };
}

/** Spans of headings run to the next heading of the same or a higher level. */
function spanEnds(starts: readonly number[], limit: number): number[] {
  return starts.map((_, i) => starts[i + 1] ?? limit);
}

function trimEnd(text: string, end: number, floor: number): number {
  let at = end;
  // A code-unit test, not a regex run on a one-character string.
  while (at > floor && isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

function buildItem(
  item: RawItem,
  index: number,
  ids: { tasks: readonly TaskId[]; sections: readonly SectionId[] },
  norm: NormalizedText,
  registry: AgencyRegistry,
  copies: StringCopies,
): Item {
  const leads: AgencyId[] = [];
  const cooperating: AgencyId[] = [];
  const responsible: AgencyId[] = [];
  const mentions: Mention[] = [];
  for (const { role, agency } of item.reading.roles) {
    const span = originalSpan(norm, agency.start, agency.end);
    const agencyId = registry.register(agency.name, span.start);
    mentions.push({ agencyId, role, start: span.start, end: span.end });
    // A switch, not a record indexed by the role: a lookup by a key known only at run time is slow.
    const byRole = role === 'lead' ? leads : role === 'cooperate' ? cooperating : responsible;
    if (!byRole.includes(agencyId)) byRole.push(agencyId);
  }
  // Spans written out, not spread: a spread copies through the runtime, per item and per mention.
  const span = originalSpan(norm, item.start, item.end);
  const notes = item.carriedRule ? [...item.reading.notes, item.carriedRule] : item.reading.notes;
  return {
    id: `item-${index + 1}` as ItemId,
    taskId: item.task === null ? null : (ids.tasks[item.task] ?? null),
    sectionId: item.section === null ? null : (ids.sections[item.section] ?? null),
    title: copies.orNull(item.title),
    number: copies.orNull(item.number),
    start: span.start,
    end: span.end,
    leads: exactCopy(leads),
    cooperators: withoutLeads(cooperating, leads),
    responsible: withoutLeads(responsible, leads),
    deadline: copies.orNull(item.reading.deadline),
    note: notes.length > 0 ? copies.of(notes.join('；')) : null,
    marker: originalSpan(norm, item.marker.start, item.marker.end),
    mentions: exactCopy(mentions),
  };
}

/** The model's arrays outlive the parse: built by push, an array keeps room for 17 entries and more,
 *  which on 20 MB of notices is tens of MB the young-generation collector copies, twice, as they
 *  survive. A slice is exactly as long as its entries. */
function exactCopy<T>(list: T[]): T[] {
  return list.length === 0 ? [] : list.slice();
}

/** `ids` without the leads, in an array of its own length (see exactCopy). */
function withoutLeads(ids: AgencyId[], leads: readonly AgencyId[]): AgencyId[] {
  return exactCopy(ids.some((id) => leads.includes(id)) ? ids.filter((id) => !leads.includes(id)) : ids);
}

function buildOutline(
  body: Body,
  norm: NormalizedText,
  copies: StringCopies,
): { sections: Section[]; tasks: Task[] } {
  const limit = norm.text.length;
  const sectionEnds = spanEnds(
    body.sections.map((s) => s.start),
    limit,
  );
  // Spans written out, not spread: a spread copies through the runtime.
  const sections = body.sections.map((s, i) => {
    const span = originalSpan(norm, s.start, trimEnd(norm.text, sectionEnds[i] ?? limit, s.start));
    return {
      id: `sec-${i + 1}` as SectionId,
      ordinal: s.ordinal,
      title: copies.of(s.title),
      start: span.start,
      end: span.end,
    };
  });
  const tasks = body.tasks.map((t, i) => {
    const next = body.tasks[i + 1]?.start ?? limit;
    const sectionEnd = t.section === null ? limit : (sectionEnds[t.section] ?? limit);
    const end = Math.min(next, sectionEnd);
    const span = originalSpan(norm, t.start, trimEnd(norm.text, end, t.start));
    return {
      id: `task-${i + 1}` as TaskId,
      ordinal: t.ordinal,
      sectionId: t.section === null ? null : (sections[t.section]?.id ?? null),
      title: copies.of(t.title),
      start: span.start,
      end: span.end,
    };
  });
  return { sections, tasks };
}

/** The notice's grammar only: header, outline, items, agencies; no projects. */
export function parseNoticeStructure(input: Uint8Array | string, options: ParseOptions = {}): NoticeModel {
  const source = readSource(input);
  const reader = options.reader ?? (source.html ? 'html' : 'text');
  const original = source.text;
  const sink = new DiagnosticSink(indexLines(original));
  const empty = (code: 'EMPTY_INPUT' | 'BINARY_INPUT'): NoticeModel => {
    sink.add(code, 0);
    return {
      notice: { title: '', issuer: null, published: null, encoding: source.encoding, reader, standing: [] },
      text: code === 'BINARY_INPUT' ? '' : original,
      sections: [],
      tasks: [],
      items: [],
      agencies: [],
      projects: [],
      diagnostics: sink.list(),
    };
  };
  if (source.binary) return empty('BINARY_INPUT');
  if (original.trim().length === 0) return empty('EMPTY_INPUT');
  if (source.lossy) sink.add('DECODE_LOSSY', 0, source.encoding);
  if (source.html) sink.add('HTML_REDUCED', 0);

  const norm = normalizeText(original);
  const toOriginal = (offset: number) => originalOffset(norm, offset);
  const lines = splitLines(norm.text);
  const body = readBody(norm.text, lines, (code, offset, detail, end) =>
    sink.add(
      code,
      toOriginal(offset),
      detail,
      end === undefined ? undefined : originalSpan(norm, offset, end).end,
    ),
  );
  // The lines themselves, not a copy of each as { text, index }: on 20 MB that is 60,000 objects more
  // while the whole model is young.
  const header = readHeader(lines, body.firstBodyLine, source.encoding);
  if (!header.info.title) sink.add('NO_TITLE', 0);

  const registry = new AgencyRegistry();
  // Titles, notes and names read from the cleaned copy of the text are slices of it: the model
  // keeps copies, so that it holds the original text alone (see detach.ts).
  const copies = new StringCopies();
  const { sections, tasks } = buildOutline(body, norm, copies);
  const ids = { tasks: tasks.map((t) => t.id), sections: sections.map((s) => s.id) };
  const items = body.items.map((item, i) => buildItem(item, i, ids, norm, registry, copies));
  for (const m of registry.merged) sink.add('ALIAS', m.offset, [m.alias, m.name]);

  if (body.oneLevel !== null && tasks.length > 0) sink.add('ONE_LEVEL', 0, levelExample(body.oneLevel));
  else if (sections.length === 0 && (tasks.length > 0 || items.length > 0)) sink.add('NO_SECTIONS', 0);
  if (items.length === 0) sink.add('NO_MARKERS', 0);
  checkTruncation(lines, (offset) => sink.add('TRUNCATED', toOriginal(offset)));

  return {
    notice: copies.all({ ...header.info, reader, standing: body.standing }),
    text: original,
    sections,
    tasks,
    items,
    agencies: registry.list(),
    // Projects are read one floor up (projects/parse-notice.ts), from the items this finds.
    projects: [],
    diagnostics: copies.all(sink.list()),
  };
}

function levelExample(level: number): string {
  return ['一、 二、 三、', '（一） （二）', '1. 2. 3.', '（1） （2）'][level - 1] ?? '';
}

/** A text that stops mid-sentence or inside a marker was cut off. */
function checkTruncation(
  lines: readonly { text: string; end: number }[],
  report: (offset: number) => void,
): void {
  const last = [...lines].reverse().find((l) => l.text.length > 0);
  // A table's last row ends in a cell (`持续推进`), not a sentence.
  if (!last || last.text.includes('\t')) return;
  const terminal = /[。！？!?）)」”』〕】\]］.;；:：]$/.test(last.text);
  // A short line without sentence punctuation is a signature, a date or a title: complete as it is.
  const standalone = !/[，,。；;、]/.test(last.text) && last.text.length < 40;
  const endsClean = terminal || standalone;
  const opens = (last.text.match(/[（(〔【[［]/g) ?? []).length;
  const closes = (last.text.match(/[）)〕】\]］]/g) ?? []).length;
  if (!endsClean || opens > closes) report(last.end);
}
