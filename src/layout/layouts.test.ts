// The deterministic layouts on the Manzhouli network: every node placed, nothing on top of anything,
// and each layout's promise kept (columns by section, heaviest in the centre, tasks round one half).
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { computeWorkload } from '../analysis/workload.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { dominantSections } from '../graph/colors.ts';
import { graphLook } from '../graph/look.ts';
import { firstNode, nearestInDirection } from '../graph/navigation.ts';
import { layeredLayout } from './layered.ts';
import { circleLayout, concentricLayout, stretchFactor } from './rings.ts';
import { layoutInput, leafIds, type LayoutInput, type Positions } from './layout-input.ts';
import { agencyTaskNetwork, coordinationNetwork, type GraphData } from '../graph/network.ts';

const model = parseNotice(seedBytes());
const workloads = computeWorkload(model);
const agencySection = dominantSections(model);
const inputFor = (graph: GraphData) =>
  layoutInput(
    graph,
    graphLook(graph, { colorBy: 'kind', agencySection, direction: true, taskTitles: true }),
    agencySection,
  );
const tasks = inputFor(agencyTaskNetwork(model, workloads));
const coordination = inputFor(coordinationNetwork(model, workloads));
const idOf = new Map(model.agencies.map((a) => [a.name, a.id as string]));

/** Pairs of nodes whose footprints (shrunk by `slack` each side) overlap. */
function overlaps(input: LayoutInput, positions: Positions, slack = 0): string[] {
  const ids = leafIds(input.graph);
  const found: string[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i]!, ids[j]!];
      const [pa, pb] = [positions.get(a)!, positions.get(b)!];
      const [sa, sb] = [input.sizes.get(a)!, input.sizes.get(b)!];
      const dx = Math.abs(pa.x - pb.x) - (sa.width + sb.width) / 2 + 2 * slack;
      const dy = Math.abs(pa.y - pb.y) - (sa.height + sb.height) / 2 + 2 * slack;
      if (dx < 0 && dy < 0) found.push(`${a} × ${b}`);
    }
  return found;
}

describe.each([
  ['layered', layeredLayout],
  ['circle', circleLayout],
  ['concentric', concentricLayout],
] as const)('%s layout', (_, layout) => {
  it.each([
    ['agency–task', tasks],
    ['coordination', coordination],
  ] as const)('places every node of the %s network, the same way every time', (__, input) => {
    const positions = layout(input);
    expect([...positions.keys()].sort()).toEqual(leafIds(input.graph).sort());
    expect([...positions.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(layout(input)).toEqual(positions);
  });

  it('puts no node on another', () => {
    // Ring layouts place boxes along arcs: allow their corners to touch by a few pixels.
    expect(overlaps(tasks, layout(tasks), 6)).toEqual([]);
    expect(overlaps(coordination, layout(coordination), 6)).toEqual([]);
  });
});

describe('layeredLayout', () => {
  const positions = layeredLayout(tasks);

  it('stacks each section’s tasks in one column, sections left to right, agencies below', () => {
    const columnX = model.sections.map((s) => {
      const xs = new Set(model.tasks.filter((t) => t.sectionId === s.id).map((t) => positions.get(t.id)!.x));
      expect(xs.size).toBe(1);
      return [...xs][0]!;
    });
    expect([...columnX].sort((a, b) => a - b)).toEqual(columnX);
    const lowestTask = Math.max(...model.tasks.map((t) => positions.get(t.id)!.y));
    expect(model.agencies.every((a) => positions.get(a.id)!.y > lowestTask + 60)).toBe(true);
  });

  it('ranks the agencies in rows by load, the heaviest nearest the tasks', () => {
    const load = (id: string) => workloads.get(id as never)!.load;
    const agencies = model.agencies.map((a) => a.id as string);
    const rows = [...new Set(agencies.map((id) => positions.get(id)!.y))].sort((a, b) => a - b);
    expect(rows.length).toBeGreaterThan(1);
    expect(positions.get(idOf.get('自治区发展改革委')!)!.y).toBe(rows[0]);
    for (const a of agencies)
      for (const b of agencies)
        if (positions.get(a)!.y < positions.get(b)!.y) expect(load(a)).toBeGreaterThanOrEqual(load(b));
  });

  it('puts an agency under the tasks it works on', () => {
    // 金融办 and 人民银行 work on task 3 (section one); 环保厅 mostly on section seven.
    const x = (name: string) => positions.get(idOf.get(name)!)!.x;
    expect(x('自治区金融办')).toBeLessThan(x('自治区环保厅'));
    expect(x('人民银行呼和浩特中心支行')).toBeLessThan(x('自治区环保厅'));
  });
});

describe('concentricLayout', () => {
  it('puts the heaviest agency in the centre and lighter ones further out, tasks outermost', () => {
    const positions = concentricLayout(tasks);
    // Rings are ellipses stretched sideways: measure each node's ring undoing the stretch.
    const sx = stretchFactor(tasks);
    const r = (id: string) => Math.hypot(positions.get(id)!.x / sx, positions.get(id)!.y * sx);
    expect(r(idOf.get('自治区发展改革委')!)).toBe(0);
    const agencies = model.agencies.map((a) => a.id as string);
    const byLoad = [...agencies].sort(
      (a, b) => workloads.get(b as never)!.load - workloads.get(a as never)!.load,
    );
    const radii = byLoad.map(r);
    expect(radii.every((radius, i) => i === 0 || radius >= radii[i - 1]! - 1e-6)).toBe(true);
    expect(Math.min(...model.tasks.map((t) => r(t.id)))).toBeGreaterThan(Math.max(...radii));
  });
});

describe('circleLayout', () => {
  it('puts every node on one ring, the tasks together over the top', () => {
    const positions = circleLayout(tasks);
    const sx = stretchFactor(tasks);
    const radii = [...positions.values()].map((p) => Math.hypot(p.x / sx, p.y * sx));
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(1e-6);
    expect(model.tasks.every((t) => positions.get(t.id)!.y <= 1e-6 || positions.get(t.id)!.x < 0)).toBe(true);
  });
});

describe('nearestInDirection', () => {
  const positions = new Map([
    ['a', { x: 0, y: 0 }],
    ['right-far', { x: 100, y: 0 }],
    ['right-near-off', { x: 40, y: 35 }],
    ['up', { x: 5, y: -50 }],
    ['behind', { x: -10, y: 0 }],
  ]);
  const all = [...positions.keys()];

  it('prefers the node straight ahead over a nearer one off to the side', () => {
    expect(nearestInDirection(positions, 'a', 'right', all)).toBe('right-far');
    expect(nearestInDirection(positions, 'a', 'up', all)).toBe('up');
    expect(nearestInDirection(positions, 'a', 'left', all)).toBe('behind');
    expect(nearestInDirection(positions, 'behind', 'left', all)).toBeNull();
  });

  it('starts at the top left', () => {
    expect(firstNode(positions, all)).toBe('up');
  });
});
