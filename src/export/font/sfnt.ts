// The TrueType container: a directory of tagged tables. Read one into its tables, write tables back
// into one — with the checksums and the head table's adjustment that renderers and sanitizers check.

export type Tables = ReadonlyMap<string, Uint8Array>;

const TRUETYPE = 0x00010000;

export function readSfnt(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12) throw new Error('Not a TrueType font: the file is too short.');
  const count = view.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    if (at + 16 > bytes.length) throw new Error('Not a TrueType font: its table directory is cut short.');
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > bytes.length) throw new Error(`The font's ${tag} table runs past its end.`);
    tables.set(tag, bytes.subarray(offset, offset + length));
  }
  return tables;
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  const whole = data.length & ~3;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i < whole; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  if (whole < data.length) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (data[i] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** A TrueType file of the tables, in tag order, each on a four-byte boundary. `head` gets its
 *  checkSumAdjustment (the whole file then sums to 0xB1B0AFBA). */
export function writeSfnt(tables: Tables, flavor = TRUETYPE): Uint8Array {
  const tags = [...tables.keys()].sort();
  let power = 1;
  let log = 0;
  while (power * 2 <= tags.length) {
    power *= 2;
    log += 1;
  }
  const headerSize = 12 + tags.length * 16;
  const size = tags.reduce((sum, tag) => sum + (((tables.get(tag)?.length ?? 0) + 3) & ~3), headerSize);
  const out = new Uint8Array(size);
  const write = new DataView(out.buffer);
  write.setUint32(0, flavor);
  write.setUint16(4, tags.length);
  write.setUint16(6, power * 16);
  write.setUint16(8, log);
  write.setUint16(10, tags.length * 16 - power * 16);
  let offset = headerSize;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag) as Uint8Array;
    const at = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[at + k] = tag.charCodeAt(k);
    out.set(data, offset);
    if (tag === 'head') {
      headAt = offset;
      write.setUint32(offset + 8, 0); // checkSumAdjustment counts as zero in the sums
    }
    write.setUint32(at + 4, checksum(out.subarray(offset, offset + data.length)));
    write.setUint32(at + 8, offset);
    write.setUint32(at + 12, data.length);
    offset += (data.length + 3) & ~3;
  });
  if (headAt >= 0) write.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
