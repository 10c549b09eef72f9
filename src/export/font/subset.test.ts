// The subset fonts the exports embed: every character drawn keeps its own outline and advance from
// the Noto Sans SC slice it comes from, the character map finds it, the file is a well-formed
// TrueType font (checksums included), and its PDF name carries a stable subset tag.
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { readCmap, writeCmap } from './cmap.ts';
import { nodeFontLoader } from './load-node.ts';
import { readSfnt, writeSfnt } from './sfnt.ts';
import { sliceOf } from './slices.ts';
import { subsetFont } from './subset.ts';

const TEXT = '自治区发展改革委 Agency × task：《规划》2014-02-26';

function wholeFileSum(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe('subsetFont', () => {
  it("keeps each character's outline and advance from its slice, and nothing else", async () => {
    const font = await subsetFont([TEXT], 400, nodeFontLoader);
    const subset = fontkit.create(font.bytes);
    const distinct = new Set(TEXT);
    expect(font.chars).toEqual(distinct);
    expect(subset.numGlyphs).toBe(distinct.size + 1); // and .notdef
    for (const ch of distinct) {
      const code = ch.codePointAt(0) ?? 0;
      const slice = fontkit.create(await nodeFontLoader(sliceOf(code) as string, 400));
      const mine = subset.glyphForCodePoint(code);
      const theirs = slice.glyphForCodePoint(code);
      expect(mine.id, ch).toBeGreaterThan(0);
      expect(mine.advanceWidth, ch).toBe(theirs.advanceWidth);
      expect(mine.path.toSVG(), ch).toBe(theirs.path.toSVG());
    }
    expect(subset.glyphForCodePoint(0x4e00).id).toBe(0); // 一 is not in the text
  });

  it('leaves out characters the font lacks', async () => {
    const font = await subsetFont(['商\ue000务'], 600, nodeFontLoader);
    expect([...font.chars].sort()).toEqual(['商', '务'].sort());
    expect(fontkit.create(font.bytes).numGlyphs).toBe(3);
  });

  it('is a well-formed TrueType file: sorted tables, checksums, the whole file summing to the magic', async () => {
    const font = await subsetFont([TEXT], 600, nodeFontLoader);
    expect(wholeFileSum(font.bytes)).toBe(0xb1b0afba);
    const tables = readSfnt(font.bytes);
    expect([...tables.keys()]).toEqual([...tables.keys()].sort());
    for (const tag of ['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'OS/2', 'post'])
      expect(tables.has(tag), tag).toBe(true);
    // The layout tables index the slice's glyphs, not ours: they must go.
    expect(tables.has('GSUB')).toBe(false);
    expect(fontkit.create(font.bytes).familyName).toMatch(/^Noto Sans SC/);
  });

  it('names a subset PDF-style, the same for the same text and weight', async () => {
    const a = await subsetFont(['商务厅'], 400, nodeFontLoader);
    const b = await subsetFont(['厅务商'], 400, nodeFontLoader);
    const c = await subsetFont(['商务厅'], 600, nodeFontLoader);
    expect(a.subsetName).toMatch(/^[A-Z]{6}\+NotoSansSC-Regular$/);
    expect(c.subsetName).toMatch(/^[A-Z]{6}\+NotoSansSC-SemiBold$/);
    expect(b.subsetName).toBe(a.subsetName);
    expect(c.subsetName.slice(0, 6)).not.toBe(a.subsetName.slice(0, 6));
  });

  it('is a few kilobytes for a label, where the slices it comes from are a hundred or more', async () => {
    const font = await subsetFont(['自治区发展改革委'], 400, nodeFontLoader);
    expect(font.bytes.length).toBeLessThan(8_000);
  });
});

describe('cmap', () => {
  it('reads back what it writes, runs and single characters, in and beyond the BMP', () => {
    const map = new Map([
      [0x20, 1],
      [0x41, 2],
      [0x42, 3],
      [0x43, 4],
      [0x4e00, 9],
      [0x9fa5, 5],
      [0x20000, 6],
    ]);
    expect(readCmap(writeCmap(map))).toEqual(map);
  });
});

describe('writeSfnt', () => {
  it('round-trips tables through readSfnt', () => {
    const tables = new Map([
      ['abcd', new Uint8Array([1, 2, 3])],
      ['head', new Uint8Array(54)],
    ]);
    const back = readSfnt(writeSfnt(tables));
    expect([...(back.get('abcd') ?? [])]).toEqual([1, 2, 3]);
    expect(back.get('head')?.length).toBe(54);
  });
});
