// A name with no room near its node becomes a lettered callout, its name in a key under the legend;
// nothing is drawn over anything.
import { describe, expect, it } from 'vitest';
import { graphLook } from '../look.ts';
import type { GraphData, GraphNode } from '../network.ts';
import { calloutTag } from './network-labels.ts';
import type { LegendSpec } from './network-legend.ts';
import { graphScene } from './network-scene.ts';
import { countOverlaps } from './scene-overlaps.ts';

const LONG = 'Department of Housing and Urban-Rural Development of the Autonomous Region';

/** A crowd of agencies 80 apart, the middle one with a long English name and the most load. */
function crowd(): { graph: GraphData; positions: Map<string, { x: number; y: number }> } {
  const nodes: GraphNode[] = [];
  const positions = new Map<string, { x: number; y: number }>();
  for (let i = -3; i <= 3; i++)
    for (let j = -3; j <= 3; j++) {
      const id = `ag:${i},${j}`;
      const middle = i === 0 && j === 0;
      nodes.push({
        id,
        kind: 'agency',
        label: middle ? LONG : `Bureau ${i}${j}`,
        name: id,
        load: middle ? 4 : 1,
      });
      positions.set(id, { x: i * 80, y: j * 80 });
    }
  return { graph: { nodes, edges: [] }, positions };
}

describe('callouts', () => {
  it('letters a name that has no room, keys it under the legend, and keeps every count at 0', () => {
    const { graph, positions } = crowd();
    const look = graphLook(graph, {
      colorBy: 'kind',
      agencySection: new Map(),
      direction: false,
      taskTitles: true,
    });
    const legend: LegendSpec = {
      edgeKinds: new Set(),
      directed: false,
      colorBy: 'kind',
      agencyKinds: [],
      sections: [],
      lang: 'en',
    };
    const scene = graphScene(graph, positions, { look, legend });
    const texts = scene.marks.flatMap((m) => (m.type === 'text' ? [m] : []));
    const tag = texts.find((m) => m.ref?.id === 'ag:0,0');
    expect(tag?.text).toBe('A');
    expect(texts.map((m) => m.text)).toContain('Lettered names');
    expect(texts.some((m) => m.layer === 'legend' && m.text.startsWith('Department of Housing'))).toBe(true);
    expect(countOverlaps(scene).details).toEqual([]);
  });

  it('tags callouts A to Z, then AA, AB…', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(calloutTag)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});
