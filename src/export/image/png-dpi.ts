// A PNG's resolution: the pHYs chunk, so a 2× export opens in Word, Photoshop or a print dialog at
// its drawing size (144 dpi) instead of twice as large at the 72 dpi readers assume without one.
// Diagram units are CSS pixels at 96 per inch in a browser, but the exports' PDF pages put one unit
// on one point, so 1× is 72 dpi: a PNG and a PDF of the same diagram print at the same size.

/** Dots per inch of a PNG drawn at `scale` pixels per diagram unit. */
export function pngDpi(scale: number): number {
  return Math.round(72 * scale);
}

const INCHES_PER_METRE = 1 / 0.0254;

let table: Uint32Array | null = null;

function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (table[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunkType(png: Uint8Array, at: number): string {
  return String.fromCharCode(...png.subarray(at + 4, at + 8));
}

/** The PNG with a pHYs chunk of `dpi` (both axes) right after IHDR, replacing any it had. */
export function withPngDpi(png: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const kept: Uint8Array[] = [png.subarray(0, 8)];
  const perMetre = Math.round(dpi * INCHES_PER_METRE);
  const chunk = new Uint8Array(12 + 9);
  const out = new DataView(chunk.buffer);
  out.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // pHYs
  out.setUint32(8, perMetre);
  out.setUint32(12, perMetre);
  chunk[16] = 1; // the unit is the metre
  out.setUint32(17, crc32(chunk.subarray(4, 17)));
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = chunkType(png, at);
    if (type !== 'pHYs') kept.push(png.subarray(at, at + 12 + length));
    if (type === 'IHDR') kept.push(chunk);
    at += 12 + length;
  }
  const total = kept.reduce((n, part) => n + part.length, 0);
  const result = new Uint8Array(total);
  kept.reduce((offset, part) => (result.set(part, offset), offset + part.length), 0);
  return result;
}

/** The pHYs resolution of a PNG in dots per inch (x axis), or null when it has none. */
export function readPngDpi(png: Uint8Array): number | null {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    if (chunkType(png, at) === 'pHYs' && png[at + 16] === 1)
      return Math.round(view.getUint32(at + 8) / INCHES_PER_METRE);
    at += 12 + length;
  }
  return null;
}
