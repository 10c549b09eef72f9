// A notice as rows of the tables a data engine reads (DuckDB, pandas, Spark): notices, sections,
// tasks, items, agencies, assignments, projects and diagnostics. Every row carries its notice's id
// (the file's path within the corpus), so tables join across notices and across the shards of one
// run. An agency carries two keys: `agency_key`, its name as the parser compares names, and
// `body_key`, the body it is across notices — a name with only a level qualified by the issuer's
// region (two cities' 市财政局 stay apart) and reduced by the genre's rule for one body written
// several ways (发改委 / 发展和改革委员会), as the comparison of two notices reads them. Pure: the CLI (src/cli/corpus.ts) writes the rows as Parquet and CSV.
import { identityKey, issuerRegion } from '../compare/agency-identity.ts';
import { agencyKey } from '../notice/agency-names.ts';
import type { AgencyId, NoticeModel } from '../notice/model.ts';

export type Cell = string | number | boolean | null;
export type Row = readonly Cell[];

export interface TableSpec {
  readonly name: TableName;
  readonly columns: readonly { readonly name: string; readonly type: 'STRING' | 'INT32' | 'BOOLEAN' }[];
}

export type TableName =
  | 'notices'
  | 'sections'
  | 'tasks'
  | 'items'
  | 'agencies'
  | 'assignments'
  | 'projects'
  | 'diagnostics'
  | 'failures';

const s = (name: string) => ({ name, type: 'STRING' as const });
const n = (name: string) => ({ name, type: 'INT32' as const });
const b = (name: string) => ({ name, type: 'BOOLEAN' as const });

export const TABLES: readonly TableSpec[] = [
  {
    name: 'notices',
    columns: [
      s('notice_id'),
      s('title'),
      s('issuer'),
      s('published'),
      s('reader'),
      s('encoding'),
      n('sections'),
      n('tasks'),
      n('items'),
      n('agencies'),
      n('warnings'),
    ],
  },
  { name: 'sections', columns: [s('notice_id'), s('section_id'), n('ordinal'), s('title')] },
  { name: 'tasks', columns: [s('notice_id'), s('task_id'), s('section_id'), n('ordinal'), s('title')] },
  {
    name: 'items',
    columns: [
      s('notice_id'),
      s('item_id'),
      s('task_id'),
      s('section_id'),
      s('title'),
      s('deadline'),
      s('sentence'),
      s('marker'),
      n('line'),
    ],
  },
  {
    name: 'agencies',
    columns: [
      s('notice_id'),
      s('agency_id'),
      s('agency_key'),
      s('body_key'),
      s('name'),
      s('kind'),
      b('generic'),
    ],
  },
  {
    name: 'assignments',
    columns: [s('notice_id'), s('item_id'), s('agency_id'), s('agency_key'), s('body_key'), s('role')],
  },
  {
    name: 'projects',
    columns: [s('notice_id'), s('project_id'), s('name'), s('kind'), s('places'), n('items')],
  },
  {
    name: 'diagnostics',
    columns: [s('notice_id'), s('level'), s('code'), s('message'), n('line'), n('column')],
  },
  { name: 'failures', columns: [s('notice_id'), s('reason')] },
];

export type NoticeRows = Readonly<Record<TableName, readonly Row[]>>;

/** The line (1-based) of an offset: items carry it so a row leads back to the file. */
function lineAt(text: string, offset: number, starts: number[]): number {
  if (starts.length === 0) {
    starts.push(0);
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  }
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function noticeRows(noticeId: string, model: NoticeModel): NoticeRows {
  const id = (local: string) => `${noticeId}#${local}`;
  const keyOf = new Map(model.agencies.map((a) => [a.id, agencyKey(a.name)]));
  const region = issuerRegion(model.notice.issuer);
  const bodyOf = new Map(model.agencies.map((a) => [a.id, identityKey(a, region)]));
  const lines: number[] = [];
  const assignments: Row[] = [];
  for (const a of model.items) {
    const named = (agencies: readonly AgencyId[], role: string) => {
      for (const g of agencies)
        assignments.push([noticeId, id(a.id), id(g), keyOf.get(g) ?? g, bodyOf.get(g) ?? g, role]);
    };
    named(a.leads, 'lead');
    named(a.cooperators, 'cooperate');
    named(a.responsible, 'responsible');
  }
  return {
    notices: [
      [
        noticeId,
        model.notice.title,
        model.notice.issuer,
        model.notice.published,
        model.notice.reader,
        model.notice.encoding,
        model.sections.length,
        model.tasks.length,
        model.items.length,
        model.agencies.length,
        model.diagnostics.filter((d) => d.level !== 'info').length,
      ],
    ],
    sections: model.sections.map((x) => [noticeId, id(x.id), x.ordinal, x.title]),
    tasks: model.tasks.map((t) => [noticeId, id(t.id), t.sectionId && id(t.sectionId), t.ordinal, t.title]),
    items: model.items.map((a) => [
      noticeId,
      id(a.id),
      a.taskId && id(a.taskId),
      a.sectionId && id(a.sectionId),
      a.title,
      a.deadline,
      model.text.slice(a.start, a.end),
      model.text.slice(a.marker.start, a.marker.end),
      lineAt(model.text, a.start, lines),
    ]),
    agencies: model.agencies.map((a) => [
      noticeId,
      id(a.id),
      keyOf.get(a.id) ?? a.name,
      bodyOf.get(a.id) ?? a.name,
      a.name,
      a.kind,
      a.generic,
    ]),
    assignments,
    projects: model.projects.map((p) => [
      noticeId,
      id(p.id),
      p.name,
      p.kind,
      p.places.join('、'),
      p.itemIds.length,
    ]),
    diagnostics: model.diagnostics.map((d) => [noticeId, d.level, d.code, d.message, d.line, d.column]),
    failures: [],
  };
}

/** A file that could not be read: a row of its own, so a run's output says what it left out. */
export function failureRows(noticeId: string, reason: string): NoticeRows {
  const empty = Object.fromEntries(TABLES.map((t) => [t.name, [] as Row[]])) as Record<TableName, Row[]>;
  return { ...empty, failures: [[noticeId, reason]] };
}
