// Who works with whom: agencies named in the same item must coordinate. Pure, over the model.
import type { AgencyId, Item, ItemId } from '../notice/model.ts';

export interface CoordinationLink {
  readonly source: AgencyId;
  readonly target: AgencyId;
  /** Items both agencies are named in. */
  readonly items: readonly ItemId[];
  /** Items where `source` leads and `target` cooperates or is responsible. */
  readonly sourceLeads: readonly ItemId[];
  /** Items where `target` leads and `source` cooperates or is responsible. */
  readonly targetLeads: readonly ItemId[];
}

/** What the coordination network reads of an item: who it names, in which role. */
export type NamingItem = Pick<Item, 'id' | 'leads' | 'cooperators' | 'responsible'>;

/** Every agency named by an item, lead first, each once. */
export function agenciesOf(item: Pick<Item, 'leads' | 'cooperators' | 'responsible'>): AgencyId[] {
  return [...new Set([...item.leads, ...item.cooperators, ...item.responsible])];
}

function pairKey(a: AgencyId, b: AgencyId): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

interface MutableLink {
  source: AgencyId;
  target: AgencyId;
  items: ItemId[];
  sourceLeads: ItemId[];
  targetLeads: ItemId[];
}

/** The coordination network: one undirected link per pair of agencies sharing at least one item,
 *  with the items and the lead direction kept so a view can draw lead → partner. */
export function coordinationLinks(model: { readonly items: readonly NamingItem[] }): CoordinationLink[] {
  const links = new Map<string, MutableLink>();
  for (const item of model.items) {
    const named = agenciesOf(item);
    for (let i = 0; i < named.length; i++) {
      for (let j = i + 1; j < named.length; j++) {
        const a = named[i] as AgencyId;
        const b = named[j] as AgencyId;
        const key = pairKey(a, b);
        let link = links.get(key);
        if (!link) {
          const [source, target] = a < b ? [a, b] : [b, a];
          link = { source, target, items: [], sourceLeads: [], targetLeads: [] };
          links.set(key, link);
        }
        link.items.push(item.id);
        if (item.leads.includes(link.source) && !item.leads.includes(link.target))
          link.sourceLeads.push(item.id);
        if (item.leads.includes(link.target) && !item.leads.includes(link.source))
          link.targetLeads.push(item.id);
      }
    }
  }
  return [...links.values()];
}

/** Neighbours of each agency in the coordination network, with the number of shared items. */
export function partnersOf(links: readonly CoordinationLink[]): Map<AgencyId, Map<AgencyId, number>> {
  const partners = new Map<AgencyId, Map<AgencyId, number>>();
  const add = (a: AgencyId, b: AgencyId, weight: number) => {
    let map = partners.get(a);
    if (!map) partners.set(a, (map = new Map()));
    map.set(b, weight);
  };
  for (const link of links) {
    add(link.source, link.target, link.items.length);
    add(link.target, link.source, link.items.length);
  }
  return partners;
}
