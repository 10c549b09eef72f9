// Why an export failed, as a code the dialog words in the interface's language; the browser's or the
// writer's own line (English) travels with it as the technical detail.

export type ExportFailure =
  /** The Chinese font slices the files embed did not load. */
  | 'font'
  /** The browser could not draw the diagram's SVG as an image. */
  | 'image'
  /** The canvas could not be encoded as a PNG (often: too large for this browser). */
  | 'encode'
  /** The browser has no 2D canvas. */
  | 'canvas'
  /** The worker making the briefing pack stopped. */
  | 'worker';

export const EXPORT_FAILURES: readonly ExportFailure[] = ['font', 'image', 'encode', 'canvas', 'worker'];

export class ExportError extends Error {
  constructor(
    readonly code: ExportFailure,
    detail: string,
    options?: { readonly cause?: unknown },
  ) {
    super(detail, options);
    this.name = 'ExportError';
  }
}

/** A failure's code (null for one no code names) and its technical line. */
export function exportFailure(reason: unknown): { code: ExportFailure | null; detail: string } {
  if (reason instanceof ExportError) return { code: reason.code, detail: reason.message };
  const detail = reason instanceof Error ? reason.message || reason.name : String(reason);
  return { code: null, detail };
}

/** A failure's code from a worker's reply, which carries only strings. */
export function failureCode(code: string | undefined): ExportFailure | null {
  return EXPORT_FAILURES.find((c) => c === code) ?? null;
}
