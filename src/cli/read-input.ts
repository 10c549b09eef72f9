// The CLI's input: a file's bytes or stdin's, read as the app reads a dropped file — by what the bytes
// are (text, HTML, MHTML, .docx, .doc/.wps, RTF, PDF, OFD, spreadsheets). Text and HTML stay undecoded,
// because detecting the encoding is the parser's job (GB18030 and UTF-16 notices are common).
import { readFile } from 'node:fs/promises';
import { readImportFile } from '../import/read-import-file.ts';
import { STDIN_INPUT } from './args.ts';

export type InputResult =
  | {
      readonly ok: true;
      /** What the parser takes: the file's bytes, or the text its reader made. */
      readonly input: Uint8Array | string;
      readonly fileName: string;
      /** The reader that made the text (`pdf: 32 pages`), or `text` / `html`. */
      readonly reader: string;
    }
  | { readonly ok: false; readonly message: string };

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
  EPERM: 'operation not permitted',
};

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readBytes(input: string): Promise<{ bytes: Uint8Array; fileName: string } | string> {
  if (input === STDIN_INPUT) return { bytes: await readStdin(), fileName: '<stdin>' };
  try {
    return { bytes: new Uint8Array(await readFile(input)), fileName: input };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? (error as Error).message;
    return `cannot read "${input}": ${reason}`;
  }
}

export async function readInput(input: string): Promise<InputResult> {
  const file = await readBytes(input);
  if (typeof file === 'string') return { ok: false, message: file };
  // No limit on size from the command line: a corpus may hold large files, and the user chose them.
  const read = await readImportFile(file.fileName, file.bytes, {
    limits: { maxBytes: Number.MAX_SAFE_INTEGER },
  });
  if ('error' in read) return { ok: false, message: read.error };
  return {
    ok: true,
    input: 'text' in read ? read.text : read.bytes,
    fileName: file.fileName,
    reader: read.reader,
  };
}
