// The HTML page inside an MHTML file (.mht, .mhtml, and .doc files that Word saved as a "single file
// web page"): a MIME message whose multipart/related body holds the page and its images. The page is
// the part the `start` parameter names, else the first text/html part (looking into nested multipart
// parts, as Internet Explorer writes them); its transfer encoding (quoted-printable, base64) is undone
// and its bytes decoded in the part's charset (or the page's <meta charset>, else UTF-8). The parser
// then reduces the HTML as it does any page.
import { decodeCp1252 } from './cp1252.ts';
import { unreadable, type ReadRefusal, type UnreadableWhy } from './reader.ts';

/** The bytes as a string of the same length, one character per byte, for scanning MIME structure. */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    out += String.fromCharCode(...bytes.subarray(at, Math.min(bytes.length, at + 0x8000)));
  return out;
}

function bytesOf(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) & 0xff;
  return out;
}

interface Entity {
  readonly headers: ReadonlyMap<string, string>;
  readonly body: string;
}

/** Headers (folded lines unfolded, names lower-cased, the first of each kept) and the body after the
 *  blank line. */
function parseEntity(text: string): Entity {
  const blank = /\r?\n\r?\n/.exec(text);
  const head = blank ? text.slice(0, blank.index) : text;
  const body = blank ? text.slice(blank.index + blank[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(key)) headers.set(key, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** `text/html; charset="gb2312"` → the media type and its parameters (names lower-cased). */
function contentType(value: string | undefined): { type: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  const [type = '', ...rest] = (value ?? '').split(';');
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq <= 0) continue;
    params.set(
      param.slice(0, eq).trim().toLowerCase(),
      param
        .slice(eq + 1)
        .trim()
        .replace(/^"(.*)"$/s, '$1'),
    );
  }
  return { type: type.trim().toLowerCase(), params };
}

/** The body parts between `--boundary` lines, up to the closing `--boundary--` (or the end, when a
 *  file is cut short). */
function bodyParts(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let open = -1; // where the current part starts
  for (let at = body.indexOf(delimiter); at >= 0; at = body.indexOf(delimiter, at + delimiter.length)) {
    if (at > 0 && body[at - 1] !== '\n') continue;
    if (open >= 0) parts.push(body.slice(open, at).replace(/\r?\n$/, ''));
    if (body.startsWith('--', at + delimiter.length)) return parts;
    const end = body.indexOf('\n', at);
    if (end < 0) return parts;
    open = end + 1;
  }
  if (open >= 0) parts.push(body.slice(open));
  return parts;
}

export function decodeQuotedPrintable(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d) {
      const hex = text.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out[n++] = parseInt(hex, 16);
        i += 2;
        continue;
      }
      // `=` at a line's end is a soft break: the line goes on.
      const soft = /^[ \t]*\r?\n/.exec(text.slice(i + 1, i + 80));
      if (soft) {
        i += soft[0].length;
        continue;
      }
    }
    out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) BASE64_VALUES[BASE64.charCodeAt(i)] = i;

/** Base64 with line breaks and any other stray characters ignored; stops at padding. */
export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let n = 0;
  let bits = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d) break;
    const value = c < 128 ? BASE64_VALUES[c]! : -1;
    if (value < 0) continue;
    bits = ((bits << 6) | value) & 0xffffff;
    if (++count === 4) {
      out[n++] = bits >> 16;
      out[n++] = (bits >> 8) & 0xff;
      out[n++] = bits & 0xff;
      count = 0;
    }
  }
  if (count === 2) out[n++] = (bits >> 4) & 0xff;
  else if (count === 3) {
    out[n++] = (bits >> 10) & 0xff;
    out[n++] = (bits >> 2) & 0xff;
  }
  return out.subarray(0, n);
}

/** The charset a page declares in its own <meta>, among its first bytes. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = binaryString(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

function decodeText(bytes: Uint8Array, label: string): { text: string; encoding: string } {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder();
  }
  // windows-1252 (also what latin1 and ascii name): Node 20's decoder drops bytes 0x80–0x9F.
  if (decoder.encoding === 'windows-1252') return { text: decodeCp1252(bytes), encoding: decoder.encoding };
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}

/** Multipart bodies nest (Internet Explorer puts a multipart/alternative inside the
 *  multipart/related); a page deeper than this is not looked for. */
const MAX_NESTING = 4;

/** The page of an entity: itself when it is HTML; in a multipart body, the part `start` names, else
 *  the first HTML part, else the page of the first multipart part that has one. */
function pageOf(entity: Entity, depth: number): Entity | string {
  const type = contentType(entity.headers.get('content-type'));
  if (type.type === 'text/html') return entity;
  if (!type.type.startsWith('multipart/') || depth >= MAX_NESTING) return 'it holds no HTML page';
  const boundary = type.params.get('boundary');
  if (!boundary) return 'its multipart body names no boundary';
  const parts = bodyParts(entity.body, boundary).map(parseEntity);
  const start = type.params.get('start')?.replace(/^<|>$/g, '');
  const named = start
    ? parts.find((p) => p.headers.get('content-id')?.replace(/^<|>$/g, '') === start)
    : undefined;
  const html = named ?? parts.find((p) => contentType(p.headers.get('content-type')).type === 'text/html');
  if (html) return html;
  for (const part of parts) {
    if (!contentType(part.headers.get('content-type')).type.startsWith('multipart/')) continue;
    const page = pageOf(part, depth + 1);
    if (typeof page !== 'string') return page;
  }
  return 'it holds no HTML page';
}

/** The charset a part names, unless it is `x-user-defined` (Internet Explorer's word for "as the
 *  page says"). */
function partCharset(page: Entity): string | null {
  const charset = contentType(page.headers.get('content-type')).params.get('charset');
  return charset && charset.toLowerCase() !== 'x-user-defined' ? charset : null;
}

export function mhtmlToHtml(name: string, bytes: Uint8Array): { html: string; reader: string } | ReadRefusal {
  const cannot = (why: string, code: UnreadableWhy = 'damaged') =>
    unreadable(`${name} cannot be read as MHTML: ${why}.`, name, 'mhtml', code);
  try {
    const message = parseEntity(binaryString(bytes));
    if (!message.headers.has('content-type'))
      return cannot('it has no MIME Content-Type header', 'not-its-format');
    const page = pageOf(message, 0);
    if (typeof page === 'string') return cannot(page);
    const encoding = (page.headers.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase();
    const raw =
      encoding === 'quoted-printable'
        ? decodeQuotedPrintable(page.body)
        : encoding === 'base64'
          ? decodeBase64(page.body)
          : bytesOf(page.body);
    const { text, encoding: decodedAs } = decodeText(raw, partCharset(page) ?? metaCharset(raw) ?? 'utf-8');
    return { html: text.replace(/^\uFEFF/, ''), reader: `mhtml: text/html, ${encoding}, ${decodedAs}` };
  } catch (error) {
    // Only a bug could land here: every step above reads within the string it is given.
    return cannot(error instanceof Error ? error.message : String(error));
  }
}
