// Several notices seen as one: the model the views draw when the scope holds more than one notice
// (and, for uniform ids, when it holds one). Agencies with the same name are one agency — their ids
// are name keys already — so an agency's load and partners add up across notices. Sections, tasks and
// items keep their notice in their id (`n1/item-3`, see scoped-id.ts). The texts are laid end to end,
// so every span still points into `model.text`. Pure.
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
}

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

export function mergeNotices(notices: readonly ScopedNotice[], scope: NoticeScope): MergedNotices {
  const inScope = noticesInScope(notices, scope);
  const parts = layOut(inScope);
  const origin = new Map<string, NoticeId>();
  const pieces = inScope.map((n, i) => scopeNotice(n, parts[i] as NoticePart, origin));
  const model: NoticeModel = {
    notice: mergedInfo(parts),
    text: inScope.map((n) => n.model.text).join(SEPARATOR),
    sections: pieces.flatMap((p) => p.sections),
    tasks: pieces.flatMap((p) => p.tasks),
    items: pieces.flatMap((p) => p.items),
    agencies: mergeAgencies(inScope),
    projects: pieces.flatMap((p) => p.projects),
    diagnostics: pieces.flatMap((p) => p.diagnostics),
  };
  return { model, parts, origin, agencyNotices: agencyNotices(inScope) };
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
    for (const agency of model.agencies) map.set(agency.id, [...(map.get(agency.id) ?? []), id]);
  }
  return map;
}
