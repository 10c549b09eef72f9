// The text of a Word 97–2003 document (.doc, and .wps as WPS Office saves it): an OLE compound file
// (compound-file.ts) whose WordDocument stream starts with the FIB; the FIB points into the table
// stream at the piece table, which says where each run of the text lies in WordDocument
// (word-binary.ts). Only the main document is read (not headers, footnotes or text boxes). Every
// offset a file states is checked against the bytes there are, and each stream is read once: a
// hostile file costs time in proportion to its size, and is refused with a reason rather than throwing.
import { CompoundFile, TooManyEntries, isCompoundFile } from './compound-file.ts';
import { decodeCp1252 } from './cp1252.ts';
import {
  cancelled,
  limitsOf,
  megabytes,
  unreadable,
  type ReadOptions,
  type ReadOutcome,
  type UnreadableWhy,
} from './reader.ts';
import { TableText } from './table-text.ts';
import {
  ENCRYPTED,
  paragraphTableMarks,
  readFib,
  readPieceTable,
  type Piece,
  type TableMark,
} from './word-binary.ts';

// ---- The main document's text. ----

const UTF16 = new TextDecoder('utf-16le');

/** The main document's text, piece by piece, with where each piece is stored (for paragraph
 *  properties, found by the FC of a paragraph's mark). Total characters are capped at the stream's
 *  size: pieces that overlap cannot multiply the work. */
function* pieceTexts(
  word: Uint8Array,
  pieces: readonly Piece[],
  ccpText: number,
): Generator<{ text: string; fc: number; width: 1 | 2 }> {
  let budget = word.length;
  for (const piece of pieces) {
    const end = Math.min(piece.end, ccpText);
    if (end <= piece.start) continue;
    const width = piece.compressed ? 1 : 2;
    const count = Math.min(end - piece.start, Math.floor((word.length - piece.fc) / width), budget);
    if (count <= 0) continue;
    budget -= count;
    const bytes = word.subarray(piece.fc, piece.fc + count * width);
    // One UTF-16 unit per stored character: cp1252 maps each byte to one, UTF-16LE is kept as stored.
    yield { text: piece.compressed ? decodeCp1252(bytes) : UTF16.decode(bytes), fc: piece.fc, width };
    if (budget === 0) return;
  }
}

/** The main document as lines. Word's marks: 0x0D ends a paragraph, 0x07 a cell (or, in the row-end
 *  paragraph its properties call TTP, the row); 0x0B, 0x0C and 0x0E break the line; fields run
 *  0x13 code 0x14 result 0x15, and only the result is kept; 0x1E is a non-breaking hyphen. Pictures
 *  (0x01, 0x08), optional hyphens (0x1F) and other controls are dropped. Without paragraph properties,
 *  a cell mark straight after a cell mark ends the row (which misreads an empty last-but-one cell). */
export function mainText(
  word: Uint8Array,
  pieces: readonly Piece[],
  ccpText: number,
  markAt: ((fc: number) => TableMark | null) | null,
): string {
  const out = new TableText();
  const fields: boolean[] = []; // per open field: still in its code (before the separator)?
  let inCode = 0; // open fields still in their code
  let afterCell = false; // the last mark was a cell mark, and nothing has followed it
  for (const { text, fc, width } of pieceTexts(word, pieces, ccpText)) {
    let run = 0; // where the text not yet written starts: written in runs, up to each control character
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x20) continue;
      if (inCode === 0 && i > run) out.text(text.slice(run, i));
      run = i + 1;
      if (code === 0x0d || code === 0x07) {
        const mark = markAt?.(fc + i * width) ?? null;
        const rowEnd: boolean = mark ? mark.rowEnd : afterCell && out.paragraphEmpty;
        if (code === 0x0d) out.endParagraph(mark ? mark.inTable : out.rowOpen);
        else if (rowEnd) out.endRow();
        else out.endCell();
        afterCell = code === 0x07 && !rowEnd;
      } else if (code === 0x13) {
        fields.push(true);
        inCode++;
      } else if (code === 0x14) {
        if (fields.at(-1) === true) inCode--;
        if (fields.length > 0) fields[fields.length - 1] = false;
      } else if (code === 0x15) {
        if (fields.pop() === true) inCode--;
      } else if (inCode > 0) continue;
      else if (code === 0x09) out.text('\t');
      else if (code === 0x0b || code === 0x0c || code === 0x0e) out.text('\n');
      else if (code === 0x1e) out.text('-');
    }
    if (inCode === 0 && run < text.length) out.text(text.slice(run));
  }
  return out.result();
}

