// Framing a graph in the stage: the zoom and pan that fit a bounding box into the part of the stage
// left free by overlays (the legend along the top), with padding round it.

export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

/** What fitting computes: a viewport. */
export type Frame = Viewport;

export function sameViewport(a: Viewport | null, b: Viewport | null): boolean {
  return (
    a === b || (a !== null && b !== null && a.zoom === b.zoom && a.pan.x === b.pan.x && a.pan.y === b.pan.y)
  );
}

export function fitFrame(
  box: { x1: number; y1: number; w: number; h: number },
  stage: { width: number; height: number },
  insets: Insets,
  padding: number,
  zoomRange: { min: number; max: number },
): Frame {
  const width = Math.max(1, stage.width - insets.left - insets.right - 2 * padding);
  const height = Math.max(1, stage.height - insets.top - insets.bottom - 2 * padding);
  const fitted = Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1));
  const zoom = Math.min(zoomRange.max, Math.max(zoomRange.min, fitted));
  return {
    zoom,
    pan: {
      x: insets.left + padding + (width - box.w * zoom) / 2 - box.x1 * zoom,
      y: insets.top + padding + (height - box.h * zoom) / 2 - box.y1 * zoom,
    },
  };
}

/** One wheel notch zooms by 15 %: a step a person feels, fine enough to stop where they mean to.
 *  (Cytoscape's own wheel zoom moved about 2 % a notch in Chromium, whatever its sensitivity said
 *  for the first notches, and far too much for a trackpad's small deltas once sensitivity was raised.) */
export const WHEEL_NOTCH_ZOOM = 1.15;
/** The zoom buttons step a little further than a notch: one click, one clear change. */
export const BUTTON_ZOOM = 1.2;
/** Pixels Chromium, Edge and Safari send per notch (Firefox sends 3 lines). */
const PIXELS_PER_NOTCH = 100;
const LINES_PER_NOTCH = 3;
/** A burst of notches the browser coalesced into one event still zooms only so far at once. */
const MAX_NOTCHES = 3;

/** The zoom factor for a wheel event: proportional to its delta, so a trackpad's small deltas zoom
 *  smoothly and a mouse's notches in clear steps. */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const notches =
    deltaMode === 1 ? deltaY / LINES_PER_NOTCH : deltaMode === 2 ? deltaY : deltaY / PIXELS_PER_NOTCH;
  const bounded = Math.max(-MAX_NOTCHES, Math.min(MAX_NOTCHES, notches));
  return WHEEL_NOTCH_ZOOM ** -bounded;
}
