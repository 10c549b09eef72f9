// How each node and edge of a graph looks: shape, size, colours, label, line style. One pure function
// feeds both the Cytoscape elements on screen and the exported scene, so the two cannot drift apart.
// Lead edges are thick, solid, orange and arrowed; cooperate edges thin, dashed and blue: the roles
// differ in four ways at once, so they stay apart in greyscale and for colour-blind readers.
import {
  INK,
  MUTED_INK,
  PAPER,
  PROJECT_KIND_APPEARANCE,
  ROLE_APPEARANCE,
  nodeDiameter,
  sectionColor,
} from './appearance.ts';
import { agencyColor, shade, tint, type ColorBy } from './colors.ts';
import { balancedLines, linesBox, taskLabelLines, wordLines } from './label-text.ts';
import type { Role } from '../notice/model.ts';
import type { GraphData, GraphEdge, GraphNode } from './network.ts';

export type LabelPlacement = 'below' | 'inside' | 'above';

export interface NodeLook {
  readonly shape: 'ellipse' | 'round-rectangle' | 'diamond';
  /** Size of the node's body; 0 for a compound section, which wraps its tasks. */
  readonly width: number;
  readonly height: number;
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly dashed: boolean;
  /** The label with its line breaks. */
  readonly label: string;
  readonly fontSize: number;
  readonly fontWeight: 400 | 600;
  readonly textColor: string;
  readonly placement: LabelPlacement;
  /** Estimated size of the label's text box. */
  readonly labelWidth: number;
  readonly labelHeight: number;
}

export interface EdgeLook {
  readonly color: string;
  readonly width: number;
  /** Dash and gap lengths, or null for a solid line. */
  readonly dash: readonly number[] | null;
  readonly arrow: boolean;
  readonly opacity: number;
  /** Drawing order: higher on top, so lead edges are never buried under cooperate edges. */
  readonly z: number;
}

export interface LookOptions {
  readonly colorBy: ColorBy;
  /** The section each agency works in most (see dominantSections). */
  readonly agencySection: ReadonlyMap<string, number>;
  /** Each agency's colour by the notices naming it, for colouring by notice (see notice-letters.ts). */
  readonly agencyNotice?: ReadonlyMap<string, string>;
  /** Each agency's coordination bloc, for colouring by bloc (see bloc-colouring.ts). */
  readonly agencyBloc?: ReadonlyMap<string, number>;
  /** Coordination edges: draw lead → partner with an arrow, in the lead colour. */
  readonly direction: boolean;
  /** Tasks show their titles; otherwise their numbers only, which keeps a whole notice legible on
   *  one screen (the title is a hover or a click away). */
  readonly taskTitles: boolean;
}

export interface GraphLook {
  readonly nodes: ReadonlyMap<string, NodeLook>;
  readonly edges: ReadonlyMap<string, EdgeLook>;
}

export const AGENCY_FONT = 13;
/** Where an English agency name breaks. */
const AGENCY_LINE_CHARS = 18;
export const TASK_FONT = 11;
export const SECTION_FONT = 13;
export const PROJECT_FONT = 11;
/** A project's diamond: smaller than a busy agency, so the layer does not crowd the agencies out. */
export const PROJECT_SIZE = 20;
/** Room between a node's text and its border. */
export const PAD = { x: 8, y: 5 } as const;
export const COOPERATE_DASH: readonly number[] = [5, 4];

