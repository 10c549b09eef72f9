// What was drawn where in the PNGs the exports write: one pixel, the share of ink.
import { decodePng, type Pixels } from '../../support/png.ts';

export { decodePng, type Pixels };

/** The RGBA of one pixel. */
export function pixel(p: Pixels, x: number, y: number): [number, number, number, number] {
  const at = (y * p.width + x) * 4;
  return [p.data[at] ?? 0, p.data[at + 1] ?? 0, p.data[at + 2] ?? 0, p.data[at + 3] ?? 0];
}

/** Share of pixels that are neither white nor fully transparent: ink. */
export function inkShare(p: Pixels): number {
  let inked = 0;
  for (let i = 0; i < p.data.length; i += 4) {
    const alpha = p.data[i + 3] ?? 0;
    const white = p.data[i] === 255 && p.data[i + 1] === 255 && p.data[i + 2] === 255;
    if (alpha > 0 && !white) inked++;
  }
  return inked / (p.width * p.height);
}
