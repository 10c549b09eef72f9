// Bytes as base64 text, for the original bytes of a notice inside a JSON workspace file. Written out
// here (not btoa/Buffer) so the same code runs in the page, a worker and Node on any size of input.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...ALPHABET].map((c, i) => [c, i]));

export const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function encodeBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out.push(
      ALPHABET[(n >> 18) & 63] as string,
      ALPHABET[(n >> 12) & 63] as string,
      b === undefined ? '=' : (ALPHABET[(n >> 6) & 63] as string),
      c === undefined ? '=' : (ALPHABET[n & 63] as string),
    );
  }
  return out.join('');
}

/** The bytes of a base64 text, or null if it is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (!BASE64_PATTERN.test(text)) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let at = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) n = (n << 6) | (VALUES.get(text[i + j] as string) ?? 0);
    for (const shift of [16, 8, 0]) if (at < bytes.length) bytes[at++] = (n >> shift) & 255;
  }
  return bytes;
}
