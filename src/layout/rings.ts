// Two deterministic ring layouts. Circle: tasks round one half in document order, agencies round the
// other, ordered so chords run side by side. Concentric: the heaviest agencies at the centre, lighter
// ones further out, tasks on the outer ring; each agency turned towards the tasks it works on. The project
// layer, when on, rings them all.
import { agencyPulls, type LayoutInput, type Point, type Positions } from './layout-input.ts';
import type { GraphNode } from '../graph/network.ts';
import { placeProjectsAround } from './project-places.ts';

const GAP = 14;
const TAU = Math.PI * 2;

/** The room a node takes along a ring. */
function extent(input: LayoutInput, id: string): number {
  const size = input.sizes.get(id);
  return size ? Math.max(size.width, size.height) + GAP : 40;
}

function taskOrder(nodes: readonly GraphNode[]): GraphNode[] {
  // Stable sort keeps document order within a section.
  return nodes
    .filter((n) => n.kind === 'task' || n.kind === 'section')
    .sort((a, b) => (a.sectionOrdinal ?? 1e9) - (b.sectionOrdinal ?? 1e9));
}

/** Places `ids` round a circle of radius r, each taking an arc in proportion to its size. */
function around(input: LayoutInput, ids: readonly string[], r: number, start: number, span: number) {
  const total = ids.reduce((sum, id) => sum + extent(input, id), 0);
  const out = new Map<string, Point>();
  let at = start;
  for (const id of ids) {
    const arc = (extent(input, id) / total) * span;
    const angle = at + arc / 2;
    out.set(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
    at += arc;
  }
  return out;
}

/** Rings drawn as ellipses fill a landscape screen better, and names are wider than they are tall:
 *  stretch the rings sideways by the nodes' typical width-to-height ratio (within limits; shrinking
 *  the height by as much as the width grows keeps every gap at least as large as a node needs). */
export function stretchFactor(input: LayoutInput): number {
  const ratios = [...input.sizes.values()].map((s) => s.width / Math.max(1, s.height)).sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)] ?? 1;
  return Math.min(1.2, Math.max(1, Math.sqrt(median)));
}

function stretched(input: LayoutInput, positions: Map<string, Point>): Map<string, Point> {
  const sx = stretchFactor(input);
  const out = new Map<string, Point>();
  for (const [id, p] of positions) out.set(id, { x: p.x * sx, y: p.y / sx });
  return out;
}

/** Mean angle of the tasks an agency works on, weighted by pull. */
function meanAngle(pulls: ReadonlyMap<string, number> | undefined, placed: Positions): number | null {
  let x = 0;
  let y = 0;
  for (const [task, w] of pulls ?? []) {
    const p = placed.get(task);
    if (!p) continue;
    const len = Math.hypot(p.x, p.y) || 1;
    x += (w * p.x) / len;
    y += (w * p.y) / len;
  }
  return x === 0 && y === 0 ? null : Math.atan2(y, x);
}

function agenciesBySectionThenLoad(input: LayoutInput): GraphNode[] {
  const section = (n: GraphNode) => input.agencySection.get(n.id) ?? 1e9;
  return input.graph.nodes
    .filter((n) => n.kind === 'agency' && input.sizes.has(n.id))
    .sort((a, b) => section(a) - section(b) || (b.load ?? 0) - (a.load ?? 0));
}

