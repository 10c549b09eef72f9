// The network the graph files carry: agencies and tasks as nodes, an edge from an agency to a task
// for each role it plays there.
//
// Edges are aggregated per (task, agency, role) with weight = number of items, not one per item:
// Gephi merges parallel edges on import (summing or dropping them), so one edge per item would be
// lost or double-counted silently, while an aggregated edge keeps weighted degree = items handled,
// the workload figure analysts look for. The item ids stay on the edge (`items`) so nothing is lost.
// Roles stay separate edges because "leads 3 items" and "cooperates on 3 items" are different work.
// An item outside any task (a marker the parser could not place) becomes its own `item` node so its
// agencies are not dropped from the network.
import type { AgencyKind, AssignmentId, NoticeModel, Role } from '../../notice/model.ts';
import { assignmentRoles } from './assignment-roles.ts';
import { inDocumentOrder } from './document-order.ts';
import { sectionHeading, taskHeading } from './heading-labels.ts';
import { indexModel, type ModelIndex } from './model-index.ts';

interface NodeBase {
  readonly id: string;
  readonly label: string;
  /** The full name: an agency's name after prefix carry-over, a task's or item's whole title. */
  readonly name: string;
}
export interface AgencyNode extends NodeBase {
  readonly kind: 'agency';
  readonly generic: boolean;
  readonly agencyKind: AgencyKind;
}
export interface WorkNode extends NodeBase {
  readonly kind: 'task' | 'item';
  readonly section: string | null;
  readonly ordinal: number | null;
}
export type NetworkNode = AgencyNode | WorkNode;

export interface NetworkEdge {
  readonly id: string;
  /** The agency node. */
  readonly source: string;
  /** The task (or item) node. */
  readonly target: string;
  readonly role: Role;
  /** Number of items behind the edge. */
  readonly weight: number;
  readonly items: readonly AssignmentId[];
}

export interface TaskAgencyNetwork {
  readonly title: string;
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

function agencyNodes(model: NoticeModel): AgencyNode[] {
  return model.agencies.map((a) => ({
    id: `agency:${a.id}`,
    kind: 'agency',
    label: a.name,
    name: a.name,
    generic: a.generic,
    agencyKind: a.kind,
  }));
}

function taskNodes(model: NoticeModel, index: ModelIndex): WorkNode[] {
  return inDocumentOrder(model.tasks).map((t) => {
    const section = index.section(t.sectionId);
    return {
      id: `task:${t.id}`,
      kind: 'task',
      label: taskHeading(t),
      name: t.title,
      section: section ? sectionHeading(section) : null,
      ordinal: t.ordinal,
    };
  });
}

interface EdgeDraft {
  source: string;
  target: string;
  role: Role;
  items: AssignmentId[];
}

export function buildTaskAgencyNetwork(model: NoticeModel): TaskAgencyNetwork {
  const index = indexModel(model);
  const itemNodes: WorkNode[] = [];
  const drafts = new Map<string, EdgeDraft>();
  for (const a of inDocumentOrder(model.assignments)) {
    let target = `task:${a.taskId}`;
    if (a.taskId === null || index.task(a.taskId) === null) {
      target = `item:${a.id}`;
      const section = index.section(a.sectionId);
      const label = a.title ?? a.id;
      itemNodes.push({
        id: target,
        kind: 'item',
        label,
        name: label,
        section: section && sectionHeading(section),
        ordinal: null,
      });
    }
    for (const { agencyId, role } of assignmentRoles(a)) {
      // An id with no agency record (a dangling correction) would make the file unloadable.
      if (index.agency(agencyId) === null) continue;
      const source = `agency:${agencyId}`;
      const key = `${source}\u0000${target}\u0000${role}`;
      const draft = drafts.get(key) ?? { source, target, role, items: [] };
      if (!draft.items.includes(a.id)) draft.items.push(a.id);
      drafts.set(key, draft);
    }
  }
  const edges = [...drafts.values()].map((d, i) => ({ id: `e${i}`, ...d, weight: d.items.length }));
  return {
    title: model.notice.title,
    nodes: [...agencyNodes(model), ...taskNodes(model, index), ...itemNodes],
    edges,
  };
}
