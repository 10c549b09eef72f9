// Windows-1252, the code page of 8-bit text in Word 97 files, RTF and web pages that declare it.

/** Windows-1252 for bytes 0x80–0x9F (curly quotes, dashes, €); the rest are Latin-1. Not
 *  TextDecoder('windows-1252'): Node 20's drops those bytes. Unassigned bytes stay C1 controls. */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** One UTF-16 unit per byte, so offsets in the text are offsets in the bytes. */
export function decodeCp1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
  }
  let text = '';
  for (let at = 0; at < units.length; at += 0x8000)
    text += String.fromCharCode(...units.subarray(at, at + 0x8000));
  return text;
}
