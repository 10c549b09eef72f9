// Label placement: below the node when free, elsewhere round it when not, never on a node or another
// label, section titles clear of edges, and nothing when no room is left within reach.
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelBlock, type Obstacle } from './label-placement.ts';
import { rectsOverlap, shapeOverlapsRect, type Shape } from './mark-geometry.ts';

const disc = (cx: number, cy: number, r = 10): Shape => ({ kind: 'circle', cx, cy, r });
const name = (id: string, owner: Shape, width = 40): LabelBlock => ({
  id,
  owner,
  width,
  height: 16,
  kind: 'node',
});

describe('placeLabels', () => {
  it('puts a name below its node when nothing is in the way', () => {
    const { placed, dropped } = placeLabels([name('a', disc(0, 0))], [{ id: 'a', shape: disc(0, 0) }], []);
    expect(dropped).toEqual([]);
    expect(placed.get('a')).toMatchObject({ side: 'below', leader: null });
    expect(placed.get('a')!.rect.y0).toBeGreaterThan(10);
  });

  it('moves a name off another node and off a name placed before it', () => {
    const obstacles: Obstacle[] = [
      { id: 'a', shape: disc(0, 0) },
      { id: 'b', shape: disc(0, 30) },
      { id: 'c', shape: disc(60, 0) },
    ];
    const blocks = [name('c', disc(60, 0)), name('a', disc(0, 0))];
    const { placed } = placeLabels(blocks, obstacles, []);
    const a = placed.get('a')!;
    const c = placed.get('c')!;
    expect(a.side).not.toBe('below');
    expect(rectsOverlap(a.rect, c.rect)).toBe(false);
    for (const o of obstacles.filter((o) => o.id !== 'a'))
      expect(shapeOverlapsRect(o.shape, a.rect)).toBe(false);
  });

  it('sets a name further out with a leader line when every near spot is taken', () => {
    // A ring of nodes close round `a`.
    const ring: Obstacle[] = Array.from({ length: 12 }, (_, i) => ({
      id: `n${i}`,
      shape: disc(Math.cos((i * Math.PI) / 6) * 28, Math.sin((i * Math.PI) / 6) * 28, 9),
    }));
    const { placed } = placeLabels([name('a', disc(0, 0))], [{ id: 'a', shape: disc(0, 0) }, ...ring], []);
    const spot = placed.get('a')!;
    expect(spot.leader).not.toBeNull();
    for (const o of ring) expect(shapeOverlapsRect(o.shape, spot.rect)).toBe(false);
  });

  it('leaves a label out rather than put it on another mark', () => {
    const wall: Obstacle = {
      id: 'wall',
      shape: { kind: 'rect', rect: { x0: -500, y0: -500, x1: 500, y1: 500 } },
    };
    const { placed, dropped } = placeLabels(
      [name('a', disc(0, 0))],
      [wall, { id: 'a', shape: disc(0, 0) }],
      [],
    );
    expect(placed.size).toBe(0);
    expect(dropped).toEqual(['a']);
  });

  it('puts a section title where no edge crosses it', () => {
    const box: Shape = { kind: 'rect', rect: { x0: 0, y0: 100, x1: 200, y1: 200 } };
    const title: LabelBlock = { id: 's', owner: box, width: 80, height: 17, kind: 'section' };
    // An edge just above the box's middle: the centred spot above is crossed, the left one is not.
    const edge = [
      [100, 0],
      [100, 100],
    ] as const;
    const { placed } = placeLabels([title], [{ id: 's', shape: box }], [[...edge]]);
    const r = placed.get('s')!.rect;
    expect(r.y1).toBeLessThanOrEqual(100);
    expect(r.x1 < 100 || r.x0 > 100).toBe(true);
  });
});
