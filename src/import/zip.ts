// A zip read the careful way, for packages made of XML parts (OFD, xlsx). The central directory is
// read first and the file refused, before anything is inflated, when it declares more entries or a
// larger inflated total than the limits allow — a zip bomb is refused in milliseconds. Only the
// entries asked for are inflated, in small chunks, counting the output: an entry that inflates past
// what it declared (declared sizes can lie) or past the limit is stopped at once.
import { Inflate } from 'fflate';
import { megabytes, unreadable, type ImportLimits, type ReadAsFormat, type ReadRefusal } from './reader.ts';

/** A damaged archive, or one refused by a limit (`refused`); the message is in words for the user. */
export class ZipError extends Error {
  constructor(
    message: string,
    readonly refused = false,
  ) {
    super(message);
  }
}

/** The outcome for an error met while reading `name` as a `kind` (`.xlsx`, `OFD`) of `format`. */
export function failure(name: string, kind: string, format: ReadAsFormat, error: unknown): ReadRefusal {
  if (error instanceof ZipError && error.refused)
    return unreadable(`${name} is refused: ${error.message}.`, name, format, 'limit');
  const detail = error instanceof Error ? error.message : String(error);
  return unreadable(`${name} cannot be read as ${kind}: ${detail}.`, name, format, 'damaged');
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  readonly encrypted: boolean;
}

/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1032:1, so one
 *  chunk inflates to at most about 1024 times the entry's allowed size (and 4 MB) before the count
 *  is checked. */
function chunkFor(allowed: number): number {
  return Math.max(256, Math.min(4096, Math.ceil(allowed / 1024)));
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

class Bytes {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  has(at: number, length: number): boolean {
    return at >= 0 && at + length <= this.bytes.length;
  }
  u16(at: number): number {
    if (!this.has(at, 2)) throw new ZipError('the zip is truncated');
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    if (!this.has(at, 4)) throw new ZipError('the zip is truncated');
    return this.view.getUint32(at, true);
  }
  /** A little-endian 64-bit size; anything past 2^53 is more than any limit anyway. */
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 2 ** 32;
  }
}

function findEndOfCentralDirectory(data: Bytes): number {
  const last = data.bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) if (data.u32(at) === EOCD) return at;
  throw new ZipError('it is not a zip archive (no central directory)');
}

interface Directory {
  count: number;
  offset: number;
  size: number;
}

function readDirectory(data: Bytes): Directory {
  const end = findEndOfCentralDirectory(data);
  const directory = { count: data.u16(end + 10), size: data.u32(end + 12), offset: data.u32(end + 16) };
  const zip64 = end - 20;
  if (
    (directory.count === 0xffff || directory.offset === 0xffffffff || directory.size === 0xffffffff) &&
    data.has(zip64, 20) &&
    data.u32(zip64) === ZIP64_LOCATOR
  ) {
    const record = data.u64(zip64 + 8);
    if (!data.has(record, 56) || data.u32(record) !== ZIP64_EOCD)
      throw new ZipError('its zip64 directory is damaged');
    return { count: data.u64(record + 32), size: data.u64(record + 40), offset: data.u64(record + 48) };
  }
  return directory;
}

/** Sizes and offset from the zip64 extra field, for the fields the header set to 0xFFFFFFFF. */
function zip64Sizes(data: Bytes, from: number, to: number, entry: Omit<ZipEntry, 'name' | 'encrypted'>) {
  const sizes = { ...entry };
  for (let at = from; at + 4 <= to;) {
    const id = data.u16(at);
    const length = data.u16(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const take = () => {
        const value = field + 8 <= at + 4 + length ? data.u64(field) : 0xffffffff;
        field += 8;
        return value;
      };
      if (sizes.size === 0xffffffff) sizes.size = take();
      if (sizes.compressedSize === 0xffffffff) sizes.compressedSize = take();
      if (sizes.localOffset === 0xffffffff) sizes.localOffset = take();
    }
    at += 4 + length;
  }
  return sizes;
}

const utf8 = new TextDecoder('utf-8');

