// Why a whole import stopped, told from the error that ended it: the worker's or the browser's own line
// is English and technical, so the dialog words the reason in the interface's language, says what the
// user can do, and keeps that line for a bug report.

/** What ended the import: the browser ran out of memory; the parser's worker (or its code) would not
 *  load; the page shut the parser down (a reload or a closing tab); anything else is the parser failing. */
export type ImportStopReason = 'memory' | 'worker' | 'interrupted' | 'parser';

export interface ImportStop {
  readonly reason: ImportStopReason;
  /** The error's own line, shown folded as the technical detail. */
  readonly detail: string;
}

const MEMORY =
  /out of memory|allocation failed|array buffer allocation|invalid array length|invalid string length|maximum call stack|too much recursion/i;
// Chromium, Firefox and Safari say a module or worker script did not load in these words.
const WORKER =
  /dynamically imported module|importing a module script failed|error loading dynamically|failed to fetch|networkerror|worker/i;
const INTERRUPTED = /parser was disposed|aborted/i;

function detailOf(error: unknown): string {
  if (error instanceof Error) return error.message ? `${error.name}: ${error.message}` : error.name;
  if (typeof error === 'string') return error;
  try {
    return String(error);
  } catch {
    // An object whose toString throws: nothing to show but that it was not an Error.
    return '';
  }
}

export function importStop(error: unknown): ImportStop {
  const detail = detailOf(error);
  const reason: ImportStopReason = MEMORY.test(detail)
    ? 'memory'
    : INTERRUPTED.test(detail)
      ? 'interrupted'
      : WORKER.test(detail)
        ? 'worker'
        : 'parser';
  return { reason, detail };
}
