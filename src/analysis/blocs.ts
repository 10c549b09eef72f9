// Coordination blocs: the communities of the coordination network (agencies linked by the items they
// share, weighted by how many), found by Louvain (graphology-communities-louvain) with a seeded random
// source, so the same notice always gives the same blocs. Each bloc is named by its heaviest agency and
// described by the sections its items fall in. Collective actors (各有关部门) belong to no bloc.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Agency, AgencyId, Item, ItemId, SectionId } from '../notice/model.ts';
import { coordinationLinks, type CoordinationLink, type NamingItem } from './coordination.ts';
import { seededRandom } from './seeded-random.ts';

export interface Bloc {
  /** 1 for the bloc with the most shared items, 2 for the next … */
  readonly id: number;
  /** Its agencies, heaviest first: the first names the bloc. */
  readonly agencies: readonly AgencyId[];
  /** The sections its items fall in, most items first. */
  readonly sections: readonly SectionId[];
  /** Items naming two of its agencies or more. */
  readonly items: readonly ItemId[];
}

export interface Blocs {
  readonly blocs: readonly Bloc[];
  readonly blocOf: ReadonlyMap<AgencyId, number>;
}

/** What the blocs are found from: the agencies and who each item names (small enough to post to a
 *  worker, with no text). A NoticeModel is one. */
export interface BlocInput {
  readonly agencies: readonly Pick<Agency, 'id' | 'generic'>[];
  readonly items: readonly (NamingItem & Pick<Item, 'sectionId'>)[];
}

const SEED = 20140226;

export function coordinationBlocs(
  model: BlocInput,
  links: readonly CoordinationLink[] = coordinationLinks(model),
): Blocs {
  const generic = new Set(model.agencies.filter((a) => a.generic).map((a) => a.id));
  const graph = new Graph({ type: 'undirected', multi: false });
  // Nodes in the model's order, so the seeded walk sees them the same way every time.
  for (const agency of model.agencies) if (!generic.has(agency.id)) graph.addNode(agency.id);
  for (const link of links) {
    if (generic.has(link.source) || generic.has(link.target)) continue;
    graph.addEdge(link.source, link.target, { weight: link.items.length });
  }
  const community =
    graph.order > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(SEED) }) : {};

  const strength = new Map<AgencyId, number>();
  graph.forEachNode((node) => {
    let sum = 0;
    graph.forEachEdge(node, (_edge, attributes) => (sum += attributes.weight as number));
    strength.set(node as AgencyId, sum);
  });
  const members = new Map<number, AgencyId[]>();
  for (const [node, c] of Object.entries(community))
    members.set(c, [...(members.get(c) ?? []), node as AgencyId]);

  const sectionOf = new Map(model.items.map((a) => [a.id, a.sectionId]));
  const raw = [...members.values()].map((agencies) => {
    const inBloc = new Set(agencies);
    const items = model.items
      .filter(
        (a) => [...a.leads, ...a.cooperators, ...a.responsible].filter((x) => inBloc.has(x)).length >= 2,
      )
      .map((a) => a.id);
    const perSection = new Map<SectionId, number>();
    for (const id of items) {
      const section = sectionOf.get(id);
      if (section) perSection.set(section, (perSection.get(section) ?? 0) + 1);
    }
    return {
      agencies: agencies.sort((a, b) => (strength.get(b) ?? 0) - (strength.get(a) ?? 0) || (a < b ? -1 : 1)),
      items,
      sections: [...perSection].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s),
      weight: agencies.reduce((sum, a) => sum + (strength.get(a) ?? 0), 0),
    };
  });
  raw.sort(
    (a, b) =>
      b.weight - a.weight ||
      b.agencies.length - a.agencies.length ||
      (a.agencies[0]! < b.agencies[0]! ? -1 : 1),
  );
  const blocs = raw.map(({ agencies, items, sections }, i) => ({ id: i + 1, agencies, items, sections }));
  const blocOf = new Map<AgencyId, number>();
  for (const bloc of blocs) for (const agency of bloc.agencies) blocOf.set(agency, bloc.id);
  return { blocs, blocOf };
}
