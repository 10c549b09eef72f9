// The export font is the app's own: @fontsource/noto-sans-sc ships Noto Sans SC as 100 WOFF slices
// per weight, each covering a unicode-range. An export loads only the slices its characters fall in,
// so a diagram of the Manzhouli notice carries a few hundred kilobytes, not a 10 MB font.
import ranges from '@fontsource/noto-sans-sc/unicode.json';

export type FontWeight = 400 | 600;

/** WOFF bytes of one slice (`119`, `latin`, …) at one weight. */
export type FontLoader = (slice: string, weight: FontWeight) => Promise<Uint8Array>;

interface Slice {
  readonly key: string;
  readonly spans: readonly (readonly [number, number])[];
}

/** `"[119]": "U+4e00-4e01,U+4e07"` → key `119`, spans [[0x4e00, 0x4e01], [0x4e07, 0x4e07]]. */
const SLICES: readonly Slice[] = Object.entries(ranges as Record<string, string>).map(([name, list]) => ({
  key: name.replace(/^\[|\]$/g, ''),
  spans: list.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from ?? '0', 16);
    return [start, to ? parseInt(to, 16) : start] as const;
  }),
}));

const sliceCache = new Map<number, string | null>();

/** The slice whose range holds a code point, or null when the font has no glyph for it. */
export function sliceOf(codePoint: number): string | null {
  const known = sliceCache.get(codePoint);
  if (known !== undefined) return known;
  const found = SLICES.find((s) => s.spans.some(([a, b]) => codePoint >= a && codePoint <= b))?.key ?? null;
  sliceCache.set(codePoint, found);
  return found;
}

/** The slices covering the characters, in a stable order; characters no slice has are left out. */
export function slicesFor(chars: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const text of chars) {
    for (const ch of text) {
      const key = sliceOf(ch.codePointAt(0) ?? 0);
      if (key) keys.add(key);
    }
  }
  return [...keys].sort();
}

/** The slice's unicode-range as CSS writes it, so a browser takes each glyph from its own slice. */
export function sliceRange(slice: string): string {
  return (ranges as Record<string, string>)[/^\d+$/.test(slice) ? `[${slice}]` : slice] ?? '';
}

/** File stem of a slice as @fontsource names it: noto-sans-sc-119-400-normal. */
export function sliceFileStem(slice: string, weight: FontWeight): string {
  return `noto-sans-sc-${slice}-${weight}-normal`;
}
