// Where a command's text goes: the file `-o` named, or standard output (no `-o`, or `-o -`). Returns
// the exit code: 0 written, 1 the file could not be written (one line on stderr says why).
import { writeFile } from 'node:fs/promises';

export async function writeOutput(program: string, output: string | null, text: string): Promise<number> {
  if (output === null) {
    process.stdout.write(text);
    return 0;
  }
  try {
    await writeFile(output, text);
    return 0;
  } catch (error) {
    process.stderr.write(`${program}: cannot write ${output}: ${(error as Error).message}\n`);
    return 1;
  }
}

/** A reader that closes the pipe early (`| head`) is not an error worth a stack trace. */
export function quietOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