function agencyLook(node: GraphNode, maxLoad: number, options: LookOptions): NodeLook {
  const size = nodeDiameter(node.load ?? 0, maxLoad, 14, 48);
  const color = agencyColor(
    node,
    options.colorBy,
    options.agencySection,
    options.agencyBloc,
    options.agencyNotice,
  );
  const heavy = maxLoad > 0 && (node.load ?? 0) >= maxLoad * 0.4;
  // An English name runs long: on a few short lines it takes the room of a Chinese one.
  const lines = wordLines(node.label, AGENCY_LINE_CHARS);
  const box = linesBox(lines, AGENCY_FONT);
  return {
    shape: 'ellipse',
    width: size,
    height: size,
    fill: node.generic ? tint(color, 0.6) : color,
    stroke: node.generic ? shade(color, 0.2) : PAPER,
    strokeWidth: 1.5,
    dashed: node.generic === true,
    label: lines.join('\n'),
    fontSize: AGENCY_FONT,
    fontWeight: heavy ? 600 : 400,
    textColor: INK,
    placement: 'below',
    labelWidth: box.width,
    labelHeight: box.height,
  };
}

/** A project: a diamond in its kind's colour (agencies are discs, tasks boxes), its name below. */
function projectLook(node: GraphNode): NodeLook {
  const color = PROJECT_KIND_APPEARANCE[node.projectKind ?? 'other'].color;
  const lines = node.label.split('\n');
  const box = linesBox(lines, PROJECT_FONT);
  return {
    shape: 'diamond',
    width: PROJECT_SIZE,
    height: PROJECT_SIZE,
    fill: color,
    stroke: PAPER,
    strokeWidth: 1.5,
    dashed: false,
    label: node.label,
    fontSize: PROJECT_FONT,
    fontWeight: 400,
    textColor: shade(color, 0.35),
    placement: 'below',
    labelWidth: box.width,
    labelHeight: box.height,
  };
}

function boxedLook(
  lines: string[],
  color: string,
  fontSize: number,
  strong: boolean,
  pad: { x: number; y: number } = PAD,
): NodeLook {
  const box = linesBox(lines, fontSize);
  return {
    shape: 'round-rectangle',
    width: Math.round(box.width + 2 * pad.x),
    height: Math.round(box.height + 2 * pad.y),
    fill: tint(color, strong ? 0.78 : 0.88),
    stroke: color,
    strokeWidth: strong ? 2 : 1.25,
    dashed: false,
    label: lines.join('\n'),
    fontSize,
    fontWeight: strong ? 600 : 400,
    textColor: INK,
    placement: 'inside',
    labelWidth: box.width,
    labelHeight: box.height,
  };
}

function sectionLook(node: GraphNode, compound: boolean): NodeLook {
  const color = sectionColor(node.sectionOrdinal ?? 1);
  // Folded into one node (large graphs), a section is drawn like a big task.
  if (!compound) return boxedLook(balancedLines(node.label, 10), color, SECTION_FONT, true);
  const box = linesBox([node.label], SECTION_FONT);
  return {
    shape: 'round-rectangle',
    width: 0,
    height: 0,
    fill: tint(color, 0.94),
    stroke: tint(color, 0.45),
    strokeWidth: 1,
    dashed: false,
    label: node.label,
    fontSize: SECTION_FONT,
    fontWeight: 600,
    textColor: shade(color, 0.35),
    placement: 'above',
    labelWidth: box.width,
    labelHeight: box.height,
  };
}

/** Width grows with the items behind an edge, by their logarithm so one heavy pair cannot swamp the
 *  picture; capped so a heavy cooperate edge never reaches a light lead edge's weight. */
function weighted(base: number, weight: number, cap: number): number {
  return Math.min(base * cap, base * (1 + 0.45 * Math.log2(Math.max(1, weight))));
}

/** The project layer's links recede behind the network's own, so agencies and tasks stay readable
 *  with the layer on; selecting or hovering a project brings its links forward as for any node. */
const PROJECT_LAYER_OPACITY = 0.5;

function roleEdgeLook(edge: GraphEdge): EdgeLook {
  const role = edge.kind === 'coordination' ? 'cooperate' : edge.kind;
  const look = ROLE_APPEARANCE[role];
  const base = roleEdgeBase(edge, role, look);
  return edge.layer === 'project' ? { ...base, opacity: base.opacity * PROJECT_LAYER_OPACITY, z: 0 } : base;
}

