// The stretch of a long scrolled drawing that a view keeps in the page: what is in view, a margin
// above and below so a short scroll finds it drawn, and snapped to steps so the stretch (and the
// drawing) changes only every so often while scrolling, not on every frame. Pure.

export interface Band {
  readonly top: number;
  readonly height: number;
}

/** Pixels drawn beyond each edge of the viewport, at least. */
export const BAND_MARGIN = 600;
/** The band moves in steps this tall. */
export const BAND_STEP = 300;

/** The band to draw for a viewport `height` tall scrolled to `scrollTop`; the same band for every
 *  scroll position within one step. */
export function drawnBand(scrollTop: number, height: number): Band {
  const top = Math.max(0, Math.floor(Math.max(0, scrollTop) / BAND_STEP) * BAND_STEP - BAND_MARGIN);
  const bottom =
    Math.ceil((Math.max(0, scrollTop) + Math.max(0, height)) / BAND_STEP) * BAND_STEP + BAND_MARGIN;
  return { top, height: bottom - top };
}

export function sameBand(a: Band, b: Band): boolean {
  return a.top === b.top && a.height === b.height;
}
