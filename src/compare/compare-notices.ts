// Two notices compared, A the older and B the newer: agencies matched by identity with their load
// before and after, items matched by text, tasks added and dropped, coordination links gained and
// lost. What a careful analyst would otherwise build by hand in a spreadsheet. Pure.
import type { NoticeModel } from '../notice/model.ts';
import { matchAgencies, type ComparedAgency } from './agency-matching.ts';
import type { NoticeRegions } from './agency-identity.ts';
import { matchItems, type ItemMatchOptions, type ItemMatching } from './item-matching.ts';
import { linkChanges, type LinkChanges } from './link-changes.ts';
import { matchTasks, type TaskMatching } from './task-matching.ts';

export interface ComparedNotice {
  readonly title: string;
  readonly issuer: string | null;
  readonly published: string | null;
  readonly items: number;
  readonly tasks: number;
  readonly agencies: number;
}

export interface NoticeComparison {
  readonly a: ComparedNotice;
  readonly b: ComparedNotice;
  readonly regions: NoticeRegions;
  /** One row per body, in B's order then A's (see `sortAgencies` for the view's orders). */
  readonly agencies: readonly ComparedAgency[];
  readonly items: ItemMatching;
  readonly tasks: TaskMatching;
  readonly links: LinkChanges;
}

function summary(model: NoticeModel, agencies: number): ComparedNotice {
  const { title, issuer, published } = model.notice;
  return {
    title,
    issuer,
    published,
    items: model.items.length,
    tasks: model.tasks.length,
    agencies,
  };
}

export function compareNotices(
  a: NoticeModel,
  b: NoticeModel,
  options: ItemMatchOptions = {},
): NoticeComparison {
  const matching = matchAgencies(a, b);
  const items = matchItems(a, b, matching.keyOfA, matching.keyOfB, options);
  const nameOf = new Map(matching.rows.map((r) => [r.key, r.name]));
  return {
    a: summary(a, matching.rows.filter((r) => r.idsA.length > 0).length),
    b: summary(b, matching.rows.filter((r) => r.idsB.length > 0).length),
    regions: matching.regions,
    agencies: matching.rows,
    items,
    tasks: matchTasks(a, b, items.pairs),
    links: linkChanges(a, b, matching.keyOfA, matching.keyOfB, nameOf),
  };
}

export type AgencyOrder = 'change' | 'gain' | 'loss' | 'load-a' | 'load-b' | 'name';

/** The rows in the order asked: by size of change (either way), by gain, by loss, by load before or
 *  after, or by name. Ties keep the comparison's order. */
export function sortAgencies(rows: readonly ComparedAgency[], order: AgencyOrder): ComparedAgency[] {
  const by: Record<AgencyOrder, (x: ComparedAgency, y: ComparedAgency) => number> = {
    change: (x, y) => Math.abs(y.change) - Math.abs(x.change) || y.change - x.change,
    gain: (x, y) => y.change - x.change,
    loss: (x, y) => x.change - y.change,
    'load-a': (x, y) => y.a.load - x.a.load,
    'load-b': (x, y) => y.b.load - x.b.load,
    name: (x, y) => x.name.localeCompare(y.name, 'zh'),
  };
  return [...rows].sort(by[order]);
}