export function circleLayout(input: LayoutInput): Positions {
  const tasks = taskOrder(input.graph.nodes)
    .filter((n) => input.sizes.has(n.id))
    .map((n) => n.id);
  let agencies = agenciesBySectionThenLoad(input).map((n) => n.id);
  const length = (ids: readonly string[]) => ids.reduce((sum, id) => sum + extent(input, id), 0);
  if (tasks.length === 0) {
    const r = Math.max(160, length(agencies) / TAU);
    const placed = around(input, agencies, r, -Math.PI / 2, TAU);
    placeProjectsAround(input, placed, r);
    return stretched(input, placed);
  }
  // Tasks round one side, agencies round the other, each side as long as its count of nodes asks (a
  // task's chip is small, but thirty of them squeezed into a sliver could not be told apart);
  // agencies in the order of the tasks they pull towards, reversed, so that chords nest, not cross.
  const taskShare = tasks.length / (tasks.length + agencies.length);
  const r = Math.max(160, length(tasks) / (taskShare * TAU), length(agencies) / ((1 - taskShare) * TAU));
  const placedTasks = around(input, tasks, r, Math.PI, taskShare * TAU);
  const pulls = agencyPulls(input.graph);
  const key = new Map(agencies.map((id) => [id, meanAngle(pulls.get(id), placedTasks) ?? 0]));
  agencies = [...agencies].sort((a, b) => (key.get(b) ?? 0) - (key.get(a) ?? 0));
  const placedAgencies = around(input, agencies, r, Math.PI + taskShare * TAU, (1 - taskShare) * TAU);
  const placed = new Map([...placedTasks, ...placedAgencies]);
  placeProjectsAround(input, placed, r);
  return stretched(input, placed);
}

interface Ring {
  readonly radius: number;
  readonly ids: string[];
}

/** Rings from the centre out, each as full as its circumference allows; ring 0 holds one node. A ring
 *  sits as far beyond the last as the widest node of either needs, so no two rings touch. */
function fillRings(input: LayoutInput, ids: readonly string[]): Ring[] {
  const rings: Ring[] = [];
  let i = 0;
  let radius = 0;
  let previousWidest = 0;
  while (i < ids.length) {
    if (rings.length > 0) radius += (previousWidest + extent(input, ids[i] as string)) / 2;
    let room = rings.length === 0 ? 0 : TAU * radius;
    const ring: string[] = [];
    do {
      ring.push(ids[i] as string);
      room -= extent(input, ids[i] as string);
      i++;
    } while (i < ids.length && room - extent(input, ids[i] as string) >= 0);
    previousWidest = Math.max(...ring.map((id) => extent(input, id)));
    rings.push({ radius, ids: ring });
  }
  return rings;
}

export function concentricLayout(input: LayoutInput): Positions {
  const agencies = input.graph.nodes
    .filter((n) => n.kind === 'agency' && input.sizes.has(n.id))
    .sort((a, b) => (b.load ?? 0) - (a.load ?? 0))
    .map((n) => n.id);
  const rings = fillRings(input, agencies);
  const tasks = taskOrder(input.graph.nodes)
    .filter((n) => input.sizes.has(n.id))
    .map((n) => n.id);
  const taskLength = tasks.reduce((s, id) => s + extent(input, id), 0);
  const outer = rings.at(-1);
  const widest = Math.max(0, ...(outer?.ids ?? []).map((id) => extent(input, id)));
  const taskRadius = Math.max((outer?.radius ?? 0) + widest + 30, taskLength / TAU);
  const positions = new Map<string, Point>(
    tasks.length > 0 ? around(input, tasks, taskRadius, -Math.PI / 2, TAU) : [],
  );
  const pulls = agencyPulls(input.graph);
  const sectionOrder = new Map(agenciesBySectionThenLoad(input).map((n, i) => [n.id, i]));
  rings.forEach(({ radius, ids: ring }, k) => {
    if (k === 0) return positions.set(ring[0] as string, { x: 0, y: 0 });
    // Turn each agency towards its tasks; with no tasks, keep an area's agencies side by side.
    const angle = (id: string) =>
      tasks.length > 0
        ? (meanAngle(pulls.get(id), positions) ?? 0)
        : ((sectionOrder.get(id) ?? 0) / agencies.length) * TAU;
    const ordered = [...ring].sort((a, b) => angle(a) - angle(b));
    const start = (ordered.length > 0 ? angle(ordered[0] as string) : 0) - Math.PI / ordered.length;
    around(input, ordered, radius, start, TAU).forEach((p, id) => positions.set(id, p));
  });
  placeProjectsAround(input, positions, Math.max(taskRadius, (outer?.radius ?? 0) + widest));
  return stretched(input, positions);
}
