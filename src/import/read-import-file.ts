// From an opened or dropped file to what the parser takes. What a file is comes from its bytes, not its
// name (sniff.ts): government sites publish .doc files that are RTF, MHTML or HTML, and .txt files that
// are .docx. Text and HTML stay bytes, exactly the user's file (the parser detects UTF-8/GBK/UTF-16
// and reduces HTML itself); every other format becomes text through its reader, which `reader` names.
// A file that cannot be read gets one line naming it and saying why; nothing here throws.
import { READABLE_EXTENSIONS } from './extensions.ts';
import {
  CANCELLED,
  limitsOf,
  megabytes,
  unreadable,
  type ImportProblem,
  type ReadAsFormat,
  type ReadOptions,
  type ReadOutcome,
  type ReadRefusal,
} from './reader.ts';
import { sniff } from './sniff.ts';

/** The formats a notice comes in, as the workspace records them. */
import type { ImportFormat } from './extensions.ts';

export type { ImportFormat, ImportProblem };

export type ImportRead =
  | { readonly kind: 'text' | 'html'; readonly bytes: Uint8Array; readonly reader: string }
  | { readonly kind: Exclude<ImportFormat, 'text' | 'html'>; readonly text: string; readonly reader: string }
  | ReadRefusal;

export { READABLE_EXTENSIONS };

const refuse = (error: string, code: ImportProblem['code'], ...args: string[]): ReadRefusal => ({
  error,
  problem: { code, args },
});

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot > name.lastIndexOf('/') ? name.slice(dot).toLowerCase() : '';
}

const SHEET_EXTENSIONS = new Set(['.xlsx', '.xls', '.et', '.csv']);

const CONTAINERS: Record<string, readonly [words: string, format: ReadAsFormat] | undefined> = {
  '.docx': ['a .docx', 'docx'],
  '.xlsx': ['an .xlsx', 'sheet'],
  '.ofd': ['an OFD', 'ofd'],
  '.pdf': ['a PDF', 'pdf'],
};
const NOT_ITS_CONTAINER = 'its bytes are plain text, not the file its name says (damaged, or renamed)';

function asText(kind: Exclude<ImportFormat, 'text' | 'html'>, outcome: ReadOutcome): ImportRead {
  return 'error' in outcome ? outcome : { kind, text: outcome.text, reader: outcome.reader };
}

/** A zip is a .docx, an .xlsx or an .ofd by the parts it holds. */
async function zipFormat(
  name: string,
  bytes: Uint8Array,
  options: ReadOptions | undefined,
): Promise<'docx' | 'sheet' | 'ofd' | ReadRefusal> {
  const { ZipArchive, ZipError } = await import('./zip.ts');
  const cannot = (why: string, code: 'no-document' | 'damaged' | 'limit') =>
    unreadable(`${name} cannot be read: ${why}.`, name, 'zip', code);
  try {
    const zip = new ZipArchive(bytes, limitsOf(options));
    if (zip.find('word/document.xml')) return 'docx';
    if (zip.find('xl/workbook.xml')) return 'sheet';
    if (zip.find('OFD.xml')) return 'ofd';
    return cannot('it is a zip holding no Word document, workbook or OFD', 'no-document');
  } catch (error) {
    return error instanceof ZipError
      ? cannot(error.message, error.refused ? 'limit' : 'damaged')
      : cannot('it is a damaged zip', 'damaged');
  }
}

async function readPdfLazily(name: string, bytes: Uint8Array, options?: ReadOptions): Promise<ImportRead> {
  // pdf.js is large: it is fetched the first time a PDF is read, never with the app.
  const { readPdf } = await import('./pdf.ts');
  return asText('pdf', await readPdf(name, bytes, options));
}

// Each reader but plain text and HTML is its own chunk, loaded the first time a file needs it: the
// first screen's notice is text, and the worker that parses it starts sooner without them.
const readers = {
  docx: () => import('./docx.ts'),
  mhtml: () => import('./mhtml.ts'),
  ofd: () => import('./ofd.ts'),
  rtf: () => import('./rtf.ts'),
  spreadsheet: () => import('./spreadsheet.ts'),
  word97: () => import('./word97.ts'),
};

