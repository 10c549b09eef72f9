// Sections as blocks for the force layout, on the Manzhouli network: compact grids in document order,
// one link per (agency, section), blocks round a ring that does not overlap, tasks put back exactly.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { computeWorkload } from '../analysis/workload.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { dominantSections } from '../graph/colors.ts';
import { graphLook } from '../graph/look.ts';
import { blockGraph, blockRing, expandBlocks, sectionBlocks } from './blocks.ts';
import { layoutInput } from './layout-input.ts';
import { agencyTaskNetwork } from '../graph/network.ts';

const model = parseNotice(seedBytes());
const graph = agencyTaskNetwork(model, computeWorkload(model));
const look = graphLook(graph, {
  colorBy: 'kind',
  agencySection: dominantSections(model),
  direction: true,
  taskTitles: false,
});
const { sizes } = layoutInput(graph, look, new Map());
const blocks = sectionBlocks(graph, sizes);

describe('sectionBlocks', () => {
  it('makes one block per section, its tasks in a grid in document order, none overlapping', () => {
    expect(blocks.map((b) => b.id)).toEqual(model.sections.map((s) => s.id));
    const first = blocks[0]!;
    const offsets = model.tasks.filter((t) => t.sectionId === first.id).map((t) => first.offsets.get(t.id)!);
    expect(offsets).toHaveLength(6);
    // Row by row: each task is right of or below the one before it.
    offsets.slice(1).forEach((p, i) => expect(p.y > offsets[i]!.y || p.x > offsets[i]!.x).toBe(true));
    for (const b of blocks)
      for (const p of b.offsets.values()) {
        expect(Math.abs(p.x)).toBeLessThan(b.size.width / 2);
        expect(Math.abs(p.y)).toBeLessThan(b.size.height / 2);
      }
  });
});

describe('blockGraph', () => {
  it('links each agency to each section it works in once, keeping the strongest role and the weight', () => {
    const reduced = blockGraph(graph, blocks);
    expect(reduced.nodes.filter((n) => n.kind === 'task')).toHaveLength(0);
    expect(reduced.nodes.filter((n) => n.kind === 'section').every((n) => n.parent === undefined)).toBe(true);
    const ndrc = 'ag:自治区发展改革委';
    const toSection3 = reduced.edges.filter((e) => e.source === ndrc && e.target === model.sections[2]!.id);
    expect(toSection3).toHaveLength(1);
    const weight = graph.edges
      .filter(
        (e) =>
          e.source === ndrc &&
          model.tasks.find((t) => t.id === e.target)?.sectionId === model.sections[2]!.id,
      )
      .reduce((n, e) => n + e.weight, 0);
    expect(toSection3[0]).toMatchObject({ kind: 'lead', weight });
  });
});

describe('blockRing and expandBlocks', () => {
  it('sets the blocks round a ring clockwise from the top without overlap, and puts the tasks back', () => {
    const ring = blockRing(blocks, 200_000);
    const first = ring.get(blocks[0]!.id)!;
    // The first section just past twelve o'clock, the next ones following clockwise.
    expect(first.x).toBeGreaterThanOrEqual(0);
    expect(first.y).toBeLessThan(0);
    expect(ring.get(blocks[1]!.id)!.x).toBeGreaterThan(first.x);
    for (let i = 0; i < blocks.length; i++)
      for (let j = i + 1; j < blocks.length; j++) {
        const [a, b] = [blocks[i]!, blocks[j]!];
        const [pa, pb] = [ring.get(a.id)!, ring.get(b.id)!];
        const apart =
          Math.abs(pa.x - pb.x) >= (a.size.width + b.size.width) / 2 ||
          Math.abs(pa.y - pb.y) >= (a.size.height + b.size.height) / 2;
        expect(apart).toBe(true);
      }
    const positions = expandBlocks(new Map([...ring, ['ag:x', { x: 5, y: 5 }]]), blocks);
    const task = model.tasks[0]!.id;
    expect(positions.get(task)).toEqual({
      x: first.x + blocks[0]!.offsets.get(task)!.x,
      y: first.y + blocks[0]!.offsets.get(task)!.y,
    });
    expect(positions.get('ag:x')).toEqual({ x: 5, y: 5 });
    expect(positions.has(blocks[0]!.id)).toBe(false);
  });
});
