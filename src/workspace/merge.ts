// Several notices seen as one: the model the views draw when the scope holds more than one notice
// (and, for uniform ids, when it holds one). Agencies with the same name are one agency — their ids
// are name keys already — so an agency's load and partners add up across notices. The caller may give
// each notice's agency another name in the union (`市财政局` of 青岭市's notice as `青岭市财政局`, see
// view-model/notice-union.ts); the union then keys agencies by that name and remembers how each notice
// wrote it. Sections, tasks and items keep their notice in their id (`n1/item-3`, see scoped-id.ts).
// The texts are laid end to end, so every span still points into `model.text`. Pure.
import type {
  Agency,
  AgencyId,
  Item,
  ItemId,
  Diagnostic,
  NoticeInfo,
  NoticeModel,
  Project,
  Section,
  SectionId,
  Task,
  TaskId,
} from '../notice/model.ts';
import { agencyKey } from '../notice/agency-names.ts';
import type { NoticeId } from './notice-id.ts';
import { noticesInScope, type NoticeScope } from './scope.ts';
import { scopedId } from './scoped-id.ts';

export interface ScopedNotice {
  readonly id: NoticeId;
  /** The notice's model with its corrections applied. */
  readonly model: NoticeModel;
}

/** Where one notice's text sits in the merged text. */
export interface NoticePart {
  readonly id: NoticeId;
  readonly notice: NoticeInfo;
  readonly textStart: number;
  readonly textEnd: number;
  /** Lines of the merged text before this notice's first line. */
  readonly lineOffset: number;
}

export interface MergedNotices {
  readonly model: NoticeModel;
  readonly parts: readonly NoticePart[];
  /** The notice each scoped section, task, item and project id came from. */
  readonly origin: ReadonlyMap<string, NoticeId>;
  /** The notices that name each agency, in scope order. */
  readonly agencyNotices: ReadonlyMap<AgencyId, readonly NoticeId[]>;
  /** How each notice wrote each agency of the union, in scope order: its provenance. */
  readonly spellings: ReadonlyMap<AgencyId, readonly AgencySpelling[]>;
}

/** One notice's own agency behind an agency of the union. */
export interface AgencySpelling {
  readonly noticeId: NoticeId;
  /** The agency's id and name in that notice (what its corrections name). */
  readonly agencyId: AgencyId;
  readonly name: string;
  /** Its other spellings in that notice: the text's, and names a correction replaced. */
  readonly aliases: readonly string[];
  /** The notice's items that name it. */
  readonly items: number;
}

/** The name an agency of a notice takes in the union; its own name when not given. */
export type UnionName = (agency: Agency, notice: ScopedNotice) => string;

const ownName: UnionName = (agency) => agency.name;

const unionIdFor = (name: string) => `ag:${agencyKey(name)}` as AgencyId;

/** Blank lines between notices, so no line of one runs into the next. */
const SEPARATOR = '\n\n';

function lineCount(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

function layOut(notices: readonly ScopedNotice[]): NoticePart[] {
  let offset = 0;
  let lines = 0;
  return notices.map(({ id, model }) => {
    const part = {
      id,
      notice: model.notice,
      textStart: offset,
      textEnd: offset + model.text.length,
      lineOffset: lines,
    };
    offset = part.textEnd + SEPARATOR.length;
    lines += lineCount(model.text) + lineCount(SEPARATOR);
    return part;
  });
}

export function mergeNotices(
  notices: readonly ScopedNotice[],
  scope: NoticeScope,
  unionName: UnionName = ownName,
): MergedNotices {
  const inScope = noticesInScope(notices, scope);
  const parts = layOut(inScope);
  const origin = new Map<string, NoticeId>();
  const renamed = inScope.map((n) => renameAgencies(n, unionName));
  const pieces = renamed.map((n, i) => scopeNotice(n, parts[i] as NoticePart, origin));
  const model: NoticeModel = {
    notice: mergedInfo(parts),
    text: inScope.map((n) => n.model.text).join(SEPARATOR),
    sections: pieces.flatMap((p) => p.sections),
    tasks: pieces.flatMap((p) => p.tasks),
    items: pieces.flatMap((p) => p.items),
    agencies: mergeAgencies(renamed),
    projects: pieces.flatMap((p) => p.projects),
    diagnostics: pieces.flatMap((p) => p.diagnostics),
  };
  return {
    model,
    parts,
    origin,
    agencyNotices: agencyNotices(renamed),
    spellings: agencySpellings(inScope, renamed),
  };
}

/** The notice with its agencies under their union names (ids following names), items naming them so.
 *  An agency whose union name is its own is left as it is. */
function renameAgencies(notice: ScopedNotice, unionName: UnionName): ScopedNotice {
  const ids = new Map<AgencyId, AgencyId>();
  const agencies = notice.model.agencies.map((agency): Agency => {
    const name = unionName(agency, notice);
    if (name === agency.name) return agency;
    const id = unionIdFor(name);
    ids.set(agency.id, id);
    return { ...agency, id, name, aliases: [...new Set([agency.name, ...agency.aliases])] };
  });
  if (ids.size === 0) return notice;
  const to = (id: AgencyId) => ids.get(id) ?? id;
  // Two spellings of one notice may take one union name (市财政局 and 满洲里市财政局): named once.
  const all = (list: readonly AgencyId[]) => [...new Set(list.map(to))];
  const items = notice.model.items.map((item): Item => ({
    ...item,
    leads: all(item.leads),
    cooperators: all(item.cooperators),
    responsible: all(item.responsible),
    mentions: item.mentions.map((m) => ({ ...m, agencyId: to(m.agencyId) })),
  }));
  return { id: notice.id, model: { ...notice.model, agencies, items } };
}

function mergedInfo(parts: readonly NoticePart[]): NoticeInfo {
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only) return only.notice;
  const one = <T>(values: readonly T[]): T | null =>
    new Set(values).size === 1 ? (values[0] ?? null) : null;
  const dates = parts.flatMap((p) => (p.notice.published ? [p.notice.published] : [])).sort();
  return {
    title: parts.map((p) => p.notice.title).join('；'),
    issuer: one(parts.map((p) => p.notice.issuer)),
    published: dates.at(-1) ?? null,
    encoding: one(parts.map((p) => p.notice.encoding)) ?? 'mixed',
    reader: one(parts.map((p) => p.notice.reader ?? 'text')) ?? 'mixed',
    standing: [...new Set(parts.flatMap((p) => p.notice.standing ?? []))],
  };
}