/** Entry names as stored: `/` separators, no leading slash. */
export function normalizeEntryName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  private readonly data: Bytes;
  /** Bytes inflated so far, over all entries read. */
  private inflated = 0;

  /** Reads the central directory and checks it against the limits; throws ZipError when refused. */
  constructor(
    bytes: Uint8Array,
    private readonly limits: ImportLimits,
  ) {
    this.data = new Bytes(bytes);
    const directory = readDirectory(this.data);
    if (directory.count > limits.maxEntries)
      throw new ZipError(
        `its zip has ${directory.count} entries, more than the limit of ${limits.maxEntries} (maxEntries)`,
        true,
      );
    let declared = 0;
    let at = directory.offset;
    for (let i = 0; i < directory.count; i++) {
      if (this.data.u32(at) !== CENTRAL) throw new ZipError('its zip directory is damaged');
      const nameLength = this.data.u16(at + 28);
      const extraLength = this.data.u16(at + 30);
      const commentLength = this.data.u16(at + 32);
      const nameStart = at + 46;
      if (!this.data.has(nameStart, nameLength + extraLength)) throw new ZipError('the zip is truncated');
      const name = normalizeEntryName(utf8.decode(bytes.subarray(nameStart, nameStart + nameLength)));
      const sizes = zip64Sizes(this.data, nameStart + nameLength, nameStart + nameLength + extraLength, {
        method: this.data.u16(at + 10),
        compressedSize: this.data.u32(at + 20),
        size: this.data.u32(at + 24),
        localOffset: this.data.u32(at + 42),
      });
      declared += sizes.size;
      if (declared > limits.maxInflatedBytes)
        throw new ZipError(
          `its zip declares more than ${megabytes(limits.maxInflatedBytes)} once inflated, over the limit (maxInflatedBytes)`,
          true,
        );
      this.entries.set(name, { name, ...sizes, encrypted: (this.data.u16(at + 8) & 1) === 1 });
      at = nameStart + nameLength + extraLength + commentLength;
    }
  }

  /** The entry of that name, ignoring case and a leading slash when no exact match exists. */
  find(name: string): ZipEntry | undefined {
    const wanted = normalizeEntryName(name);
    const exact = this.entries.get(wanted);
    if (exact) return exact;
    const folded = wanted.toLowerCase();
    for (const [key, entry] of this.entries) if (key.toLowerCase() === folded) return entry;
    return undefined;
  }

  /** Inflates one entry, within its declared size and the archive's remaining budget. */
  read(entry: ZipEntry): Uint8Array {
    if (entry.encrypted) throw new ZipError(`its part ${entry.name} is encrypted`);
    const local = entry.localOffset;
    if (this.data.u32(local) !== LOCAL) throw new ZipError(`its part ${entry.name} is damaged`);
    const start = local + 30 + this.data.u16(local + 26) + this.data.u16(local + 28);
    if (!this.data.has(start, entry.compressedSize))
      throw new ZipError(`its part ${entry.name} is truncated`);
    const compressed = this.data.bytes.subarray(start, start + entry.compressedSize);
    const budget = this.limits.maxInflatedBytes - this.inflated;
    if (entry.method === 0) {
      if (compressed.length > budget) throw this.overLimit();
      this.inflated += compressed.length;
      return compressed;
    }
    if (entry.method !== 8)
      throw new ZipError(
        `its part ${entry.name} uses a compression method (${entry.method}) that is not read`,
      );
    return this.inflate(entry, compressed, Math.min(budget, entry.size));
  }

  private overLimit(): ZipError {
    return new ZipError(
      `it inflates to more than ${megabytes(this.limits.maxInflatedBytes)}, over the limit (maxInflatedBytes)`,
      true,
    );
  }

  private inflate(entry: ZipEntry, compressed: Uint8Array, allowed: number): Uint8Array {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let failure: ZipError | null = null;
    let done = false;
    const inflater = new Inflate((piece, final) => {
      total += piece.length;
      if (total > allowed) {
        failure ??=
          total > entry.size
            ? new ZipError(
                `its part ${entry.name} inflates to more than the ${entry.size} bytes it declares`,
                true,
              )
            : this.overLimit();
        return;
      }
      chunks.push(piece);
      if (final) done = true;
    });
    const chunk = chunkFor(allowed);
    for (let at = 0; at < compressed.length && !failure && !done; at += chunk) {
      const end = Math.min(at + chunk, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
    if (failure) throw failure;
    this.inflated += total;
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}

/** Decodes an XML part: UTF-8 unless it starts with a UTF-16 byte order mark. */
export function partText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return utf8.decode(bytes);
}