function roleEdgeBase(edge: GraphEdge, role: Role, look: (typeof ROLE_APPEARANCE)[Role]): EdgeLook {
  return {
    color: look.color,
    width: weighted(look.width, edge.weight, role === 'cooperate' ? 2.2 : 2.4),
    dash: look.dashed ? COOPERATE_DASH : null,
    arrow: role === 'lead',
    opacity: role === 'cooperate' ? 0.45 : 0.92,
    z: role === 'lead' ? 3 : role === 'responsible' ? 2 : 1,
  };
}

/** A coordination link is drawn lead → partner when one side leads at least half of the items the two
 *  share: a working relationship with a leader, not two agencies that happen to cooperate together. */
export function isLedLink(edge: GraphEdge): boolean {
  return (edge.leadItems ?? 0) * 2 >= edge.weight && (edge.leadItems ?? 0) > 0;
}

function coordinationEdgeLook(edge: GraphEdge, options: LookOptions): EdgeLook {
  const directed = options.direction && isLedLink(edge);
  return {
    color: directed ? ROLE_APPEARANCE.lead.color : MUTED_INK,
    width: 0.8 + 1.1 * Math.log2(Math.max(1, edge.weight)),
    dash: null,
    arrow: directed,
    // Dense by nature (every pair named in one item is linked): single shared items recede, so the
    // heavy, lasting relationships carry the picture; hovering or selecting brings any link back.
    opacity: edge.weight === 1 ? 0.12 : Math.min(0.8, 0.2 + 0.06 * edge.weight),
    z: directed ? 2 : 1,
  };
}

export function edgeLook(edge: GraphEdge, options: LookOptions): EdgeLook {
  return edge.kind === 'coordination' ? coordinationEdgeLook(edge, options) : roleEdgeLook(edge);
}

export function nodeLook(
  node: GraphNode,
  maxLoad: number,
  compound: boolean,
  options: LookOptions,
): NodeLook {
  if (node.kind === 'agency') return agencyLook(node, maxLoad, options);
  if (node.kind === 'section') return sectionLook(node, compound);
  if (node.kind === 'project') return projectLook(node);
  const color = sectionColor(node.sectionOrdinal ?? 1);
  if (options.taskTitles) return boxedLook(taskLabelLines(node.label), color, TASK_FONT, false);
  // A number alone: a chip at least as wide as it is tall, so one-digit tasks are not slivers.
  const number = taskLabelLines(node.label)[0]?.split(' ')[0] ?? node.label;
  const chip = boxedLook([number], color, TASK_FONT + 0.5, false, { x: 6, y: 3 });
  return { ...chip, width: Math.max(chip.width, chip.height + 6), fill: tint(color, 0.72), fontWeight: 600 };
}

export function graphLook(graph: GraphData, options: LookOptions): GraphLook {
  const maxLoad = Math.max(0, ...graph.nodes.map((n) => (n.kind === 'agency' ? (n.load ?? 0) : 0)));
  const parents = new Set(graph.nodes.map((n) => n.parent).filter((p) => p !== undefined));
  return {
    nodes: new Map(graph.nodes.map((n) => [n.id, nodeLook(n, maxLoad, parents.has(n.id), options)])),
    edges: new Map(graph.edges.map((e) => [e.id, edgeLook(e, options)])),
  };
}

/** The room a node takes with its label, for layouts: a label below lengthens and may widen it. */
export function footprint(look: NodeLook): { width: number; height: number } {
  if (look.placement !== 'below') return { width: look.width, height: look.height };
  return { width: Math.max(look.width, look.labelWidth + 6), height: look.height + look.labelHeight + 4 };
}

/** Layouts place a node's footprint; its body sits this far below the footprint's centre (above it,
 *  when negative: a disc with its name beneath sits in the upper part of its footprint). */
export function bodyOffset(look: NodeLook): number {
  return look.placement === 'below' ? -(look.labelHeight + 4) / 2 : 0;
}
