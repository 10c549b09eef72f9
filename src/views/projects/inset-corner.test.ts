// Choosing the inset's corner: a segment crosses a box when any part of it lies inside, and only the
// corners no segment crosses are clear.
import { describe, expect, it } from 'vitest';
import { clearCorners, segmentCrossesBox, type Segment } from './inset-corner.ts';

const box = { x0: 10, y0: 10, x1: 20, y1: 20 };
const seg = (ax: number, ay: number, bx: number, by: number): Segment => [
  [ax, ay],
  [bx, by],
];

describe('segmentCrossesBox', () => {
  it('sees a segment that passes through, ends inside, or lies wholly inside', () => {
    expect(segmentCrossesBox(seg(0, 15, 30, 15), box)).toBe(true);
    expect(segmentCrossesBox(seg(0, 0, 30, 30), box)).toBe(true);
    expect(segmentCrossesBox(seg(15, 0, 15, 12), box)).toBe(true);
    expect(segmentCrossesBox(seg(12, 12, 18, 18), box)).toBe(true);
  });

  it("passes over a segment beside the box, short of it, or across its corner's outside", () => {
    expect(segmentCrossesBox(seg(0, 5, 30, 5), box)).toBe(false);
    expect(segmentCrossesBox(seg(0, 15, 8, 15), box)).toBe(false);
    expect(segmentCrossesBox(seg(0, 12, 12, 0), box)).toBe(false);
    expect(segmentCrossesBox(seg(22, 0, 22, 30), box)).toBe(false);
  });
});

describe('clearCorners', () => {
  const corners = [
    { x0: 0, y0: 0, x1: 40, y1: 30 },
    { x0: 60, y0: 0, x1: 100, y1: 30 },
    { x0: 0, y0: 70, x1: 40, y1: 100 },
    { x0: 60, y0: 70, x1: 100, y1: 100 },
  ];

  it('keeps, in order, the corners no line runs through', () => {
    // A diagonal from top left to bottom right, and a line down into the bottom left corner.
    const lines = [seg(5, 5, 95, 95), seg(20, 50, 20, 99)];
    expect(clearCorners(corners, lines)).toEqual([corners[1]]);
  });

  it('keeps them all when there are no lines, and none when every corner is crossed', () => {
    expect(clearCorners(corners, [])).toEqual(corners);
    expect(clearCorners(corners, [seg(0, 15, 100, 15), seg(0, 85, 100, 85)])).toEqual([]);
  });
});
