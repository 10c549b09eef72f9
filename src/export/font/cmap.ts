// The character map of a TrueType font: read (format 4, the BMP map every Noto slice carries, or
// format 12) into code point → glyph, and written for a font of our own glyph order.

function subtables(cmap: Uint8Array): { platform: number; encoding: number; at: number }[] {
  const view = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength);
  const count = view.getUint16(2);
  return Array.from({ length: count }, (_, i) => ({
    platform: view.getUint16(4 + i * 8),
    encoding: view.getUint16(6 + i * 8),
    at: view.getUint32(8 + i * 8),
  }));
}

function readFormat4(view: DataView, at: number, into: Map<number, number>): void {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsetAt + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) into.set(c, glyph);
    }
  }
}

function readFormat12(view: DataView, at: number, into: Map<number, number>): void {
  const groups = view.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const start = view.getUint32(at + 16 + g * 12);
    const end = view.getUint32(at + 20 + g * 12);
    const first = view.getUint32(at + 24 + g * 12);
    for (let c = start; c <= end; c++) into.set(c, first + (c - start));
  }
}

/** Code point → glyph id from the font's Unicode subtables. */
export function readCmap(cmap: Uint8Array): Map<number, number> {
  const view = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength);
  const map = new Map<number, number>();
  for (const { platform, encoding, at } of subtables(cmap)) {
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(at);
    if (format === 4) readFormat4(view, at, map);
    else if (format === 12) readFormat12(view, at, map);
  }
  return map;
}

/** Runs of consecutive code points mapped to consecutive glyphs. */
function runs(entries: readonly (readonly [number, number])[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const [code, glyph] of entries) {
    const last = out[out.length - 1];
    if (last && code === last[1] + 1 && glyph === last[2] + (code - last[0])) last[1] = code;
    else out.push([code, code, glyph]);
  }
  return out;
}

/** A cmap with a format 4 subtable (Windows BMP; what every renderer reads) and a format 12 one
 *  (Windows full repertoire, for characters beyond the BMP). */
export function writeCmap(map: ReadonlyMap<number, number>): Uint8Array {
  const entries = [...map].sort((a, b) => a[0] - b[0]);
  const bmp = runs(entries.filter(([c]) => c < 0xffff));
  bmp.push([0xffff, 0xffff, 0]);
  const segments = bmp.length;
  const format4Length = 16 + segments * 8;
  const all = runs(entries);
  const format12Length = 16 + all.length * 12;
  const out = new Uint8Array(4 + 2 * 8 + format4Length + format12Length);
  const view = new DataView(out.buffer);
  view.setUint16(2, 2);
  const format4At = 4 + 2 * 8;
  const format12At = format4At + format4Length;
  view.setUint16(4, 3);
  view.setUint16(6, 1);
  view.setUint32(8, format4At);
  view.setUint16(12, 3);
  view.setUint16(14, 10);
  view.setUint32(16, format12At);
  // Format 4: every run as a segment with an id delta (no glyph index array).
  let power = 1;
  let log = 0;
  while (power * 2 <= segments) {
    power *= 2;
    log += 1;
  }
  view.setUint16(format4At, 4);
  view.setUint16(format4At + 2, format4Length);
  view.setUint16(format4At + 6, segments * 2);
  view.setUint16(format4At + 8, power * 2);
  view.setUint16(format4At + 10, log);
  view.setUint16(format4At + 12, segments * 2 - power * 2);
  const ends = format4At + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  bmp.forEach(([start, end, glyph], s) => {
    view.setUint16(ends + s * 2, end);
    view.setUint16(starts + s * 2, start);
    view.setUint16(deltas + s * 2, start === 0xffff ? 1 : (glyph - start) & 0xffff);
  });
  view.setUint16(format12At, 12);
  view.setUint32(format12At + 4, format12Length);
  view.setUint32(format12At + 12, all.length);
  all.forEach(([start, end, glyph], g) => {
    view.setUint32(format12At + 16 + g * 12, start);
    view.setUint32(format12At + 20 + g * 12, end);
    view.setUint32(format12At + 24 + g * 12, glyph);
  });
  return out;
}
