// Display state as a pure function of the graph and the UI (selection, hover, search, filters): the
// classes each element carries. The view applies them in one batch; the stylesheet has a rule for each.
import type { GraphData } from './network.ts';

export const GRAPH_CLASSES = [
  'hidden',
  'focused',
  'neighbour',
  'dimmed',
  'hovered',
  'hover-neighbour',
  'faded',
  'match',
  'unboxed',
  'ego',
  'keyed',
] as const;

export type GraphClass = (typeof GRAPH_CLASSES)[number];

/** What is selected, in graph terms: a node, an edge, or an item (drawn by the edges that carry it). */
export interface GraphSelection {
  readonly kind: 'node' | 'edge' | 'item';
  readonly id: string;
}

export interface GraphUi {
  readonly selected: GraphSelection | null;
  /** The node or edge under the pointer. */
  readonly hover: string | null;
  /** Nodes the search found. */
  readonly matches: ReadonlySet<string>;
  /** Elements the filters leave; null for all. */
  readonly visible: ReadonlySet<string> | null;
  /** Section boxes drawn without their box (ring layouts scatter a section's tasks). */
  readonly unboxed: boolean;
  /** The agency an ego view is centred on. */
  readonly ego?: string | null;
  /** The node the keyboard is on (ringed, as a focused control is). */
  readonly keyed?: string | null;
}

interface Neighbourhood {
  readonly focused: Set<string>;
  readonly neighbours: Set<string>;
}

/** The selection and what it touches. A section stands for its tasks; an item for its edges. */
function neighbourhood(graph: GraphData, selected: GraphSelection): Neighbourhood {
  const focused = new Set<string>();
  const neighbours = new Set<string>();
  if (selected.kind === 'node') {
    focused.add(selected.id);
    for (const n of graph.nodes) if (n.parent === selected.id) focused.add(n.id);
    for (const e of graph.edges) {
      const from = focused.has(e.source);
      const to = focused.has(e.target);
      if (!from && !to) continue;
      neighbours.add(e.id);
      neighbours.add(from ? e.target : e.source);
    }
  } else {
    for (const e of graph.edges) {
      if (
        selected.kind === 'edge'
          ? e.id !== selected.id
          : !(e.items as readonly string[]).includes(selected.id)
      )
        continue;
      focused.add(e.id).add(e.source).add(e.target);
    }
  }
  neighbours.forEach((id) => focused.has(id) && neighbours.delete(id));
  return { focused, neighbours };
}

function hoverNeighbourhood(graph: GraphData, hover: string): Set<string> {
  const near = new Set<string>();
  for (const e of graph.edges) {
    if (e.source !== hover && e.target !== hover) continue;
    near.add(e.id).add(e.source === hover ? e.target : e.source);
  }
  near.delete(hover);
  return near;
}

/** The classes of every element of `graph` (an empty list when it is drawn plainly). */
export function graphClasses(graph: GraphData, ui: GraphUi): Map<string, GraphClass[]> {
  const near = ui.selected ? neighbourhood(graph, ui.selected) : null;
  // A node under the pointer lights its links and fades the rest; an edge lights itself and its two ends.
  const hoverNode = ui.hover !== null && graph.nodes.some((n) => n.id === ui.hover) ? ui.hover : null;
  const hoverEdge = hoverNode === null ? graph.edges.find((e) => e.id === ui.hover) : undefined;
  const hovered = hoverNode ?? hoverEdge?.id ?? null;
  const hoverNear = hoverNode
    ? hoverNeighbourhood(graph, hoverNode)
    : hoverEdge
      ? new Set([hoverEdge.source, hoverEdge.target])
      : null;
  // A section box stays undimmed while anything inside it is lit (selected, near the selection, or
  // near the pointer): Cytoscape fades a box's tasks with the box.
  const litParents = new Set<string>();
  const lit = (id: string) =>
    near?.focused.has(id) || near?.neighbours.has(id) || id === hovered || hoverNear?.has(id);
  for (const n of graph.nodes) if (n.parent && lit(n.id)) litParents.add(n.parent);
  const parents = new Set(graph.nodes.map((n) => n.parent).filter((p) => p !== undefined));
  const result = new Map<string, GraphClass[]>();
  const classify = (id: string, compound: boolean) => {
    if (ui.visible && !ui.visible.has(id)) return result.set(id, ['hidden']);
    const classes: GraphClass[] = [];
    if (near?.focused.has(id)) classes.push('focused');
    else if (near?.neighbours.has(id)) classes.push('neighbour');
    else if (near && near.focused.size > 0 && !litParents.has(id)) classes.push('dimmed');
    if (id === hovered) classes.push('hovered');
    else if (hoverNear?.has(id)) classes.push('hover-neighbour');
    else if (hoverNode && !near && !litParents.has(id)) classes.push('faded');
    if (ui.matches.has(id)) classes.push('match');
    if (compound && ui.unboxed) classes.push('unboxed');
    if (id === ui.ego) classes.push('ego');
    if (id === ui.keyed) classes.push('keyed');
    return result.set(id, classes);
  };
  for (const n of graph.nodes) classify(n.id, parents.has(n.id));
  for (const e of graph.edges) classify(e.id, false);
  return result;
}
