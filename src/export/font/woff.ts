// WOFF 1.0 back to the plain TrueType file it wraps: renderers such as resvg read TrueType, not
// WOFF. Each table is stored zlib-compressed unless compressing would not have saved anything.
import { unzlibSync } from 'fflate';
import { writeSfnt } from './sfnt.ts';

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('Not a WOFF file: its signature is not wOFF.');
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: { tag: string; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const tag = String.fromCharCode(...woff.subarray(at, at + 4));
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? unzlibSync(stored) : stored;
    if (data.length !== origLength)
      throw new Error('A table of the WOFF file does not unpack to its stated size.');
    tables.push({ tag, data });
  }
  return writeSfnt(new Map(tables.map((t) => [t.tag, t.data])), flavor);
}
