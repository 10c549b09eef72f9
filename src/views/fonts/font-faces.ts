// The bundled Noto Sans SC, declared to the page through the FontFace API from the compact table the
// build makes (font-faces-plugin.ts): the same slices, weights and unicode-ranges as @fontsource's
// stylesheets, each slice fetched only when a character of it is drawn.
import { FACES, RANGES } from 'virtual:noto-sans-sc-faces';
import { decodeUnicodeRange } from './unicode-ranges.ts';

/** The family the stylesheets and the graph's labels name first (graph/appearance.ts). */
const FAMILY = 'Noto Sans SC';

export function registerFontFaces(fonts: FontFaceSet = document.fonts): void {
  if (typeof FontFace === 'undefined' || !fonts) return;
  const decoded = RANGES.map(decodeUnicodeRange);
  for (const [weight, url, range] of FACES) {
    const face = new FontFace(FAMILY, `url(${url}) format('woff2')`, {
      weight: String(weight),
      style: 'normal',
      display: 'swap',
      unicodeRange: decoded[range] ?? '',
    });
    fonts.add(face);
  }
}
