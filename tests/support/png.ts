// Reading and writing PNGs in tests: 8-bit, non-interlaced grey, RGB (Chromium's screenshots) or RGBA
// (resvg's exports) read to RGBA with the scanline filters undone; RGBA written unfiltered.
import { unzlibSync, zlibSync } from 'fflate';

export interface Pixels {
  readonly width: number;
  readonly height: number;
  /** RGBA, row after row. */
  readonly data: Uint8Array;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

const CHANNELS: Partial<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Decodes an 8-bit, non-interlaced PNG (grey, grey + alpha, RGB as Chromium writes screenshots, or RGBA) to RGBA. */
export function decodePng(bytes: Uint8Array): Pixels {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const [depth, colour, interlace] = [bytes[24], bytes[25] ?? 0, bytes[28]];
  const channels = CHANNELS[colour];
  if (depth !== 8 || !channels || interlace !== 0) {
    throw new Error(
      `Only 8-bit, non-interlaced grey, RGB or RGBA PNGs are read here (depth ${depth}, colour type ${colour}).`,
    );
  }
  const chunks: Uint8Array[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    if (String.fromCharCode(...bytes.subarray(at + 4, at + 8)) === 'IDAT')
      chunks.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((offset, c) => (joined.set(c, offset), offset + c.length), 0);
  const raw = unzlibSync(joined);
  const stride = width * channels;
  const lines = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (lines[y * stride + x - channels] ?? 0) : 0;
      const b = y > 0 ? (lines[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (lines[(y - 1) * stride + x - channels] ?? 0) : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter] ?? 0;
      lines[y * stride + x] = ((line[x] ?? 0) + predictor) & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const [from, to] = [i * channels, i * 4];
    const grey = channels < 3;
    data[to] = lines[from]!;
    data[to + 1] = lines[grey ? from : from + 1]!;
    data[to + 2] = lines[grey ? from : from + 2]!;
    data[to + 3] = channels === 2 ? lines[from + 1]! : channels === 4 ? lines[from + 3]! : 255;
  }
  return { width, height, data };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  out.set(
    Array.from(type, (ch) => ch.charCodeAt(0)),
    4,
  );
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

/** Encodes RGBA pixels as an 8-bit RGBA PNG (no filtering: for the diff images a person looks at). */
export function encodePng(p: Pixels): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, p.width);
  view.setUint32(4, p.height);
  header.set([8, 6, 0, 0, 0], 8);
  const stride = p.width * 4;
  const raw = new Uint8Array((stride + 1) * p.height);
  for (let y = 0; y < p.height; y++)
    raw.set(p.data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: 6 })),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  parts.reduce((offset, part) => (out.set(part, offset), offset + part.length), 0);
  return out;
}
