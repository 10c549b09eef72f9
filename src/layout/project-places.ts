// Where the deterministic layouts put the project layer: apart from the agencies and tasks, near the
// agencies that answer for each project. Layered: a band of rows beneath the agencies, each project
// under its agencies' barycentre. Rings: an outer ring, each project turned towards its agencies.
import type { LayoutInput, Point, Positions } from './layout-input.ts';
import type { GraphNode } from '../graph/network.ts';

const BAND_GAP = 90;
const ROW_GAP = 8;
const LABEL_GAP = 10;
const RING_GAP = 40;
const TAU = Math.PI * 2;

export function projectNodes(input: LayoutInput): GraphNode[] {
  return input.graph.nodes.filter((n) => n.kind === 'project' && input.sizes.has(n.id));
}

/** The agencies each project is linked to, lead links counting double. */
function projectPulls(input: LayoutInput): Map<string, Map<string, number>> {
  const pulls = new Map<string, Map<string, number>>();
  const projects = new Set(projectNodes(input).map((n) => n.id));
  for (const e of input.graph.edges) {
    if (!projects.has(e.target)) continue;
    const byAgency = pulls.get(e.target) ?? new Map<string, number>();
    byAgency.set(e.source, (byAgency.get(e.source) ?? 0) + e.weight * (e.kind === 'lead' ? 2 : 1));
    pulls.set(e.target, byAgency);
  }
  return pulls;
}

function weightedMean(
  pulls: ReadonlyMap<string, number> | undefined,
  placed: Positions,
  value: (p: Point) => { x: number; y: number },
): { x: number; y: number } | null {
  let x = 0;
  let y = 0;
  let weight = 0;
  for (const [id, w] of pulls ?? []) {
    const p = placed.get(id);
    if (!p) continue;
    const v = value(p);
    x += w * v.x;
    y += w * v.y;
    weight += w;
  }
  return weight > 0 ? { x: x / weight, y: y / weight } : null;
}

/** Projects in rows below `top`, across `width`, each under the agencies it is linked to. */
export function placeProjectsBelow(
  input: LayoutInput,
  placed: Map<string, Point>,
  top: number,
  width: number,
) {
  const projects = projectNodes(input);
  if (projects.length === 0) return;
  const pulls = projectPulls(input);
  const key = new Map(
    projects.map((n) => [n.id, weightedMean(pulls.get(n.id), placed, (p) => p)?.x ?? Infinity]),
  );
  const ordered = [...projects].sort((a, b) => (key.get(a.id) ?? 0) - (key.get(b.id) ?? 0));
  const widest = Math.max(...ordered.map((n) => input.sizes.get(n.id)?.width ?? 40)) + LABEL_GAP;
  const tallest = Math.max(...ordered.map((n) => input.sizes.get(n.id)?.height ?? 40));
  const slot = width / ordered.length;
  // Staggered over as many rows as it takes for neighbours' names not to touch.
  const rows = Math.max(1, Math.ceil(widest / slot));
  ordered.forEach((node, i) => {
    placed.set(node.id, {
      x: slot * (i + 0.5),
      y: top + BAND_GAP + tallest / 2 + (i % rows) * (tallest + ROW_GAP),
    });
  });
}

/** Projects round a ring outside `radius`, each as near as the ring allows to its agencies' side. */
export function placeProjectsAround(input: LayoutInput, placed: Map<string, Point>, radius: number) {
  const projects = projectNodes(input);
  if (projects.length === 0) return;
  const pulls = projectPulls(input);
  const extent = (id: string) => {
    const s = input.sizes.get(id);
    return s ? Math.max(s.width, s.height) + 10 : 40;
  };
  const angleOf = (id: string) => {
    const mean = weightedMean(pulls.get(id), placed, (p) => {
      const len = Math.hypot(p.x, p.y) || 1;
      return { x: p.x / len, y: p.y / len };
    });
    return mean ? Math.atan2(mean.y, mean.x) : 0;
  };
  const ordered = projects.map((n) => n.id).sort((a, b) => angleOf(a) - angleOf(b));
  const length = ordered.reduce((sum, id) => sum + extent(id), 0);
  const r = Math.max(radius + RING_GAP + Math.max(...ordered.map(extent)) / 2, length / TAU);
  let at = angleOf(ordered[0] as string) - ((extent(ordered[0] as string) / length) * TAU) / 2;
  for (const id of ordered) {
    const arc = (extent(id) / length) * TAU;
    placed.set(id, { x: r * Math.cos(at + arc / 2), y: r * Math.sin(at + arc / 2) });
    at += arc;
  }
}
