// What every import reader shares: its options (limits checked before work, progress, cancel) and its
// outcome — the notice's text with the name of the reader that made it, or one line saying why not.
// Readers never throw: a file that cannot be read is an outcome like any other.

/** Limits checked before the work they guard, so a hostile or huge file is refused at once. */
export interface ImportLimits {
  /** Largest file read, in bytes. */
  readonly maxBytes: number;
  /** Most pages of a PDF or OFD. */
  readonly maxPages: number;
  /** Largest total a zip (docx, xlsx, ofd) may inflate to, in bytes. */
  readonly maxInflatedBytes: number;
  /** Most entries in a zip or streams in a compound file. */
  readonly maxEntries: number;
  /** Most cells read from a spreadsheet. */
  readonly maxCells: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxPages: 1000,
  maxInflatedBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
  maxCells: 1_000_000,
};

export interface ReadOptions {
  readonly limits?: Partial<ImportLimits>;
  /** Called as pages (or sheets) are read: `done` of `total`. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborts the read: the outcome is then an error saying the import was cancelled. */
  readonly signal?: AbortSignal;
}

/** The notice as text, with the reader that made it (`pdf: pdfjs-dist 4.10, 12 pages`). */
export interface TextRead {
  readonly text: string;
  readonly reader: string;
}

/** Why a file was not read, as a code and its arguments (the file's name first) for an interface to
 *  say in its language; `error` says it in English for the command line. */
export type ImportProblemCode =
  | 'cancelled'
  | 'empty'
  | 'too-large'
  | 'not-read-type'
  | 'password'
  | 'scanned'
  | 'too-many-pages'
  | 'unreadable'
  | 'failed';

export interface ImportProblem {
  readonly code: ImportProblemCode;
  readonly args: readonly string[];
}

/** The format a reader tried to read a file as, when it could not (an `unreadable` problem's 2nd arg). */
export type ReadAsFormat = 'docx' | 'doc' | 'wps' | 'sheet' | 'csv' | 'pdf' | 'ofd' | 'rtf' | 'mhtml' | 'zip';

/** Why a reader could not read a file (an `unreadable` problem's 3rd arg); the English `error` says
 *  the technical detail. */
export type UnreadableWhy =
  /** Its structure is broken or truncated. */
  | 'damaged'
  /** Its bytes are not the format its name or its reader expects (damaged, or renamed). */
  | 'not-its-format'
  /** The container holds no document, workbook or OFD. */
  | 'no-document'
  /** It was read, and holds no text. */
  | 'no-text'
  /** A WPS file of the early WPS format, not Word binary. */
  | 'early-wps'
  /** A web page saved under a spreadsheet's name. */
  | 'web-page-sheet'
  /** Refused by a limit on entries, cells or inflated size. */
  | 'limit'
  /** The reader itself did not load (the PDF reader is fetched when first needed). */
  | 'reader-failed';

/** A reader's refusal with its code: `name` could not be read as `format`, because of `why`. */
export function unreadable(
  error: string,
  name: string,
  format: ReadAsFormat,
  why: UnreadableWhy,
): ReadRefusal {
  return { error, problem: { code: 'unreadable', args: [name, format, why] } };
}

/** A refusal of a cancelled read, with its code. */
export function cancelled(name: string, error = CANCELLED): ReadRefusal {
  return { error, problem: { code: 'cancelled', args: [name] } };
}

export interface ReadRefusal {
  readonly error: string;
  readonly problem?: ImportProblem;
}

export type ReadOutcome = TextRead | ReadRefusal;

export function limitsOf(options: ReadOptions | undefined): ImportLimits {
  return { ...DEFAULT_LIMITS, ...options?.limits };
}

/** `12.4 MB`, for messages that name a limit. */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

export const CANCELLED = 'the import was cancelled';

/** What every reader refuses before it starts: a cancelled read, an empty file, one over the size
 *  limit. Null when the file may be read. */
export function refusedAtOnce(
  name: string,
  bytes: Uint8Array,
  options: ReadOptions | undefined,
): ReadRefusal | null {
  const { maxBytes } = limitsOf(options);
  if (options?.signal?.aborted) return cancelled(name);
  if (bytes.length === 0) return { error: `${name} is empty.`, problem: { code: 'empty', args: [name] } };
  if (bytes.length > maxBytes)
    return {
      error: `${name} is refused: it is ${megabytes(bytes.length)}, more than the limit of ${megabytes(maxBytes)} (maxBytes).`,
      problem: { code: 'too-large', args: [name, megabytes(bytes.length), megabytes(maxBytes)] },
    };
  return null;
}
