// The measures table's rows on screen: sorted and filtered, and the items behind each count, so a
// number on screen opens what it counts. Plain functions, tested without a browser.
import type { Countable, Measure, MeasureRow } from '../../analysis/measures.ts';
import type { AgencyId, Item, NoticeModel } from '../../notice/model.ts';

export {
  measureTable,
  MEASURES,
  type Countable,
  type Measure,
  type MeasureRow,
} from '../../analysis/measures.ts';

export interface MeasureFilter {
  readonly text: string;
  readonly flaggedOnly: boolean;
  readonly bloc: number | null;
}

/** Rows that pass the filter, sorted by one measure (name breaks ties, so the order is stable). */
export function shownRows(
  rows: readonly MeasureRow[],
  sort: Measure | 'name',
  descending: boolean,
  filter: MeasureFilter,
): MeasureRow[] {
  const text = filter.text.trim();
  const sign = descending ? -1 : 1;
  return rows
    .filter(
      (r) =>
        (!text || r.name.includes(text)) &&
        (!filter.flaggedOnly || r.flagged) &&
        (filter.bloc === null || r.bloc === filter.bloc),
    )
    .sort((a, b) => {
      const by = sort === 'name' ? a.name.localeCompare(b.name, 'zh') : a.values[sort] - b.values[sort];
      return sign * by || a.name.localeCompare(b.name, 'zh');
    });
}

/** What a count is made of: the items an agency leads, cooperates in …, or its tasks, sections and
 *  partners, each with the items that put it there. */
export interface CountedEntry {
  readonly key: string;
  readonly items: readonly Item[];
}

export function countedEntries(model: NoticeModel, agency: AgencyId, measure: Countable): CountedEntry[] {
  const named = (a: Item) =>
    a.leads.includes(agency) || a.cooperators.includes(agency) || a.responsible.includes(agency);
  const mine = model.items.filter(named);
  const single = (items: readonly Item[]) => items.map((a) => ({ key: a.id as string, items: [a] }));
  switch (measure) {
    case 'led':
      return single(mine.filter((a) => a.leads.includes(agency)));
    case 'cooperated':
      return single(mine.filter((a) => a.cooperators.includes(agency)));
    case 'responsible':
      return single(mine.filter((a) => a.responsible.includes(agency)));
    case 'items':
      return single(mine);
    case 'tasks':
      return groups(mine, (a) => (a.taskId ? [a.taskId] : []));
    case 'sections':
      return groups(mine, (a) => (a.sectionId ? [a.sectionId] : []));
    case 'partners':
      return groups(mine, (a) =>
        [...a.leads, ...a.cooperators, ...a.responsible].filter((x) => x !== agency),
      ).sort((x, y) => y.items.length - x.items.length);
  }
}

function groups(items: readonly Item[], keys: (a: Item) => readonly string[]): CountedEntry[] {
  const by = new Map<string, Item[]>();
  for (const item of items)
    for (const key of new Set(keys(item))) by.set(key, [...(by.get(key) ?? []), item]);
  return [...by].map(([key, list]) => ({ key, items: list }));
}
