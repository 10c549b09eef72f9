// Where a label's baseline sits for the scene's vertical alignments, from Noto Sans SC's own vertical
// metrics (hhea: ascender 1160, descender −288 per 1000 units) — the numbers a browser uses for
// `dominant-baseline`. The SVG and PDF writers place text by these, so every export lines up with the
// screen, including in viewers that ignore `dominant-baseline` (Inkscape, CairoSVG).
import type { TextMark } from '../../graph/scene.ts';

export const FONT_ASCENT = 1.16;
export const FONT_DESCENT = 0.288;

/** How far below the mark's y its alphabetic baseline lies, in ems. */
export function baselineShift(baseline: TextMark['baseline']): number {
  switch (baseline) {
    case 'top':
      return FONT_ASCENT; // text-before-edge
    case 'middle':
      return (FONT_ASCENT - FONT_DESCENT) / 2; // central
    case 'bottom':
      return -FONT_DESCENT; // text-after-edge
    default:
      return 0;
  }
}
