// The compound file that holds .doc, .wps, .xls and .et files, on files built byte by byte
// (tests/fixtures/word/synthetic.ts): small and large streams, names without case, only the root's
// own streams, and the limits. Hostile bytes are tried through the readers (word97, spreadsheet).
import { describe, expect, it } from 'vitest';
import { compoundFile } from '../../tests/fixtures/word/synthetic.ts';
import { CompoundFile, CompoundFileError, isCompoundFile, TooManyEntries } from './compound-file.ts';

const limits = { maxEntries: 100 };
const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
/** Where directory entry i lies: the synthetic directory is one chain of consecutive sectors. */
const entryAt = (b: Uint8Array, i: number) => 512 * (1 + view(b).getUint32(0x30, true)) + 128 * i;

describe('the compound file', () => {
  it('reads small streams from the mini stream and large ones from sectors, names without case', () => {
    const small = Uint8Array.from({ length: 100 }, (_, i) => i);
    const large = Uint8Array.from({ length: 5000 }, (_, i) => i & 0xff);
    const cf = new CompoundFile(compoundFile({ Small: small, Large: large }), limits);
    expect(cf.stream('small')).toEqual(small);
    expect(cf.stream('Large')).toEqual(large);
    expect(cf.stream('Other')).toBeNull();
    expect(cf.has('SMALL')).toBe(true);
  });

  it("reads only the root's own streams, not those of an embedded document", () => {
    const bytes = compoundFile({
      Workbook: new Uint8Array(10),
      _1234: new Uint8Array(0),
      WordDocument: new Uint8Array(10).fill(7),
    });
    // Entry 2 (_1234) becomes a storage holding entry 3 (WordDocument), its sibling no more.
    const storage = entryAt(bytes, 2);
    bytes[storage + 0x42] = 1;
    view(bytes).setUint32(storage + 0x48, 0xffffffff, true);
    view(bytes).setUint32(storage + 0x4c, 3, true);
    const cf = new CompoundFile(bytes, limits);
    expect(cf.stream('WordDocument')).toBeNull();
    expect(cf.has('WordDocument')).toBe(false);
    expect(cf.has('_1234')).toBe(true);
    expect(cf.stream('_1234')).toBeNull();
    expect(cf.stream('Workbook')).toEqual(new Uint8Array(10));
  });

  it('reads a stream no longer than its chain, whatever size the directory claims', () => {
    const large = new Uint8Array(5000).fill(1);
    const bytes = compoundFile({ Large: large, Small: new Uint8Array(100).fill(2) });
    for (const i of [1, 2]) view(bytes).setUint32(entryAt(bytes, i) + 0x78, 0xfffffff0, true);
    const cf = new CompoundFile(bytes, limits);
    expect(cf.stream('Large')!.length).toBe(5120); // its 10 sectors
    expect(cf.stream('Large')!.subarray(0, 5000)).toEqual(large);
    expect(cf.stream('Small')!.length).toBeLessThanOrEqual(bytes.length);
  });

  it('refuses more directory entries than the limit, and says why it cannot read the rest', () => {
    const streams = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`s${i}`, new Uint8Array(1)]));
    const open =
      (bytes: Uint8Array, maxEntries = 20) =>
      () =>
        new CompoundFile(bytes, { maxEntries });
    expect(open(compoundFile(streams))).toThrow(TooManyEntries);
    expect(open(compoundFile(streams))).toThrow(
      'it has 44 directory entries, more than the limit of 20 (maxEntries)',
    );
    try {
      open(compoundFile(streams))();
    } catch (error) {
      expect(error).toMatchObject({ refused: true, entries: 44, maxEntries: 20 });
    }
    const header = compoundFile({ A: new Uint8Array(1) });
    header[0x1e] = 10;
    expect(open(header)).toThrow(new CompoundFileError('its compound-file header is damaged (sector size)'));
    const root = compoundFile({ A: new Uint8Array(1) });
    root[entryAt(root, 0) + 0x42] = 1;
    expect(open(root)).toThrow('its compound-file directory is damaged');
    expect(open(compoundFile({}).subarray(0, 500))).toThrow('it is not an OLE compound file');
  });

  it('is told by its signature', () => {
    expect(isCompoundFile(compoundFile({}))).toBe(true);
    expect(isCompoundFile(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]))).toBe(false);
  });
});
