// Who an agency works with most, and on what: its partners ranked by the items they share, each with
// the partner's part in them (leads, cooperates, is responsible). For a task or a section, the agencies
// named in it ranked the same way. Pure, over the model.
import type { AgencyId, Item, ItemId, NoticeModel } from '../notice/model.ts';
import { agenciesOf } from './coordination.ts';

export interface Partner {
  readonly agency: AgencyId;
  /** The items both name, in document order. */
  readonly items: readonly ItemId[];
  /** Of those, the items the partner leads, joins, and is named responsible in. */
  readonly leads: number;
  readonly cooperates: number;
  readonly responsible: number;
}

interface Tally {
  items: ItemId[];
  leads: number;
  cooperates: number;
  responsible: number;
}

function tally(items: readonly Item[], exclude: AgencyId | null): Partner[] {
  const byAgency = new Map<AgencyId, Tally>();
  for (const item of items) {
    for (const agency of agenciesOf(item)) {
      if (agency === exclude) continue;
      const t = byAgency.get(agency) ?? { items: [], leads: 0, cooperates: 0, responsible: 0 };
      t.items.push(item.id);
      if (item.leads.includes(agency)) t.leads++;
      else if (item.cooperators.includes(agency)) t.cooperates++;
      else t.responsible++;
      byAgency.set(agency, t);
    }
  }
  return [...byAgency]
    .map(([agency, t]) => ({ agency, ...t }))
    .sort((a, b) => b.items.length - a.items.length || b.leads - a.leads || (a.agency < b.agency ? -1 : 1));
}

/** The agencies that share items with `agency`, most shared first (then most led). */
export function partnersOf(model: NoticeModel, agency: AgencyId): Partner[] {
  return tally(
    model.items.filter((a) => agenciesOf(a).includes(agency)),
    agency,
  );
}

/** The agencies named in these items (a task's, a section's), most items first. */
export function agenciesIn(items: readonly Item[]): Partner[] {
  return tally(items, null);
}
