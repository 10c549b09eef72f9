// The corridor map's scene on the Manzhouli notice: every located place drawn, and the crowded
// neighbourhood of its busiest town enlarged in an inset that sits in an empty corner, names its
// places, and outlines the area it enlarges; a map whose towns stand apart gets no inset.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../tests/support/seed.ts';
import type { Project, ProjectId } from '../../notice/model.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { corridorMap } from '../../projects/corridor.ts';
import { corridorScene, type Rect } from './corridor-scene.ts';
import { segmentCrossesBox, type Segment } from './inset-corner.ts';

const projects = parseNotice(seedBytes()).projects;
const byId = (list: readonly Project[]) => new Map(list.map((p) => [p.id as ProjectId, p]));
const scene = corridorScene(corridorMap(projects), byId(projects), 1000, 720);
const inside = (r: Rect, x: number, y: number) =>
  x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;

describe('corridorScene on the Manzhouli notice', () => {
  it('draws every located place on the main map', () => {
    expect(scene.places.map((p) => p.name)).toEqual(corridorMap(projects).places.map((p) => p.name));
  });

  it('enlarges the neighbourhood of 满洲里, the busiest town, and names every town in it', () => {
    const inset = scene.inset;
    expect(inset?.hub).toEqual({ name: '满洲里', en: 'Manzhouli' });
    const names = inset?.places.map((p) => p.name) ?? [];
    expect(names).toEqual(expect.arrayContaining(['满洲里', '扎赉诺尔', '呼伦湖']));
    expect(inset?.places.filter((p) => p.label === null)).toEqual([]);
    for (const p of inset?.places ?? []) expect(inside(inset!.box, p.x, p.y)).toBe(true);
    // Its towns were crowded on the main map: some had no room for their names there.
    const unnamed = scene.places.filter((p) => p.label === null).map((p) => p.name);
    expect(unnamed.length).toBeGreaterThan(0);
    for (const name of unnamed) expect(names).toContain(name);
  });

  it('sits where the main map draws no town and no symbol, and outlines the area it enlarges', () => {
    const inset = scene.inset!;
    for (const p of scene.places) expect(inside(inset.box, p.x, p.y)).toBe(false);
    for (const s of scene.symbols) expect(inside(inset.box, s.x, s.y)).toBe(false);
    const manzhouli = scene.places.find((p) => p.name === '满洲里')!;
    expect(inside(inset.area, manzhouli.x, manzhouli.y)).toBe(true);
    expect(inset.area.width * inset.area.height).toBeLessThan(inset.box.width * inset.box.height);
  });
});

/** The straight pieces of an SVG path as d3-geo writes it (M and L commands only). */
function pathSegments(d: string): Segment[] {
  const segments: Segment[] = [];
  for (const run of d.split('M').filter(Boolean)) {
    const points = run.split('L').map((p) => p.split(',').map(Number) as [number, number]);
    for (let i = 1; i < points.length; i++) segments.push([points[i - 1]!, points[i]!]);
  }
  return segments;
}

describe('the inset and the lines', () => {
  it.each([
    // A narrow window: the emptiest corner (fewest towns) was the one the lines to 哈尔滨 cross.
    [560, 420],
    [760, 560],
    [1000, 720],
    [1300, 900],
  ])('covers no line of the main map at %i × %i', (width, height) => {
    const drawn = corridorScene(corridorMap(projects), byId(projects), width, height);
    const box = drawn.inset!.box;
    const edges = { x0: box.x, y0: box.y, x1: box.x + box.width, y1: box.y + box.height };
    const covered = drawn.routes.filter((r) =>
      pathSegments(`${r.solid}${r.via}`).some((s) => segmentCrossesBox(s, edges)),
    );
    expect(covered.map((r) => r.name)).toEqual([]);
  });
});

describe('corridorScene on towns that stand apart', () => {
  it('has no inset', () => {
    const apart: Project[] = ['大连', '天津', '哈尔滨'].map((place, i) => ({
      id: `p${i}` as ProjectId,
      name: `${place}港`,
      kind: 'seaport',
      taskIds: [],
      itemIds: [],
      places: [place],
    }));
    const plain = corridorScene(corridorMap(apart), byId(apart), 1000, 720);
    expect(plain.places).toHaveLength(3);
    expect(plain.inset).toBeNull();
  });
});
