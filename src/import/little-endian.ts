// Little-endian integers in the structures of binary Office files (compound file, Word's FIB and
// piece table). A read past the end gives 0, so a file cut short reads as zeros instead of throwing.

export const u16 = (b: Uint8Array, at: number): number =>
  at + 2 <= b.length ? b[at]! | (b[at + 1]! << 8) : 0;

export const u32 = (b: Uint8Array, at: number): number =>
  at + 4 <= b.length ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0 : 0;
