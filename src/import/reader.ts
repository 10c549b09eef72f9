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

export type ReadOutcome = TextRead | { readonly error: string };

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
): { readonly error: string } | null {
  const { maxBytes } = limitsOf(options);
  if (options?.signal?.aborted) return { error: CANCELLED };
  if (bytes.length === 0) return { error: `${name} is empty.` };
  if (bytes.length > maxBytes)
    return {
      error: `${name} is refused: it is ${megabytes(bytes.length)}, more than the limit of ${megabytes(maxBytes)} (maxBytes).`,
    };
  return null;
}