async function readSpreadsheet(name: string, bytes: Uint8Array, options?: ReadOptions) {
  return (await readers.spreadsheet()).readSpreadsheet(name, bytes, options);
}

async function readByContent(name: string, bytes: Uint8Array, options?: ReadOptions): Promise<ImportRead> {
  const extension = extensionOf(name);
  switch (sniff(bytes)) {
    case 'pdf':
      return readPdfLazily(name, bytes, options);
    case 'rtf':
      return asText('rtf', (await readers.rtf()).rtfToText(name, bytes, options));
    case 'mhtml': {
      const page = (await readers.mhtml()).mhtmlToHtml(name, bytes);
      if ('error' in page) return page;
      return { kind: 'html', bytes: new TextEncoder().encode(page.html), reader: page.reader };
    }
    case 'compound':
      // Word 97–2003 (.doc, .wps) and Excel 97–2003 (.xls, .et) share the container.
      return SHEET_EXTENSIONS.has(extension)
        ? asText('sheet', await readSpreadsheet(name, bytes, options))
        : asText('doc', (await readers.word97()).readWord97(name, bytes, options));
    case 'zip': {
      const format = await zipFormat(name, bytes, options);
      if (format === 'docx') return asText('docx', (await readers.docx()).readDocx(name, bytes, options));
      if (format === 'sheet') return asText('sheet', await readSpreadsheet(name, bytes, options));
      if (format === 'ofd') return asText('ofd', (await readers.ofd()).readOfd(name, bytes, options));
      return format;
    }
    case 'html':
      return { kind: 'html', bytes, reader: 'html' };
    case 'text': {
      if (extension === '.csv') return asText('sheet', await readSpreadsheet(name, bytes, options));
      // A .doc may be text saved under Word's name, as sites publish it; a .docx, .xlsx, .ofd or .pdf
      // that is not its container is damaged or misnamed.
      const container = CONTAINERS[extension];
      if (container)
        return unreadable(
          `${name} cannot be read as ${container[0]}: ${NOT_ITS_CONTAINER}.`,
          name,
          container[1],
          'not-its-format',
        );
      return { kind: 'text', bytes, reader: 'text' };
    }
  }
}

/** Reads one file by what its bytes are. Refuses at once a file over the size limit, or one whose
 *  name says a format the app does not read (`.png`); a file that says nothing is read by content. */
export async function readImportFile(
  name: string,
  bytes: Uint8Array,
  options?: ReadOptions,
): Promise<ImportRead> {
  try {
    if (options?.signal?.aborted) return refuse(`${name}: ${CANCELLED}.`, 'cancelled', name);
    if (bytes.length === 0) return refuse(`${name} is empty.`, 'empty', name);
    const { maxBytes } = limitsOf(options);
    if (bytes.length > maxBytes)
      return refuse(
        `${name} is refused: it is ${megabytes(bytes.length)}, more than the limit of ${megabytes(maxBytes)}.`,
        'too-large',
        name,
        megabytes(bytes.length),
        megabytes(maxBytes),
      );
    const extension = extensionOf(name);
    if (
      extension !== '' &&
      !(READABLE_EXTENSIONS as readonly string[]).includes(extension) &&
      extension !== '.xhtml'
    )
      return refuse(
        `${name}: Fengong Atlas reads ${READABLE_EXTENSIONS.join(', ')} files, not ${extension}.`,
        'not-read-type',
        name,
        extension,
      );
    const read = await readByContent(name, bytes, options);
    // A reader's own refusal without a code: the interface says the file could not be read.
    return 'error' in read && !read.problem
      ? { ...read, problem: { code: 'unreadable', args: [name] } }
      : read;
  } catch (error) {
    // The readers promise not to throw; if one does, the batch goes on and the file says why.
    const why = error instanceof Error ? error.message : String(error);
    return refuse(`${name} could not be read: ${why}.`, 'failed', name, why);
  }
}
