// The streams of an OLE compound file (MS-CFB), the container of Word 97–2003 .doc and .wps files,
// of .xls workbooks and WPS .et files saved the same way, and of password-protected Office files: a
// header, a FAT chaining sectors, a directory of named entries, a mini stream for small streams.
// Only the root storage's own streams are read: an embedded document is a storage below the root
// with streams of the same names (its own WordDocument, its own Workbook). Every chain is followed
// with a step count bounded by the sectors the file has, so a cyclic or forged chain ends instead of
// looping; a stream is never longer than the sectors of its chain, whatever size the directory
// claims; the directory is refused past the limit on entries.
import { u16, u32 } from './little-endian.ts';
import type { ImportLimits } from './reader.ts';

export class CompoundFileError extends Error {
  constructor(
    message: string,
    /** Refused by a limit, rather than unreadable. */
    readonly refused = false,
  ) {
    super(message);
  }
}

/** More directory entries than limits.maxEntries: refused before any stream is read. */
export class TooManyEntries extends CompoundFileError {
  constructor(
    readonly entries: number,
    readonly maxEntries: number,
  ) {
    super(`it has ${entries} directory entries, more than the limit of ${maxEntries} (maxEntries)`, true);
  }
}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const FREE = 0xffffffff;
const ENTRY_SIZE = 128;
const MINI_SECTOR_SIZE = 64;
/** A directory entry's type, its byte at 0x42. */
const ENTRY = { storage: 1, stream: 2, root: 5 } as const;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The sectors of a chain through `table`. Sector numbers at or past `limit` (end of chain, free,
 *  or past the end) stop it, and so does a chain longer than `limit`: it loops, and is cut there. */
function chain(start: number, table: Uint32Array, limit: number): number[] {
  const out: number[] = [];
  for (let n = start; n < limit && out.length < limit; n = table[n] ?? FREE) out.push(n);
  return out;
}

/** The first `length` bytes of a chain's sectors, at most what they hold: a size the directory
 *  claims beyond its chain costs nothing. */
function gather(
  list: readonly number[],
  sectorSize: number,
  sector: (n: number) => Uint8Array,
  length: number,
): Uint8Array {
  const out = new Uint8Array(Math.min(length, list.length * sectorSize));
  list.forEach((n, i) => {
    const at = i * sectorSize;
    if (at < out.length) out.set(sector(n).subarray(0, out.length - at), at);
  });
  return out;
}

export class CompoundFile {
  private readonly sectorSize: number;
  /** Sector n starts at (n + 1) × sectorSize; a cut-short last sector still counts. */
  private readonly sectors: number;
  private readonly version3: boolean;
  private readonly fat: Uint32Array;
  private readonly root: Uint8Array;
  /** The root's children by lower-case name: some writers store `worddocument`. */
  private readonly children = new Map<string, Uint8Array>();
  private readonly cutoff: number;
  private mini: { stream: Uint8Array; fat: Uint32Array } | null = null;

  /** Throws CompoundFileError when `bytes` are no compound file or its header or directory is
   *  damaged, and TooManyEntries past limits.maxEntries. */
  constructor(
    private readonly bytes: Uint8Array,
    limits: Pick<ImportLimits, 'maxEntries'>,
  ) {
    if (!isCompoundFile(bytes) || bytes.length < 512)
      throw new CompoundFileError('it is not an OLE compound file');
    const shift = u16(bytes, 0x1e);
    if (shift !== 9 && shift !== 12)
      throw new CompoundFileError('its compound-file header is damaged (sector size)');
    this.sectorSize = 1 << shift;
    this.version3 = shift === 9;
    this.sectors = Math.ceil(bytes.length / this.sectorSize) - 1;
    this.fat = this.readFat();
    this.cutoff = u32(bytes, 0x38) || 4096;

    const directorySectors = chain(u32(bytes, 0x30), this.fat, this.sectors);
    const entries = (directorySectors.length * this.sectorSize) / ENTRY_SIZE;
    if (entries > limits.maxEntries) throw new TooManyEntries(entries, limits.maxEntries);
    const directory = gather(directorySectors, this.sectorSize, (n) => this.sector(n), Infinity);
    const entry = (i: number) => directory.subarray(i * ENTRY_SIZE, (i + 1) * ENTRY_SIZE);
    this.root = entry(0);
    if (this.root.length < ENTRY_SIZE || this.root[0x42] !== ENTRY.root)
      throw new CompoundFileError('its compound-file directory is damaged');
    // The root's children form a tree through left/right siblings; each entry is visited once.
    const seen = new Uint8Array(entries);
    const pending = [u32(this.root, 0x4c)];
    while (pending.length > 0) {
      const i = pending.pop()!;
      if (i >= entries || seen[i]) continue;
      seen[i] = 1;
      const e = entry(i);
      if (e[0x42] === ENTRY.stream || e[0x42] === ENTRY.storage)
        this.children.set(nameOf(e).toLowerCase(), e);
      pending.push(u32(e, 0x44), u32(e, 0x48));
    }
  }

