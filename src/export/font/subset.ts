// One small TrueType font per weight holding exactly the glyphs a diagram's text needs, gathered from
// the Noto Sans SC slices those characters fall in. The same font serves the SVG's @font-face, the
// PNG renderer and the PDF: a renderer sees one face per weight (resvg draws boxes when a hundred
// same-named slices compete), and a file carries kilobytes of outlines, not whole slices.
import { readCmap, writeCmap } from './cmap.ts';
import { withTypographicFamily } from './name-table.ts';
import { readSfnt, writeSfnt } from './sfnt.ts';
import { sliceOf, type FontLoader, type FontWeight } from './slices.ts';
import { woffToSfnt } from './woff.ts';

export interface SubsetFont {
  /** The font file (TrueType, glyf outlines). */
  readonly bytes: Uint8Array;
  readonly weight: FontWeight;
  /** The characters it has glyphs for. */
  readonly chars: ReadonlySet<string>;
  /** The PostScript name with a subset tag, `ABCDEF+NotoSansSC-Regular`, as PDF names a subset. */
  readonly subsetName: string;
}

/** The tables of one slice that a subset is cut from. */
class SliceFont {
  readonly tables: Map<string, Uint8Array>;
  readonly cmap: Map<number, number>;
  private readonly offsets: number[] = [];
  private readonly metrics: number;

  constructor(woff: Uint8Array) {
    this.tables = readSfnt(woffToSfnt(woff));
    this.cmap = readCmap(this.table('cmap'));
    const head = view(this.table('head'));
    const loca = view(this.table('loca'));
    const glyphs = view(this.table('maxp')).getUint16(4);
    const long = head.getInt16(50) === 1;
    for (let i = 0; i <= glyphs; i++)
      this.offsets.push(long ? loca.getUint32(i * 4) : loca.getUint16(i * 2) * 2);
    this.metrics = view(this.table('hhea')).getUint16(34);
  }

  table(tag: string): Uint8Array {
    const table = this.tables.get(tag);
    if (!table) throw new Error(`The export font has no ${tag} table.`);
    return table;
  }

  outline(glyph: number): Uint8Array {
    return this.table('glyf').subarray(this.offsets[glyph] ?? 0, this.offsets[glyph + 1] ?? 0);
  }

