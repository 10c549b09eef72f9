// Reading back the PNGs the exports write (8-bit RGBA, as resvg writes them): size and every pixel,
// the scanline filters undone, so tests can ask what was drawn where.
import { unzlibSync } from 'fflate';

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

export function decodePng(bytes: Uint8Array): Pixels {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (bytes[24] !== 8 || bytes[25] !== 6) throw new Error('Only 8-bit RGBA PNGs are read here.');
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
  const stride = width * 4;
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? (data[y * stride + x - 4] ?? 0) : 0;
      const b = y > 0 ? (data[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= 4 && y > 0 ? (data[(y - 1) * stride + x - 4] ?? 0) : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter ?? 0] ?? 0;
      data[y * stride + x] = ((line[x] ?? 0) + predictor) & 0xff;
    }
  }
  return { width, height, data };
}

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