// ---- The reader. ----

function kindOf(name: string): 'wps' | 'doc' {
  return /\.wps$/i.test(name) ? 'wps' : 'doc';
}

export function readWord97(name: string, bytes: Uint8Array, options?: ReadOptions): ReadOutcome {
  const kind = kindOf(name);
  const cannot = (why: string, code: UnreadableWhy = 'damaged') =>
    unreadable(`${name} cannot be read as a Word 97–2003 .${kind} file: ${why}.`, name, kind, code);
  const password = {
    error: `${name} is password-protected: save it without a password and open it again.`,
    problem: { code: 'password', args: [name] },
  } as const;
  try {
    if (options?.signal?.aborted) return cancelled(name);
    const limits = limitsOf(options);
    if (bytes.length > limits.maxBytes)
      return {
        error: `${name} cannot be read as a Word 97–2003 .${kind} file: it is ${megabytes(bytes.length)}, over the ${megabytes(limits.maxBytes)} limit.`,
        problem: { code: 'too-large', args: [name, megabytes(bytes.length), megabytes(limits.maxBytes)] },
      };
    if (!isCompoundFile(bytes))
      return kind === 'wps'
        ? unreadable(
            `${name} is not a Word-binary WPS file (an early WPS format): save it as .docx in WPS Office.`,
            name,
            'wps',
            'early-wps',
          )
        : cannot('it is not an OLE compound file', 'not-its-format');
    const file = new CompoundFile(bytes, limits);
    const word = file.stream('WordDocument');
    if (!word) {
      if (file.has('EncryptionInfo')) return password;
      return kind === 'wps'
        ? unreadable(
            `${name} is not a Word-binary WPS file (it has no WordDocument stream: an early WPS or a Microsoft Works file): save it as .docx and open it again.`,
            name,
            'wps',
            'early-wps',
          )
        : cannot('it has no WordDocument stream, so it is not a Word document', 'no-document');
    }
    const fib = readFib(word);
    if (typeof fib === 'string') {
      return fib === ENCRYPTED ? password : cannot(fib);
    }
    const table = file.stream(fib.table);
    if (!table) return cannot(`it has no ${fib.table} stream`);
    if (fib.clx.at + fib.clx.length > table.length)
      return cannot('its piece table lies outside its table stream');
    const pieces = readPieceTable(table.subarray(fib.clx.at, fib.clx.at + fib.clx.length));
    if (typeof pieces === 'string') return cannot(pieces);
    if (options?.signal?.aborted) return cancelled(name);
    const papx = table.subarray(fib.papx.at, fib.papx.at + fib.papx.length);
    const text = mainText(word, pieces, fib.ccpText, paragraphTableMarks(word, papx));
    options?.onProgress?.(1, 1);
    return { text, reader: `${kind}: Word 97 piece table` };
  } catch (error) {
    // The limit on entries in the words this reader has always used.
    if (error instanceof TooManyEntries)
      return cannot(`it has more than ${error.maxEntries} compound-file entries`, 'limit');
    // A compound file that cannot be opened says why (CompoundFileError); anything else is a bug, as
    // the checks above keep every read inside the bytes there are.
    return cannot(error instanceof Error ? error.message : String(error));
  }
}
