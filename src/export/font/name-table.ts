// The subset's `name` table with the typographic family (ids 16 and 17) the @fontsource slices leave
// out. The semibold slices call their family "Noto Sans SC SemiBold" (id 1, the legacy four-style
// grouping), so a renderer that picks faces by family and weight (resvg's fontdb) never finds a
// 600 face of "Noto Sans SC" and draws every bold label regular. Ids 16/17 say which family the face
// belongs to and at what style; every other record is kept as the slice has it.

const WINDOWS = 3;
const UNICODE_BMP = 1;
const EN_US = 0x409;

interface NameRecord {
  readonly platform: number;
  readonly encoding: number;
  readonly language: number;
  readonly nameId: number;
  readonly bytes: Uint8Array;
}

function readRecords(table: Uint8Array): NameRecord[] {
  const data = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const count = data.getUint16(2);
  const strings = data.getUint16(4);
  const records: NameRecord[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    const length = data.getUint16(at + 8);
    const offset = strings + data.getUint16(at + 10);
    records.push({
      platform: data.getUint16(at),
      encoding: data.getUint16(at + 2),
      language: data.getUint16(at + 4),
      nameId: data.getUint16(at + 6),
      bytes: table.subarray(offset, offset + length),
    });
  }
  return records;
}

function utf16be(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[i * 2] = text.charCodeAt(i) >> 8;
    bytes[i * 2 + 1] = text.charCodeAt(i) & 0xff;
  }
  return bytes;
}

/** A format-0 name table; records sorted as the format requires. */
function writeRecords(records: readonly NameRecord[]): Uint8Array {
  const sorted = [...records].sort(
    (a, b) =>
      a.platform - b.platform || a.encoding - b.encoding || a.language - b.language || a.nameId - b.nameId,
  );
  const head = 6 + sorted.length * 12;
  const size = head + sorted.reduce((sum, r) => sum + r.bytes.length, 0);
  const table = new Uint8Array(size);
  const data = new DataView(table.buffer);
  data.setUint16(0, 0);
  data.setUint16(2, sorted.length);
  data.setUint16(4, head);
  let offset = 0;
  sorted.forEach((r, i) => {
    const at = 6 + i * 12;
    data.setUint16(at, r.platform);
    data.setUint16(at + 2, r.encoding);
    data.setUint16(at + 4, r.language);
    data.setUint16(at + 6, r.nameId);
    data.setUint16(at + 8, r.bytes.length);
    data.setUint16(at + 10, offset);
    table.set(r.bytes, head + offset);
    offset += r.bytes.length;
  });
  return table;
}

/** The slice's name table, with `family` and `style` as the typographic family and subfamily. */
export function withTypographicFamily(table: Uint8Array, family: string, style: string): Uint8Array {
  const kept = readRecords(table).filter((r) => r.nameId !== 16 && r.nameId !== 17);
  const record = (nameId: number, text: string): NameRecord => ({
    platform: WINDOWS,
    encoding: UNICODE_BMP,
    language: EN_US,
    nameId,
    bytes: utf16be(text),
  });
  return writeRecords([...kept, record(16, family), record(17, style)]);
}
