// Changing which agencies an item names while keeping the parser's invariants: each role list holds an
// agency once, a lead is not also listed as cooperating or responsible, every mention's agency holds a
// role in its item, and every agency in the list is named by some item.
import type { Agency, AgencyId, Item, NoticeModel, Role } from '../notice/model.ts';

function unique(ids: readonly AgencyId[]): AgencyId[] {
  return [...new Set(ids)];
}

/** Role lists deduplicated, with a lead taking precedence over its other roles, as the parser does. */
export function settleRoles(
  leads: readonly AgencyId[],
  cooperators: readonly AgencyId[],
  responsible: readonly AgencyId[],
): Pick<Item, 'leads' | 'cooperators' | 'responsible'> {
  const l = unique(leads);
  return {
    leads: l,
    cooperators: unique(cooperators).filter((id) => !l.includes(id)),
    responsible: unique(responsible).filter((id) => !l.includes(id)),
  };
}

/** The role an agency holds in an item, the strongest first; null if it holds none. */
export function roleIn(item: Pick<Item, 'leads' | 'cooperators' | 'responsible'>, id: AgencyId): Role | null {
  if (item.leads.includes(id)) return 'lead';
  if (item.cooperators.includes(id)) return 'cooperate';
  if (item.responsible.includes(id)) return 'responsible';
  return null;
}

export function namesAgency(item: Item, id: AgencyId): boolean {
  return roleIn(item, id) !== null || item.mentions.some((m) => m.agencyId === id);
}

/** The item with agency ids replaced through `rename`; the same object when nothing changes, so
 *  unchanged items stay shared between the model before and after. */
export function reassignAgencies(item: Item, rename: (id: AgencyId) => AgencyId): Item {
  const touched = (ids: readonly AgencyId[]) => ids.some((id) => rename(id) !== id);
  if (!touched(item.leads) && !touched(item.cooperators) && !touched(item.responsible)) {
    if (!touched(item.mentions.map((m) => m.agencyId))) return item;
  }
  return {
    ...item,
    ...settleRoles(item.leads.map(rename), item.cooperators.map(rename), item.responsible.map(rename)),
    mentions: item.mentions.map((m) =>
      rename(m.agencyId) === m.agencyId ? m : { ...m, agencyId: rename(m.agencyId) },
    ),
  };
}

/** Drop those of `candidates` that no item names any more: an op that took an agency's last item
 *  away leaves nothing for the views to show. Agencies not touched by the op are left alone. */
export function dropUnnamed(
  agencies: readonly Agency[],
  items: readonly Item[],
  candidates: ReadonlySet<AgencyId>,
): Agency[] {
  if (candidates.size === 0) return [...agencies];
  const named = new Set<AgencyId>();
  for (const item of items) {
    for (const id of [...item.leads, ...item.cooperators, ...item.responsible]) named.add(id);
    for (const m of item.mentions) named.add(m.agencyId);
  }
  return agencies.filter((a) => !candidates.has(a.id) || named.has(a.id));
}

export function withItems(model: NoticeModel, items: readonly Item[]): NoticeModel {
  return { ...model, items };
}
