// The CLI's input: a file's bytes or stdin's, undecoded, because detecting the encoding is the
// parser's job (GB18030 and UTF-16 notices are common).
import { readFile } from 'node:fs/promises';
import { STDIN_INPUT } from './args.ts';

export type InputResult =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly fileName: string }
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

export async function readInput(input: string): Promise<InputResult> {
  if (input === STDIN_INPUT) return { ok: true, bytes: await readStdin(), fileName: '<stdin>' };
  try {
    return { ok: true, bytes: await readFile(input), fileName: input };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? (error as Error).message;
    return { ok: false, message: `cannot read "${input}": ${reason}` };
  }
}
