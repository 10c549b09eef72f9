// The public JSON format of a parsed notice (`fengong-atlas/notice`, version 1): the model as data,
// with a fixed key order so files diff cleanly and other tools can rely on the layout.
import type { Item, NoticeModel } from '../../notice/model.ts';
import { inDocumentOrder } from './document-order.ts';

export const MODEL_JSON_FORMAT = 'fengong-atlas/notice';
export const MODEL_JSON_VERSION = 1;

function itemJson(a: Item) {
  return {
    id: a.id,
    taskId: a.taskId,
    sectionId: a.sectionId,
    title: a.title,
    number: a.number,
    start: a.start,
    end: a.end,
    leads: a.leads,
    cooperators: a.cooperators,
    responsible: a.responsible,
    deadline: a.deadline,
    note: a.note,
    marker: { start: a.marker.start, end: a.marker.end },
    mentions: a.mentions.map((m) => ({ agencyId: m.agencyId, role: m.role, start: m.start, end: m.end })),
  };
}

/** Builds the plain object; key order here is the key order of the file. */
export function modelToJsonObject(model: NoticeModel) {
  const { notice } = model;
  return {
    format: MODEL_JSON_FORMAT,
    version: MODEL_JSON_VERSION,
    notice: {
      title: notice.title,
      issuer: notice.issuer,
      published: notice.published,
      encoding: notice.encoding,
      reader: notice.reader,
      standing: notice.standing,
    },
    sections: inDocumentOrder(model.sections).map((s) => ({
      id: s.id,
      ordinal: s.ordinal,
      title: s.title,
      start: s.start,
      end: s.end,
    })),
    tasks: inDocumentOrder(model.tasks).map((t) => ({
      id: t.id,
      ordinal: t.ordinal,
      sectionId: t.sectionId,
      title: t.title,
      start: t.start,
      end: t.end,
    })),
    assignments: inDocumentOrder(model.items).map(itemJson),
    agencies: model.agencies.map((a) => ({
      id: a.id,
      name: a.name,
      aliases: a.aliases,
      generic: a.generic,
      kind: a.kind,
    })),
    projects: model.projects.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      taskIds: p.taskIds,
      assignmentIds: p.itemIds, // the key of format 1: items were then called assignments
      places: p.places,
    })),
    diagnostics: model.diagnostics.map((d) => ({
      level: d.level,
      code: d.code,
      message: d.message,
      line: d.line,
      column: d.column,
      // Where the passage a finding is about begins and ends in `text` (passages not read, names to check).
      ...(d.end === undefined ? {} : { start: d.offset, end: d.end }),
    })),
    text: model.text,
  };
}

/** The file: pretty-printed with two spaces and a final newline. */
export function toModelJson(model: NoticeModel): string {
  return `${JSON.stringify(modelToJsonObject(model), null, 2)}\n`;
}
