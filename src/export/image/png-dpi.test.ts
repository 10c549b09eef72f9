import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pngDpi, readPngDpi, withPngDpi } from './png-dpi.ts';

/** A 1 × 1 white RGBA PNG, chunk by chunk, with CRCs the test does not check. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(
      [...type].map((c) => c.charCodeAt(0)),
      4,
    );
    out.set(data, 8);
    return out;
  };
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  const idat = zlibSync(new Uint8Array([0, 255, 255, 255, 255]));
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

function chunkTypes(png: Uint8Array): string[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const types: string[] = [];
  for (let at = 8; at < png.length; at += 12 + view.getUint32(at))
    types.push(String.fromCharCode(...png.subarray(at + 4, at + 8)));
  return types;
}

describe('PNG resolution', () => {
  it('is 72 dpi per unit of scale', () => {
    expect(pngDpi(1)).toBe(72);
    expect(pngDpi(2)).toBe(144);
    expect(pngDpi(1.5)).toBe(108);
  });

  it('writes one pHYs chunk after IHDR, in metres, with a valid CRC, replacing an older one', () => {
    const png = withPngDpi(withPngDpi(tinyPng(), 300), 144);
    expect(chunkTypes(png)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    expect(readPngDpi(png)).toBe(144);
    expect(readPngDpi(tinyPng())).toBeNull();
    // 144 dpi = 5669 pixels per metre, unit byte 1.
    const view = new DataView(png.buffer);
    const at = 8 + 25;
    expect(view.getUint32(at + 8)).toBe(5669);
    expect(png[at + 16]).toBe(1);
    // CRC-32 of "pHYs" + data, checked against zlib's table-free definition.
    let crc = ~0;
    for (const byte of png.subarray(at + 4, at + 17)) {
      crc ^= byte;
      for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
    expect(view.getUint32(at + 17)).toBe((~crc >>> 0) >>> 0);
  });
});
