// The plain shape of a network: nodes and edges with the items behind each edge. Apart from the builders
// (network.ts) so that code the builders use, such as focus.ts, can name it without a circle.
import type { AgencyKind, ItemId, ProjectKind, Role } from '../notice/model.ts';

export type NodeKind = 'section' | 'task' | 'agency' | 'project';

export interface GraphNode {
  readonly id: string;
  readonly kind: NodeKind;
  /** Short label drawn on the node. */
  readonly label: string;
  /** Full name or title, for hover and panels. */
  readonly name: string;
  /** Compound parent (a task's section). */
  readonly parent?: string;
  readonly sectionOrdinal?: number;
  readonly agencyKind?: AgencyKind;
  readonly generic?: boolean;
  readonly led?: number;
  readonly joined?: number;
  readonly load?: number;
  readonly projectKind?: ProjectKind;
  /** A folded node (aggregate.ts): the tasks of a section or the agencies of a bloc drawn as this one
   *  node, which opens to show them. */
  readonly members?: readonly string[];
}

export type EdgeKind = Role | 'coordination';

export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: EdgeKind;
  /** Items behind the edge: every edge can be traced to the sentences that made it. */
  readonly items: readonly ItemId[];
  readonly weight: number;
  /** Coordination edges: how many of the shared items the source leads. */
  readonly leadItems?: number;
  /** An edge of the project layer (agency → project), drawn lighter than the network beneath it. */
  readonly layer?: 'project';
}

export interface GraphData {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}