  private sector(n: number): Uint8Array {
    return this.bytes.subarray((n + 1) * this.sectorSize, (n + 2) * this.sectorSize);
  }

  /** The FAT's own sectors are listed 109 in the header, the rest in the DIFAT chain. */
  private readFat(): Uint32Array {
    const { bytes, sectors, sectorSize } = this;
    const fatSectors: number[] = [];
    const add = (n: number) => {
      if (n < sectors && fatSectors.length < sectors) fatSectors.push(n);
    };
    for (let i = 0; i < 109; i++) add(u32(bytes, 0x4c + 4 * i));
    let difat = u32(bytes, 0x44);
    for (let steps = 0; difat < sectors && steps < sectors; steps++) {
      const block = this.sector(difat);
      for (let i = 0; i < sectorSize / 4 - 1; i++) add(u32(block, 4 * i));
      difat = u32(block, sectorSize - 4);
    }
    const fat = new Uint32Array(fatSectors.length * (sectorSize / 4)).fill(FREE);
    fatSectors.forEach((n, k) => {
      const block = this.sector(n);
      // A cut-short last sector leaves the rest of its entries free.
      for (let i = 0; 4 * i + 4 <= block.length; i++) fat[k * (sectorSize / 4) + i] = u32(block, 4 * i);
    });
    return fat;
  }

  private readChain(start: number, length: number): Uint8Array {
    return gather(chain(start, this.fat, this.sectors), this.sectorSize, (n) => this.sector(n), length);
  }

  /** A stream's size: version 3 files keep only the low 32 bits, and the high half may be junk. */
  private sizeOf(e: Uint8Array): number {
    return this.version3 ? u32(e, 0x78) : u32(e, 0x78) + u32(e, 0x7c) * 2 ** 32;
  }

  /** The mini stream and its FAT, read the first time a small stream is. */
  private miniStream(): { stream: Uint8Array; fat: Uint32Array } {
    if (this.mini) return this.mini;
    const stream = this.readChain(u32(this.root, 0x74), this.sizeOf(this.root));
    const table = this.readChain(u32(this.bytes, 0x3c), u32(this.bytes, 0x40) * this.sectorSize);
    const fat = new Uint32Array(table.length >> 2);
    for (let i = 0; i < fat.length; i++) fat[i] = u32(table, 4 * i);
    return (this.mini = { stream, fat });
  }

  /** A stream directly below the root by name, case ignored (`WordDocument`, `Workbook`), or null. */
  stream(name: string): Uint8Array | null {
    const e = this.children.get(name.toLowerCase());
    if (!e || e[0x42] !== ENTRY.stream) return null;
    const length = this.sizeOf(e);
    if (length >= this.cutoff) return this.readChain(u32(e, 0x74), length);
    const { stream, fat } = this.miniStream();
    const list = chain(u32(e, 0x74), fat, Math.min(fat.length, Math.floor(stream.length / MINI_SECTOR_SIZE)));
    const miniSector = (n: number) => stream.subarray(n * MINI_SECTOR_SIZE, (n + 1) * MINI_SECTOR_SIZE);
    return gather(list, MINI_SECTOR_SIZE, miniSector, length);
  }

  /** Whether the root holds a stream or storage of this name, case ignored (`EncryptionInfo`). */
  has(name: string): boolean {
    return this.children.has(name.toLowerCase());
  }
}

function nameOf(e: Uint8Array): string {
  const length = Math.min(u16(e, 0x40), 64);
  let name = '';
  for (let at = 0; at + 2 < length; at += 2) name += String.fromCharCode(u16(e, at));
  return name;
}
