// The workspace at a glance: one row per notice — title, issuer, date, items, agencies, the heaviest
// agency and its share of the load (the ranking's load: computeWorkload with the default weights,
// collectives such as 各地 left out), and how many checks the reading raised — sortable by any column. Pure.
import { computeWorkload, rankByLoad } from '../analysis/workload.ts';
import type { NoticeModel } from '../notice/model.ts';
import type { NoticeId } from '../workspace/notice-id.ts';

export interface CorpusRow {
  readonly id: NoticeId;
  /** What the user calls the notice. */
  readonly name: string;
  readonly title: string;
  readonly issuer: string | null;
  readonly published: string | null;
  readonly items: number;
  readonly agencies: number;
  readonly heaviest: { readonly name: string; readonly share: number } | null;
  readonly diagnostics: number;
}

export type CorpusColumn =
  'title' | 'issuer' | 'date' | 'items' | 'agencies' | 'heaviest' | 'share' | 'diagnostics';

export const CORPUS_COLUMNS: readonly CorpusColumn[] = [
  'title',
  'issuer',
  'date',
  'items',
  'agencies',
  'heaviest',
  'share',
  'diagnostics',
];

export interface CorpusSort {
  readonly column: CorpusColumn;
  readonly descending: boolean;
}

export function corpusRow(id: NoticeId, name: string, model: NoticeModel): CorpusRow {
  const workloads = computeWorkload(model);
  const generic = new Set(model.agencies.filter((a) => a.generic).map((a) => a.id));
  const ranked = rankByLoad(workloads).filter((w) => !generic.has(w.agencyId));
  const total = ranked.reduce((sum, w) => sum + w.load, 0);
  const top = ranked[0];
  const agency = top ? model.agencies.find((a) => a.id === top.agencyId) : undefined;
  return {
    id,
    name,
    title: model.notice.title || name,
    issuer: model.notice.issuer,
    published: model.notice.published,
    items: model.items.length,
    agencies: model.agencies.filter((a) => !a.generic).length,
    heaviest: top && agency && total > 0 ? { name: agency.name, share: top.load / total } : null,
    diagnostics: model.diagnostics.length,
  };
}

type Key = string | number | null;

function keyOf(row: CorpusRow, column: CorpusColumn): Key {
  switch (column) {
    case 'title':
      return row.title;
    case 'issuer':
      return row.issuer;
    case 'date':
      return row.published;
    case 'heaviest':
      return row.heaviest?.name ?? null;
    case 'share':
      return row.heaviest?.share ?? null;
    default:
      return row[column];
  }
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Rows sorted by the column; rows without a value (no date, no issuer) last either way. */
export function sortCorpusRows(rows: readonly CorpusRow[], sort: CorpusSort): CorpusRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = keyOf(a, sort.column);
    const y = keyOf(b, sort.column);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order || collator.compare(a.title, b.title);
  });
}

/** Numbers read best from the largest, words from the start of the alphabet. */
export function firstDirection(column: CorpusColumn): boolean {
  return (
    column === 'items' ||
    column === 'agencies' ||
    column === 'share' ||
    column === 'diagnostics' ||
    column === 'date'
  );
}