  /** Advance width and left side bearing. */
  metric(glyph: number): [number, number] {
    const hmtx = view(this.table('hmtx'));
    const last = this.metrics - 1;
    const advance = hmtx.getUint16(Math.min(glyph, last) * 4);
    const lsb =
      glyph <= last
        ? hmtx.getInt16(glyph * 4 + 2)
        : hmtx.getInt16(this.metrics * 4 + (glyph - this.metrics) * 2);
    return [advance, lsb];
  }
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The glyphs a composite outline is built from, at their offsets in the outline. */
function components(outline: Uint8Array): { at: number; glyph: number }[] {
  if (outline.length < 10 || view(outline).getInt16(0) >= 0) return [];
  const data = view(outline);
  const found: { at: number; glyph: number }[] = [];
  let at = 10;
  for (;;) {
    const flags = data.getUint16(at);
    found.push({ at: at + 2, glyph: data.getUint16(at + 2) });
    at += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    if (!(flags & 0x20) || at >= outline.length) return found;
  }
}

/** Six capital letters from the glyph set, so the same text gets the same subset name. */
function subsetTag(codePoints: readonly number[], weight: number): string {
  let hash = 0x811c9dc5 ^ weight;
  for (const c of codePoints) hash = Math.imul(hash ^ c, 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return tag;
}

/** The font's PostScript name (name id 6), as the Windows or Mac record spells it. */
function postscriptName(name: Uint8Array): string {
  const data = view(name);
  const count = data.getUint16(2);
  const strings = data.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    if (data.getUint16(at + 6) !== 6) continue;
    const platform = data.getUint16(at);
    const length = data.getUint16(at + 8);
    const offset = strings + data.getUint16(at + 10);
    const bytes = name.subarray(offset, offset + length);
    if (platform === 3) {
      let text = '';
      for (let k = 0; k + 1 < bytes.length; k += 2)
        text += String.fromCharCode((bytes[k] ?? 0) * 256 + (bytes[k + 1] ?? 0));
      return text;
    }
    if (platform === 1) return String.fromCharCode(...bytes);
  }
  return 'NotoSansSC';
}

function concat(parts: readonly Uint8Array[], align: number): { bytes: Uint8Array; offsets: number[] } {
  const offsets: number[] = [0];
  let size = 0;
  for (const part of parts) {
    size += (part.length + align - 1) & ~(align - 1);
    offsets.push(size);
  }
  const bytes = new Uint8Array(size);
  parts.forEach((part, i) => bytes.set(part, offsets[i] ?? 0));
  return { bytes, offsets };
}

/** A copy of a table with some 16-bit fields set. */
function patched(table: Uint8Array, fields: Record<number, number>): Uint8Array {
  const copy = table.slice();
  for (const [at, value] of Object.entries(fields)) view(copy).setUint16(Number(at), value);
  return copy;
}

/** The subset font of one weight for the characters; those no slice has are left out. */
export async function subsetFont(
  chars: Iterable<string>,
  weight: FontWeight,
  load: FontLoader,
): Promise<SubsetFont> {
  const codePoints = new Set<number>();
  for (const text of chars) for (const ch of text) codePoints.add(ch.codePointAt(0) ?? 0);
  const bySlice = new Map<string, number[]>();
  for (const c of [...codePoints].sort((a, b) => a - b)) {
    const slice = sliceOf(c);
    if (slice) bySlice.set(slice, [...(bySlice.get(slice) ?? []), c]);
  }
  // The template slice gives the tables every subset shares (head, hhea, OS/2, name…) and .notdef.
  const template = sliceOf(0x20) ?? 'latin';
  const keys = bySlice.size > 0 ? [...bySlice.keys()] : [template];
  const slices = new Map(
    await Promise.all(keys.map(async (key) => [key, new SliceFont(await load(key, weight))] as const)),
  );
  const first = slices.get(keys[0] as string) as SliceFont;

  const outlines: Uint8Array[] = [first.outline(0)];
  const metrics: [number, number][] = [first.metric(0)];
  const placed = new Map<string, number>(); // `${slice}/${glyph}` → new glyph id
  const place = (key: string, font: SliceFont, glyph: number): number => {
    const known = placed.get(`${key}/${glyph}`);
    if (known !== undefined) return known;
    const id = outlines.length;
    placed.set(`${key}/${glyph}`, id);
    const outline = font.outline(glyph).slice();
    outlines.push(outline);
    metrics.push(font.metric(glyph));
    for (const part of components(outline)) view(outline).setUint16(part.at, place(key, font, part.glyph));
    return id;
  };
  const cmap = new Map<number, number>();
  const covered = new Set<string>();
  for (const [key, points] of bySlice) {
    const font = slices.get(key) as SliceFont;
    for (const c of points) {
      const glyph = font.cmap.get(c);
      if (glyph === undefined) continue;
      cmap.set(c, place(key, font, glyph));
      covered.add(String.fromCodePoint(c));
    }
  }

  const glyf = concat(outlines, 4);
  const loca = new Uint8Array(glyf.offsets.length * 4);
  glyf.offsets.forEach((offset, i) => view(loca).setUint32(i * 4, offset));
  const hmtx = new Uint8Array(metrics.length * 4);
  metrics.forEach(([advance, lsb], i) => {
    view(hmtx).setUint16(i * 4, advance);
    view(hmtx).setInt16(i * 4 + 2, lsb);
  });
  const bmp = [...cmap.keys()].filter((c) => c < 0xffff);
  const tables = new Map<string, Uint8Array>([
    ['cmap', writeCmap(cmap)],
    ['glyf', glyf.bytes],
    ['loca', loca],
    ['hmtx', hmtx],
    ['head', patched(first.table('head'), { 50: 1 })], // long loca offsets
    ['hhea', patched(first.table('hhea'), { 34: metrics.length })],
    ['maxp', patched(first.table('maxp'), { 4: metrics.length })],
    // First and last character of the subset, as OS/2 records them.
    ['OS/2', patched(first.table('OS/2'), { 64: Math.min(0xffff, ...bmp), 66: Math.max(0, ...bmp) })],
    [
      'name',
      withTypographicFamily(first.table('name'), 'Noto Sans SC', weight === 600 ? 'SemiBold' : 'Regular'),
    ],
    // Version 3: no glyph names (the slice's names would belong to its own glyph order).
    ['post', patched(first.table('post').slice(0, 32), { 0: 3, 2: 0 })],
  ]);
  const gasp = first.tables.get('gasp');
  if (gasp) tables.set('gasp', gasp);
  const name = postscriptName(first.table('name'));
  return {
    bytes: writeSfnt(tables),
    weight,
    chars: covered,
    subsetName: `${subsetTag([...cmap.keys()], weight)}+${name}`,
  };
}
