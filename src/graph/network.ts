// Graph data for the views, built from the model: plain nodes and edges, no renderer in sight.
// The same data feeds the interactive graph, the SVG/PDF export and the GraphML/GEXF writers.
import { coordinationLinks } from '../analysis/coordination.ts';
import type { Workload } from '../analysis/workload.ts';
import type { AgencyId, ItemId, NoticeModel, Role } from '../notice/model.ts';
import { reachWithin } from './focus.ts';
import { letterOf, noticeLetters, taggedNumber } from './notice-letters.ts';
import type { GraphData, GraphNode } from './network-data.ts';
import { agencyLabels } from '../notice/agency-labels.ts';

export type { EdgeKind, GraphData, GraphEdge, GraphNode, NodeKind } from './network-data.ts';

function agencyNodes(
  model: NoticeModel,
  workloads: ReadonlyMap<AgencyId, Workload>,
  only?: ReadonlySet<AgencyId>,
): GraphNode[] {
  const labels = agencyLabels(model.agencies);
  return model.agencies
    .filter((a) => !only || only.has(a.id))
    .map((a) => {
      const w = workloads.get(a.id);
      return {
        id: a.id,
        kind: 'agency',
        label: labels.get(a.id) ?? a.name,
        name: a.name,
        agencyKind: a.kind,
        generic: a.generic,
        led: w?.led ?? 0,
        joined: w?.joined ?? 0,
        load: w?.load ?? 0,
      };
    });
}

/** Sections as compound parents holding their tasks; agencies linked to tasks, one edge per
 *  (task, agency, role) carrying the items. An item with no task is linked through its section. */
export function agencyTaskNetwork(model: NoticeModel, workloads: ReadonlyMap<AgencyId, Workload>): GraphData {
  const sectionOrdinal = new Map(model.sections.map((s) => [s.id, s.ordinal]));
  // Several notices in view: each number carries its notice's letter (`B·3`), so none collide.
  const letters = noticeLetters(model);
  const number = (id: string, ordinal: number) => taggedNumber(letterOf(letters, id), ordinal);
  const nodes: GraphNode[] = [
    ...model.sections.map((s) => ({
      id: s.id,
      kind: 'section' as const,
      label: `${number(s.id, s.ordinal)}. ${s.title}`,
      name: s.title,
      sectionOrdinal: s.ordinal,
    })),
    ...model.tasks.map((t) => ({
      id: t.id,
      kind: 'task' as const,
      label: `（${number(t.id, t.ordinal)}）${t.title}`,
      name: t.title,
      sectionOrdinal: t.sectionId ? sectionOrdinal.get(t.sectionId) : undefined,
      ...(t.sectionId ? { parent: t.sectionId } : {}),
    })),
    ...agencyNodes(model, workloads),
  ];
  const edges = new Map<string, { source: string; target: string; kind: Role; items: ItemId[] }>();
  for (const item of model.items) {
    const target = item.taskId ?? item.sectionId;
    if (!target) continue;
    const roles: [Role, readonly AgencyId[]][] = [
      ['lead', item.leads],
      ['cooperate', item.cooperators],
      ['responsible', item.responsible],
    ];
    for (const [kind, ids] of roles) {
      for (const source of ids) {
        const id = `${kind}:${source}→${target}`;
        const edge = edges.get(id) ?? { source, target, kind, items: [] };
        edge.items.push(item.id);
        edges.set(id, edge);
      }
    }
  }
  return { nodes, edges: [...edges].map(([id, e]) => ({ id, ...e, weight: e.items.length })) };
}

/** Agencies only, linked when they share items, weighted by how many. The edge points from the
 *  agency that leads more of the shared items to the other, so lead → cooperator can be drawn. */
export function coordinationNetwork(
  model: NoticeModel,
  workloads: ReadonlyMap<AgencyId, Workload>,
): GraphData {
  const edges = coordinationLinks(model).map((link) => {
    const reversed = link.targetLeads.length > link.sourceLeads.length;
    return {
      id: `co:${link.source}~${link.target}`,
      source: reversed ? link.target : link.source,
      target: reversed ? link.source : link.target,
      kind: 'coordination' as const,
      items: link.items,
      weight: link.items.length,
      leadItems: reversed ? link.targetLeads.length : link.sourceLeads.length,
    };
  });
  return { nodes: agencyNodes(model, workloads), edges };
}

/** One agency's neighbourhood in the agency–task network: its tasks and their agencies (one step),
 *  and those agencies' tasks and partners too (two steps). */
export function egoNetwork(full: GraphData, agencyId: string, steps: 1 | 2): GraphData {
  const keep = reachWithin(full, agencyId, steps * 2);
  return { nodes: full.nodes.filter((n) => keep.has(n.id)), edges: full.edges.filter((e) => keep.has(e.id)) };
}
