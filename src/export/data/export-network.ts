// The network the graph files carry: the app's own agency–task network (src/graph), so a file and
// the screen never disagree, flattened for Gephi and Cytoscape desktop.
//
// Edges are those of the app: one per (task, agency, role), weight = number of items, item ids kept.
// Not one edge per item: Gephi merges parallel edges on import (summing or dropping them), so per-item
// edges would be lost or double-counted silently, while aggregated edges make weighted degree = items
// handled. Roles stay separate edges because leading 3 items and cooperating on 3 is different work.
// Sections are a task attribute, not compound nodes: Gephi draws a parent as an ordinary node, a hub
// linked to nothing. A section stays a node only where an item outside any task hangs from it.
import { computeWorkload } from '../../analysis/workload.ts';
import { agencyTaskNetwork, type GraphNode } from '../../graph/network.ts';
import type { AgencyKind, ItemId, NoticeModel, Role } from '../../notice/model.ts';
import { sectionHeading } from './heading-labels.ts';
import { indexModel, type ModelIndex } from './model-index.ts';

interface NodeBase {
  readonly id: string;
  /** The label the app draws: short agency name (商务厅), numbered task title. */
  readonly label: string;
  /** The full name: an agency's name after prefix carry-over, a task's or section's whole title. */
  readonly name: string;
}
export interface AgencyNode extends NodeBase {
  readonly kind: 'agency';
  readonly generic: boolean;
  readonly agencyKind: AgencyKind;
  /** Items it leads, items it joins without leading, and its weighted load (src/analysis). */
  readonly led: number;
  readonly joined: number;
  readonly load: number;
}
export interface WorkNode extends NodeBase {
  readonly kind: 'task' | 'section';
  /** The section heading as written, `三、建设现代化国际口岸`. */
  readonly section: string | null;
  readonly ordinal: number | null;
}
export type ExportNode = AgencyNode | WorkNode;

export interface ExportEdge {
  readonly id: string;
  /** The agency. */
  readonly source: string;
  /** The task, or the section of an item outside any task. */
  readonly target: string;
  readonly role: Role;
  readonly weight: number;
  readonly items: readonly ItemId[];
}

export interface ExportNetwork {
  readonly title: string;
  readonly nodes: readonly ExportNode[];
  readonly edges: readonly ExportEdge[];
}

function exportNode(node: GraphNode, index: ModelIndex): ExportNode | null {
  const { id, label, name } = node;
  if (node.kind === 'agency') {
    const agency = index.agency(id);
    if (!agency) return null;
    const { led = 0, joined = 0, load = 0 } = node;
    return {
      id,
      kind: 'agency',
      label,
      name,
      generic: agency.generic,
      agencyKind: agency.kind,
      led,
      joined,
      load,
    };
  }
  // The exported network has no project layer (see withProjects).
  if (node.kind === 'project') return null;
  const task = node.kind === 'task' ? index.task(id) : null;
  const section = index.section(task ? task.sectionId : id);
  const ordinal = task?.ordinal ?? (node.kind === 'section' ? (section?.ordinal ?? null) : null);
  return { id, kind: node.kind, label, name, section: section ? sectionHeading(section) : null, ordinal };
}

export function buildExportNetwork(model: NoticeModel): ExportNetwork {
  const index = indexModel(model);
  const graph = agencyTaskNetwork(model, computeWorkload(model));
  const edges: ExportEdge[] = [];
  for (const e of graph.edges) {
    if (e.kind === 'coordination') continue;
    edges.push({
      id: e.id,
      source: e.source,
      target: e.target,
      role: e.kind,
      weight: e.weight,
      items: e.items,
    });
  }
  const targets = new Set(edges.map((e) => e.target));
  const nodes = graph.nodes
    .filter((n) => n.kind !== 'section' || targets.has(n.id))
    .map((n) => exportNode(n, index))
    .filter((n): n is ExportNode => n !== null);
  // An edge to a node the model does not have (a dangling correction) would make the file unloadable.
  const ids = new Set(nodes.map((n) => n.id));
  const kept = edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { title: model.notice.title, nodes, edges: kept };
}
