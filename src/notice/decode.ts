// Bytes to text: the encodings official notices come in, chosen by trying strict decoders in turn.

export interface DecodedText {
  readonly text: string;
  /** WHATWG encoding label actually used. */
  readonly encoding: string;
  /** True when no strict decoder accepted the bytes and replacement characters were used. */
  readonly lossy: boolean;
  /** True when the bytes look like binary data rather than text. */
  readonly binary: boolean;
}

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): { label: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM shows as many zero bytes on one side of each pair (ASCII and line breaks). */
function guessUtf16(bytes: Uint8Array): string | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.2 && evenZeros < oddZeros / 4) return 'utf-16le';
  if (evenZeros > pairs * 0.2 && oddZeros < evenZeros / 4) return 'utf-16be';
  return plausibleUtf16(bytes, sample);
}

/** Chinese text in UTF-16 has few zero bytes; read as UTF-16 it is almost all CJK, ASCII and
 *  punctuation, where GBK bytes read the same way give a scatter over every Unicode block. */
function plausibleUtf16(bytes: Uint8Array, sample: number): string | null {
  for (const label of ['utf-16le', 'utf-16be']) {
    const text = decodeStrict(label, bytes.subarray(0, sample));
    if (text === null) continue;
    let plausible = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (
        (c >= 0x20 && c < 0x7f) ||
        c === 10 ||
        c === 13 ||
        (c >= 0x4e00 && c <= 0x9fff) ||
        (c >= 0x3000 && c <= 0x303f) ||
        (c >= 0xff00 && c <= 0xffef) ||
        (c >= 0x2010 && c <= 0x201f)
      ) {
        plausible++;
      }
    }
    if (text.length > 8 && plausible / text.length > 0.97 && /[\n\u3002]/.test(text)) return label;
  }
  return null;
}

/** Text with many NULs or C0 control characters is a binary file, whatever decoded it. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/;

export function looksBinary(text: string): boolean {
  const sample = Math.min(text.length, 8192);
  // Text has no control character but tabs and line breaks: one search says so, and only a sample
  // that holds one is counted character by character.
  if (!CONTROL.test(sample < text.length ? text.slice(0, sample) : text)) return false;
  let control = 0;
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c >= 32) continue;
    if (c === 0) return true;
    if (c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return sample > 0 && control / sample > 0.05;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  // UTF-8 first (its strict decoder rejects other encodings); GB18030 accepts almost any byte string,
  // so it comes last, after a UTF-16 text without a BOM has had its chance. The UTF-16 guess is made
  // only when the decoders before it refused: most notices are UTF-8.
  const tries: (() => { label: string; body: Uint8Array } | null)[] = [
    () => (bom ? { label: bom.label, body: bytes.subarray(bom.length) } : null),
    () => ({ label: 'utf-8', body: bytes }),
    () => {
      const utf16 = bom ? null : guessUtf16(bytes);
      return utf16 ? { label: utf16, body: bytes } : null;
    },
    () => ({ label: 'gb18030', body: bytes }),
  ];
  for (const next of tries) {
    const candidate = next();
    if (candidate === null) continue;
    const text = decodeStrict(candidate.label, candidate.body);
    if (text !== null) return { text, encoding: candidate.label, lossy: false, binary: looksBinary(text) };
  }
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const text = new TextDecoder(bom?.label ?? 'utf-8').decode(body);
  return { text, encoding: bom?.label ?? 'utf-8', lossy: true, binary: looksBinary(text) };
}
