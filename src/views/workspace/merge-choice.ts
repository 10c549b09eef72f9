// Which name a merge keeps. "Same agency as X" is read either way round, so the form says which name
// stays and which becomes its alias, and starts from the name with more items: merging a body named
// once into one named ten times should not make the ten an alias of the one.
import type { AgencyId } from '../../notice/model.ts';

export interface MergeChoice {
  readonly keep: AgencyId;
  readonly alias: AgencyId;
}

/** The agency with more items is kept; on a tie, the one being inspected. */
export function defaultMerge(
  inspected: AgencyId,
  other: AgencyId,
  itemsOf: (id: AgencyId) => number,
): MergeChoice {
  return itemsOf(other) > itemsOf(inspected)
    ? { keep: other, alias: inspected }
    : { keep: inspected, alias: other };
}

export function swapped(choice: MergeChoice): MergeChoice {
  return { keep: choice.alias, alias: choice.keep };
}

/** The items the kept agency carries after the merge: an item naming both counts once. */
export function mergedItems(
  choice: MergeChoice,
  items: readonly {
    leads: readonly AgencyId[];
    cooperators: readonly AgencyId[];
    responsible: readonly AgencyId[];
  }[],
): number {
  return items.filter((a) =>
    [a.leads, a.cooperators, a.responsible].some(
      (list) => list.includes(choice.keep) || list.includes(choice.alias),
    ),
  ).length;
}
