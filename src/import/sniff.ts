// What a file is, from its first bytes rather than its name: government sites publish .doc files that
// are Word binary, RTF, MHTML ("single file web page") or plain HTML, and .txt files that are .docx.
//
//   compound  an OLE compound file: Word 97–2003 .doc/.wps (or an encrypted .docx, .xls, …)
//   zip       a zip: .docx, .xlsx or .ofd — told apart by their entries, which only a zip reader sees
//   pdf       %PDF- within the first KB
//   rtf       {\rtf
//   mhtml     a MIME message with a multipart/related (or text/html) body
//   html      markup the parser reduces as HTML (its own test, looksLikeHtml)
//   text      anything else: the parser decodes it (UTF-8, GBK, UTF-16) and says when it is binary
import { looksLikeHtml } from '../notice/html.ts';
import { isRtf } from './rtf.ts';
import { isCompoundFile } from './compound-file.ts';

export type Sniffed = 'compound' | 'zip' | 'pdf' | 'rtf' | 'mhtml' | 'html' | 'text';

const HEAD = 4096;

function startsWith(bytes: Uint8Array, ascii: string, at = 0): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** The first bytes as text, enough to see markup or headers: UTF-16 when a BOM or alternate zero
 *  bytes say so, else one character per byte (markup and MIME headers are ASCII in any charset). */
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, HEAD);
  // Without a BOM, UTF-16 shows as zero bytes in every other place (ASCII markup, Latin text).
  const n = Math.min(head.length >> 1, 64);
  const zeros = (odd: 0 | 1) => {
    let count = 0;
    for (let i = 0; i < n; i++) if (head[2 * i + odd] === 0) count++;
    return count;
  };
  const utf16 = (odd: 0 | 1) => n >= 4 && zeros(odd) >= n / 2 && zeros(odd === 1 ? 0 : 1) < n / 8;
  if ((head[0] === 0xff && head[1] === 0xfe) || utf16(1)) return new TextDecoder('utf-16le').decode(head);
  if ((head[0] === 0xfe && head[1] === 0xff) || utf16(0)) return new TextDecoder('utf-16be').decode(head);
  let text = '';
  for (let i = 0; i < head.length; i++) text += String.fromCharCode(head[i]!);
  return text.replace(/^\u00ef\u00bb\u00bf/, '');
}

/** MIME headers before the first blank line, one of them a Content-Type of a multipart/related or
 *  HTML body, as browsers and Word write them. */
function looksLikeMhtml(head: string): boolean {
  const blank = /\r?\n\r?\n/.exec(head);
  if (!blank) return false;
  const headers = head.slice(0, blank.index).replace(/^\s+/, '');
  if (!/^[\w-]+:/.test(headers)) return false;
  if (/^content-type:\s*multipart\/related/im.test(headers)) return true;
  return /^content-type:\s*text\/html/im.test(headers) && /^mime-version:/im.test(headers);
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (isCompoundFile(bytes)) return 'compound';
  // A local file header, or the end record of an empty or spanned archive.
  if (['PK\x03\x04', 'PK\x05\x06', 'PK\x07\x08'].some((sign) => startsWith(bytes, sign))) return 'zip';
  // Readers accept junk before the header, as long as it starts within the first KB.
  if (String.fromCharCode(...bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  const head = headText(bytes);
  if (isRtf(bytes)) return 'rtf';
  if (looksLikeMhtml(head)) return 'mhtml';
  if (looksLikeHtml(head.replace(/^\uFEFF/, ''))) return 'html';
  return 'text';
}
