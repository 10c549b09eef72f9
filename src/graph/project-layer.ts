// The project layer of a graph: each project the notice names, linked to the agencies in the graph that
// answer for it — one edge per (agency, project, role), carrying the items that name the project, so
// a project edge traces to its sentences like any other. Added on top of the agency–task or the
// coordination network; a project no agency of the graph answers for is left out.
import type { AgencyId, ItemId, NoticeModel, Project, Role } from '../notice/model.ts';
import { balancedLines } from './label-text.ts';
import type { GraphData, GraphEdge, GraphNode } from './network.ts';

/** Long names (`满洲里—阿拉坦额莫勒—阿木古郎—阿尔山高等级公路`) are cut on the node; the panel and
 *  the tooltip show them whole. */
const MAX_LABEL = 16;

export function projectLabel(name: string): string {
  const short = name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name;
  return balancedLines(short, 9).join('\n');
}

function roleOf(item: NoticeModel['items'][number], agency: AgencyId): Role | null {
  if (item.leads.includes(agency)) return 'lead';
  if (item.cooperators.includes(agency)) return 'cooperate';
  return item.responsible.includes(agency) ? 'responsible' : null;
}

function projectEdges(project: Project, model: NoticeModel, agencies: ReadonlySet<string>): GraphEdge[] {
  const byId = new Map(model.items.map((a) => [a.id as string, a]));
  const edges = new Map<string, { source: string; kind: Role; items: ItemId[] }>();
  for (const itemId of project.itemIds) {
    const item = byId.get(itemId);
    if (!item) continue;
    for (const agency of [...item.leads, ...item.cooperators, ...item.responsible]) {
      const kind = roleOf(item, agency);
      if (!kind || !agencies.has(agency)) continue;
      const id = `${kind}:${agency}→${project.id}`;
      const edge = edges.get(id) ?? { source: agency, kind, items: [] };
      if (!edge.items.includes(item.id)) edge.items.push(item.id);
      edges.set(id, edge);
    }
  }
  return [...edges].map(([id, e]) => ({
    id,
    ...e,
    target: project.id,
    weight: e.items.length,
    layer: 'project' as const,
  }));
}

export function withProjects(graph: GraphData, model: NoticeModel): GraphData {
  const agencies = new Set(graph.nodes.filter((n) => n.kind === 'agency').map((n) => n.id));
  const sectionOrdinal = new Map(model.sections.map((s) => [s.id as string, s.ordinal]));
  const taskSection = new Map(model.tasks.map((t) => [t.id as string, t.sectionId]));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const project of model.projects) {
    const linked = projectEdges(project, model, agencies);
    if (linked.length === 0) continue;
    const section = taskSection.get(project.taskIds[0] ?? '');
    const ordinal = section ? sectionOrdinal.get(section) : undefined;
    nodes.push({
      id: project.id,
      kind: 'project',
      label: projectLabel(project.name),
      name: project.name,
      projectKind: project.kind,
      ...(ordinal !== undefined ? { sectionOrdinal: ordinal } : {}),
    });
    edges.push(...linked);
  }
  return { nodes: [...graph.nodes, ...nodes], edges: [...graph.edges, ...edges] };
}
