// Runs fcose on a headless Cytoscape: in the layout worker, or on the main thread when workers are
// refused. fcose draws on Math.random (spectral start, sampling), so a run swaps in a seeded generator:
// the same notice always gets the same picture.
import cytoscape from 'cytoscape';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';
import type { LayoutJob, PositionRecord } from './layout-job.ts';
import { seededRandom } from '../analysis/seeded-random.ts';

cytoscape.use(fcose);

const SEED = 20140226;

function fcoseOptions(job: LayoutJob): FcoseLayoutOptions {
  const lengths = job.edges.map((e) => e.length);
  const elasticity = job.edges.map((e) => e.elasticity);
  return {
    name: 'fcose',
    quality: job.quality,
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: false,
    nodeSeparation: 80,
    nodeRepulsion: 9000,
    idealEdgeLength: (edge: cytoscape.EdgeSingular) => lengths[edge.data('index') as number] ?? 100,
    edgeElasticity: (edge: cytoscape.EdgeSingular) => elasticity[edge.data('index') as number] ?? 0.45,
    nestingFactor: 0.12,
    gravity: 0.3,
    gravityCompound: 1.2,
    gravityRangeCompound: 1.6,
    numIter: 2500,
    tile: true,
    ...(job.fixed.length > 0
      ? { fixedNodeConstraint: job.fixed.map((f) => ({ nodeId: f.id, position: { x: f.x, y: f.y } })) }
      : {}),
    tilingPaddingVertical: 24,
    tilingPaddingHorizontal: 24,
  };
}

/** fcose's draft quality (its spectral phase alone, the only one fast enough for thousands of nodes)
 *  packs nodes far tighter than their size: spread the picture out, keeping its shape, until it has
 *  about four times the room its nodes cover. */
function spreadOut(positions: Record<string, [number, number]>, job: LayoutJob): void {
  const points = Object.values(positions);
  if (points.length < 2) return;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const area = Math.max(1, (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys)));
  const needed = 4 * job.nodes.reduce((sum, n) => sum + n.width * n.height, 0);
  const factor = Math.sqrt(needed / area);
  if (factor <= 1) return;
  for (const p of points) {
    p[0] = Math.round(p[0] * factor * 10) / 10;
    p[1] = Math.round(p[1] * factor * 10) / 10;
  }
}

export function runFcose(job: LayoutJob): PositionRecord {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...job.nodes.map((n) => ({ group: 'nodes' as const, data: { ...n } })),
      ...job.edges.map((e, index) => ({
        group: 'edges' as const,
        data: { source: e.source, target: e.target, index },
      })),
    ],
    style: [
      { selector: 'node', style: { width: 'data(width)', height: 'data(height)', shape: 'rectangle' } },
    ],
  });
  const random = Math.random;
  Math.random = seededRandom(SEED);
  try {
    cy.layout(fcoseOptions(job)).run();
    const positions: Record<string, [number, number]> = {};
    cy.nodes(':childless').forEach((node) => {
      const p = node.position();
      positions[node.id()] = [Math.round(p.x * 10) / 10, Math.round(p.y * 10) / 10];
    });
    if (job.quality === 'draft') spreadOut(positions, job);
    return positions;
  } finally {
    Math.random = random;
    cy.destroy();
  }
}