type ModelPieces = Pick<NoticeModel, 'sections' | 'tasks' | 'items' | 'projects' | 'diagnostics'>;

/** One notice's records with scoped ids and spans shifted into the merged text. */
function scopeNotice(
  { id, model }: ScopedNotice,
  part: NoticePart,
  origin: Map<string, NoticeId>,
): ModelPieces {
  const scoped = <Id extends string>(local: string): Id => {
    const sid = scopedId<Id>(id, local);
    origin.set(sid, id);
    return sid;
  };
  const at = part.textStart;
  const shift = <S extends { start: number; end: number }>(s: S): S => ({
    ...s,
    start: s.start + at,
    end: s.end + at,
  });
  const section = (sid: SectionId | null) => (sid === null ? null : scoped<SectionId>(sid));
  const task = (tid: TaskId | null) => (tid === null ? null : scoped<TaskId>(tid));
  return {
    sections: model.sections.map((s): Section => ({ ...shift(s), id: scoped(s.id) })),
    tasks: model.tasks.map((t): Task => ({ ...shift(t), id: scoped(t.id), sectionId: section(t.sectionId) })),
    items: model.items.map((a): Item => ({
      ...shift(a),
      id: scoped(a.id),
      taskId: task(a.taskId),
      sectionId: section(a.sectionId),
      marker: shift(a.marker),
      mentions: a.mentions.map(shift),
    })),
    projects: model.projects.map((p): Project => ({
      ...p,
      id: scoped(p.id),
      taskIds: p.taskIds.map((t) => scopedId<TaskId>(id, t)),
      itemIds: p.itemIds.map((a) => scopedId<ItemId>(id, a)),
    })),
    diagnostics: model.diagnostics.map((d): Diagnostic => ({
      ...d,
      offset: d.offset + at,
      ...(d.end === undefined ? {} : { end: d.end + at }),
      line: d.line + part.lineOffset,
    })),
  };
}

/** One record per agency id: the first notice's name, every other spelling as an alias. A user who
 *  marked the agency generic in one notice means the name, so generic in one is generic in all. */
function mergeAgencies(notices: readonly ScopedNotice[]): Agency[] {
  const byId = new Map<AgencyId, Agency>();
  for (const agency of notices.flatMap((n) => n.model.agencies)) {
    const seen = byId.get(agency.id);
    if (!seen) {
      byId.set(agency.id, agency);
      continue;
    }
    const spellings = [...seen.aliases, agency.name, ...agency.aliases].filter((s) => s !== seen.name);
    const generic = seen.generic || agency.generic;
    const kind = generic ? 'generic' : seen.kind;
    byId.set(agency.id, { ...seen, aliases: [...new Set(spellings)], generic, kind });
  }
  return [...byId.values()];
}

function agencyNotices(notices: readonly ScopedNotice[]): Map<AgencyId, NoticeId[]> {
  const map = new Map<AgencyId, NoticeId[]>();
  for (const { id, model } of notices) {
    for (const agency of new Set(model.agencies.map((a) => a.id)))
      map.set(agency, [...(map.get(agency) ?? []), id]);
  }
  return map;
}

function itemCounts(model: NoticeModel): Map<AgencyId, number> {
  const counts = new Map<AgencyId, number>();
  for (const item of model.items)
    for (const id of new Set([...item.leads, ...item.cooperators, ...item.responsible]))
      counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Each union agency's spellings: the notice's own agency, by its own id and name, and its items. */
function agencySpellings(
  own: readonly ScopedNotice[],
  renamed: readonly ScopedNotice[],
): Map<AgencyId, AgencySpelling[]> {
  const map = new Map<AgencyId, AgencySpelling[]>();
  own.forEach(({ id: noticeId, model }, n) => {
    const union = (renamed[n] as ScopedNotice).model.agencies;
    const items = itemCounts(model);
    model.agencies.forEach((agency, i) => {
      const unionId = union[i]?.id ?? agency.id;
      const spelling = {
        noticeId,
        agencyId: agency.id,
        name: agency.name,
        aliases: agency.aliases,
        items: items.get(agency.id) ?? 0,
      };
      map.set(unionId, [...(map.get(unionId) ?? []), spelling]);
    });
  });
  return map;
}
