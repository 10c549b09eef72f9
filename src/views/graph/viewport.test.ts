// Framing: the box fills the free part of the stage, centred, within the zoom range.
import { describe, expect, it } from 'vitest';
import { fitFrame, NO_INSETS, wheelZoomFactor } from './viewport.ts';

describe('fitFrame', () => {
  const range = { min: 0.05, max: 2 };

  it('centres the box in the stage at the zoom that fits it', () => {
    const frame = fitFrame(
      { x1: -100, y1: -50, w: 200, h: 100 },
      { width: 440, height: 440 },
      NO_INSETS,
      20,
      range,
    );
    expect(frame.zoom).toBe(2);
    expect(frame.pan).toEqual({ x: 220, y: 220 });
  });

  it('keeps clear of an overlay on the left', () => {
    const insets = { top: 0, right: 0, bottom: 0, left: 200 };
    const frame = fitFrame({ x1: 0, y1: 0, w: 400, h: 100 }, { width: 600, height: 600 }, insets, 0, range);
    expect(frame.zoom).toBe(1);
    expect(frame.pan.x).toBe(200);
  });
});

describe('wheelZoomFactor', () => {
  it('zooms 10–20 % for one notch of a mouse wheel, in and out alike', () => {
    const zoomIn = wheelZoomFactor(-100, 0);
    expect(zoomIn).toBeGreaterThanOrEqual(1.1);
    expect(zoomIn).toBeLessThanOrEqual(1.2);
    expect(wheelZoomFactor(100, 0) * zoomIn).toBeCloseTo(1, 10);
    expect(wheelZoomFactor(-3, 1)).toBeCloseTo(zoomIn, 10);
  });

  it("zooms a trackpad's small deltas a little, and a coalesced burst only so far", () => {
    expect(wheelZoomFactor(-4, 0)).toBeLessThan(1.01);
    expect(wheelZoomFactor(-4000, 0)).toBeCloseTo(wheelZoomFactor(-300, 0), 10);
  });
});
