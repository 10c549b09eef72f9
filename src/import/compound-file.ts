// The streams of an OLE compound file (MS-CFB), the container of .xls and of WPS .et workbooks: a
// header, a FAT chaining sectors, a directory of named streams, a mini stream for small ones. Every
// chain is followed with a step count bounded by the sectors the file has, so a cyclic or forged
// chain ends instead of looping; the directory is refused past the limit on entries.
import type { ImportLimits } from './reader.ts';

export class CompoundFileError extends Error {
  constructor(
    message: string,
    readonly refused = false,
  ) {
    super(message);
  }
}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

interface DirectoryEntry {
  readonly name: string;
  readonly type: number;
  readonly start: number;
  readonly size: number;
}

export class CompoundFile {
  private readonly view: DataView;
  private readonly sectorSize: number;
  private readonly fat: Uint32Array;
  private readonly entries: DirectoryEntry[];
  private readonly miniFat: Uint32Array;
  private readonly miniStream: Uint8Array;
  private readonly cutoff: number;

  constructor(
    private readonly bytes: Uint8Array,
    limits: ImportLimits,
  ) {
    if (!isCompoundFile(bytes) || bytes.length < 512)
      throw new CompoundFileError('it is not a compound file');
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const shift = this.u16(30);
    if (shift !== 9 && shift !== 12) throw new CompoundFileError('its header is damaged');
    this.sectorSize = 1 << shift;
    this.cutoff = this.u32(56);
    this.fat = this.readFat();
    const directory = this.chain(this.u32(48), Infinity);
    const count = directory.length / 128;
    if (count > limits.maxEntries)
      throw new CompoundFileError(
        `it has ${count} directory entries, more than the limit of ${limits.maxEntries} (maxEntries)`,
        true,
      );
    this.entries = [];
    for (let at = 0; at + 128 <= directory.length; at += 128) this.entries.push(entryAt(directory, at));
    const root = this.entries[0];
    this.miniStream = root && root.type === 5 ? this.chain(root.start, root.size) : new Uint8Array(0);
    const mini = this.chain(this.u32(60), Infinity);
    this.miniFat = new Uint32Array(mini.buffer.slice(mini.byteOffset, mini.byteOffset + (mini.length & ~3)));
  }

  private u16(at: number): number {
    return at + 2 <= this.bytes.length ? this.view.getUint16(at, true) : 0;
  }

  private u32(at: number): number {
    return at + 4 <= this.bytes.length ? this.view.getUint32(at, true) : FREE;
  }

  private get sectorCount(): number {
    return Math.floor((this.bytes.length - 512) / this.sectorSize) + 1;
  }

  private sectorOffset(sector: number): number {
    return (sector + 1) * this.sectorSize;
  }

  /** The FAT's sectors are listed in the header (109) and then in a chain of DIFAT sectors. */
  private readFat(): Uint32Array {
    const sectors: number[] = [];
    for (let i = 0; i < 109; i++) sectors.push(this.u32(76 + i * 4));
    const perSector = this.sectorSize / 4 - 1;
    let difat = this.u32(68);
    for (let steps = 0; difat < this.sectorCount && steps < this.sectorCount; steps++) {
      const at = this.sectorOffset(difat);
      for (let i = 0; i < perSector; i++) sectors.push(this.u32(at + i * 4));
      difat = this.u32(at + perSector * 4);
    }
    const used = sectors.filter((s) => s < this.sectorCount).slice(0, this.sectorCount);
    const fat = new Uint32Array(used.length * (this.sectorSize / 4));
    used.forEach((sector, k) => {
      const at = this.sectorOffset(sector);
      for (let i = 0; i < this.sectorSize / 4; i++) fat[k * (this.sectorSize / 4) + i] = this.u32(at + i * 4);
    });
    return fat;
  }

  /** The bytes of a chain of sectors, at most `size` of them; a chain that loops or leaves the file
   *  is cut where it does. */
  private chain(start: number, size: number): Uint8Array {
    const pieces: Uint8Array[] = [];
    let length = 0;
    let sector = start;
    for (let steps = 0; sector < this.sectorCount && steps < this.sectorCount && length < size; steps++) {
      const at = this.sectorOffset(sector);
      const piece = this.bytes.subarray(at, Math.min(at + this.sectorSize, this.bytes.length));
      pieces.push(piece);
      length += piece.length;
      sector = this.fat[sector] ?? END_OF_CHAIN;
    }
    return concat(pieces, Math.min(length, size));
  }

  private miniChain(start: number, size: number): Uint8Array {
    const pieces: Uint8Array[] = [];
    let length = 0;
    let sector = start;
    const count = Math.floor(this.miniStream.length / 64);
    for (let steps = 0; sector < count && steps < count && length < size; steps++) {
      pieces.push(this.miniStream.subarray(sector * 64, sector * 64 + 64));
      length += 64;
      sector = this.miniFat[sector] ?? END_OF_CHAIN;
    }
    return concat(pieces, Math.min(length, size));
  }

  /** A stream by name, case ignored (`Workbook`, `Book`), or null. */
  stream(name: string): Uint8Array | null {
    const entry = this.entries.find((e) => e.type === 2 && e.name.toLowerCase() === name.toLowerCase());
    if (!entry) return null;
    return entry.size < this.cutoff
      ? this.miniChain(entry.start, entry.size)
      : this.chain(entry.start, entry.size);
  }

  has(name: string): boolean {
    return this.entries.some((e) => e.name.toLowerCase() === name.toLowerCase());
  }
}

function entryAt(directory: Uint8Array, at: number): DirectoryEntry {
  const view = new DataView(directory.buffer, directory.byteOffset + at, 128);
  const nameLength = Math.min(64, view.getUint16(64, true));
  let name = '';
  for (let i = 0; i + 2 < nameLength; i += 2) name += String.fromCharCode(view.getUint16(i, true));
  // Sizes above 4 GB (high word) are past any limit; the low word is what version 3 files use.
  return { name, type: view.getUint8(66), start: view.getUint32(116, true), size: view.getUint32(120, true) };
}

function concat(pieces: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const piece of pieces) {
    if (offset >= size) break;
    out.set(piece.subarray(0, size - offset), offset);
    offset += piece.length;
  }
  return out;
}
