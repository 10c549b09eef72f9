// The text of a PDF notice: its text layer read with pdf.js, laid out as paragraphs and table rows by
// pdf-layout.ts. pdf.js is loaded only when a PDF is read, and runs in the calling thread (its
// "fake worker"): a parse worker cannot start a worker of its own from a URL the app does not serve.
// Nothing is evaluated from strings and nothing is fetched; the CMaps that Chinese fonts without
// embedded glyphs need come from node_modules in Node and from the bundle in the browser.
// Never throws: a file that cannot be read is an outcome like any other.
import type { PDFDocumentLoadingTask, PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { pagesToText, type PageText, type Rule, type TextPiece } from './pdf-layout.ts';
import {
  cancelled,
  CANCELLED,
  limitsOf,
  megabytes,
  unreadable,
  type ReadOptions,
  type ReadOutcome,
} from './reader.ts';

type PdfJs = typeof import('pdfjs-dist');

let loading: Promise<PdfJs> | null = null;

/** pdf.js and its worker code, in this thread. The legacy build: it runs on Node 20 and on the
 *  older Chromium cores of browsers still found in offices. */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      // @ts-expect-error pdf.js ships no types for its worker module
      import('pdfjs-dist/legacy/build/pdf.worker.mjs') as Promise<{ WorkerMessageHandler: unknown }>,
    ]);
    // pdf.js sets up its fake worker with this handler instead of importing a worker script by URL.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = {
      WorkerMessageHandler: worker.WorkerMessageHandler,
    };
    return pdfjs;
  })();
  loading.catch(() => (loading = null));
  return loading;
}

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

/** Vite bundles the Chinese (GB1) CMaps as lazily loaded modules; Node and tsx have no
 *  import.meta.glob, and read them from node_modules instead. */
const BUNDLED_CMAPS: Record<string, () => Promise<string>> | null =
  !isNode && import.meta.env
    ? import.meta.glob<string>('../../node_modules/pdfjs-dist/cmaps/*GB*.bcmap', {
        query: '?url&inline',
        import: 'default',
      })
    : null;

function base64Bytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** What pdf.js asks for binary data (CMaps, standard fonts, wasm): only bundled CMaps are given. */
class BundledData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const load =
      kind === 'cMapUrl' ? BUNDLED_CMAPS?.[`../../node_modules/pdfjs-dist/cmaps/${filename}`] : undefined;
    if (!load) throw new Error(`${filename} is not bundled`);
    return base64Bytes(await load());
  }
}

/** The folder of pdf.js's CMaps as a path, for its own Node reader. */
function nodeCMapFolder(): string | undefined {
  try {
    const url = new URL('cmaps/', import.meta.resolve('pdfjs-dist/package.json'));
    const path = decodeURIComponent(url.pathname);
    return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
  } catch {
    return undefined;
  }
}

function binaryDataOptions(): { cMapUrl?: string; BinaryDataFactory?: typeof BundledData } {
  if (!isNode) return { BinaryDataFactory: BundledData };
  const folder = nodeCMapFolder();
  return folder ? { cMapUrl: folder } : {};
}

// ——— Reading ———

class Cancelled extends Error {}

/** Waits for `promise` unless the import is cancelled first. The promise left behind still has a
 *  handler: pdf.js rejects what is pending when the document is destroyed. */
function unlessCancelled<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new Cancelled());
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** A page's text runs turned upright: a table set sideways on a portrait page (to be shown
 *  rotated) is read in the direction most of its text runs. Runs in other directions, and text
 *  set at a slant (a watermark), are left out; so is vertical text (see pdf-layout.ts). */
function uprightPieces(items: readonly unknown[]): { pieces: TextPiece[]; turn: number } {
  const byTurn: TextPiece[][] = [[], [], [], []];
  const written = [0, 0, 0, 0];
  for (const item of items) {
    const { str, transform, width } = item as Partial<TextItem>;
    if (typeof str !== 'string' || !str.trim() || !transform) continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = transform as number[];
    const angle = Math.atan2(b, a) / (Math.PI / 2);
    const turn = (((Math.round(angle) % 4) + 4) % 4) as 0 | 1 | 2 | 3;
    if (Math.abs(angle - Math.round(angle)) > 0.05) continue;
    const [ux, uy] = rotate(turn, x, y);
    byTurn[turn]?.push({
      text: str,
      x: ux,
      y: uy,
      width: width ?? 0,
      size: Math.hypot(c, d) || Math.hypot(a, b),
    });
    written[turn] = (written[turn] as number) + str.length;
  }
  const turn = written.indexOf(Math.max(...written));
  return { pieces: byTurn[turn] ?? [], turn };
}

/** A point turned back by `turn` quarter turns, so that text written at that angle runs left to
 *  right. */
function rotate(turn: number, x: number, y: number): [number, number] {
  if (turn === 1) return [y, -x];
  if (turn === 2) return [-x, -y];
  if (turn === 3) return [-y, x];
  return [x, y];
}

function rotateRule(turn: number, rule: Rule): Rule {
  const [ax, ay] = rotate(turn, rule.x0, rule.y0);
  const [bx, by] = rotate(turn, rule.x1, rule.y1);
  return { x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) };
}

type Matrix = readonly [number, number, number, number, number, number];

function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = n as [number, number, number, number, number, number];
  return [
    m[0] * a + m[2] * b,
    m[1] * a + m[3] * b,
    m[0] * c + m[2] * d,
    m[1] * c + m[3] * d,
    m[0] * e + m[2] * f + m[4],
    m[1] * e + m[3] * f + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The thin filled rectangles and straight stroked lines of a page: where its tables' rules are.
 *  Reads pdf.js's operator list (constructPath carries the painting op, then its path as
 *  moveTo/lineTo/curveTo/closePath codes with their coordinates). */
function rulesOf(list: { fnArray: number[]; argsArray: unknown[] }, OPS: PdfJs['OPS']): Rule[] {
  const rules: Rule[] = [];
  const stack: { ctm: Matrix; lineWidth: number }[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let lineWidth = 1;
  const fills = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke]);
  const strokes = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const addBox = (points: [number, number][], thickness: number) => {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const rule = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
    const w = rule.x1 - rule.x0;
    const h = rule.y1 - rule.y0;
    if (Math.min(w, h) > 3 || Math.max(w, h) < 4) return;
    const grow = thickness / 2;
    rules.push(
      w < h
        ? { ...rule, x0: rule.x0 - grow, x1: rule.x1 + grow }
        : { ...rule, y0: rule.y0 - grow, y1: rule.y1 + grow },
    );
  };
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push({ ctm, lineWidth });
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd)
      ({ ctm, lineWidth } = stack.pop() ?? { ctm, lineWidth });
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push({ ctm, lineWidth });
      const matrix = args?.[0];
      if (Array.isArray(matrix) || ArrayBuffer.isView(matrix))
        ctm = multiply(ctm, Array.from(matrix as number[]));
    } else if (fn === OPS.setLineWidth && typeof args?.[0] === 'number') lineWidth = args[0];
    else if (fn === OPS.setGState && Array.isArray(args?.[0])) {
      for (const [key, value] of args[0] as [string, unknown][])
        if (key === 'LW' && typeof value === 'number') lineWidth = value;
    } else if (fn === OPS.constructPath && args) {
      const op = args[0] as number;
      const path = (args[1] as unknown[] | undefined)?.[0];
      if (
        !(fills.has(op) || strokes.has(op)) ||
        !path ||
        typeof (path as ArrayLike<number>).length !== 'number'
      )
        return;
      const scale = Math.hypot(ctm[0], ctm[1]);
      readPath(path as ArrayLike<number>, ctm, fills.has(op), strokes.has(op), lineWidth * scale, addBox);
    }
  });
  return rules;
}

/** Walks one path: each closed or open subpath, filled, is a box; each straight segment, stroked, is
 *  a line. Codes: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath. */
function readPath(
  path: ArrayLike<number>,
  ctm: Matrix,
  filled: boolean,
  stroked: boolean,
  thickness: number,
  add: (points: [number, number][], thickness: number) => void,
): void {
  let subpath: [number, number][] = [];
  let straight = true;
  const endSubpath = () => {
    if (filled && straight && subpath.length >= 2) add(subpath, 0);
    subpath = [];
    straight = true;
  };
  for (let i = 0; i < path.length;) {
    const code = path[i] as number;
    if (code === 0 || code === 1) {
      const point = apply(ctm, path[i + 1] as number, path[i + 2] as number);
      if (code === 0) endSubpath();
      const last = subpath[subpath.length - 1];
      if (code === 1 && stroked && last) add([last, point], thickness);
      subpath.push(point);
      i += 3;
    } else if (code === 2) {
      straight = false;
      subpath.push(apply(ctm, path[i + 5] as number, path[i + 6] as number));
      i += 7;
    } else if (code === 3) {
      straight = false;
      subpath.push(apply(ctm, path[i + 3] as number, path[i + 4] as number));
      i += 5;
    } else if (code === 4) {
      const first = subpath[0];
      const last = subpath[subpath.length - 1];
      if (stroked && first && last) add([last, first], thickness);
      i += 1;
    } else return;
  }
  endSubpath();
}

/** A page's text runs, and its rules where a table may be: where runs on one baseline stand apart. */
async function readPage(page: PDFPageProxy, pdfjs: PdfJs): Promise<PageText> {
  const content = await page.getTextContent();
  const { pieces, turn } = uprightPieces(content.items);
  if (!mayHoldTable(pieces)) return { pieces };
  const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  return { pieces, rules: rulesOf(list, pdfjs.OPS).map((r) => rotateRule(turn, r)) };
}

/** Two runs on one baseline with a gap of more than half an em between them. */
function mayHoldTable(pieces: readonly TextPiece[]): boolean {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  return sorted.some((p, i) => {
    const q = sorted[i + 1];
    return q !== undefined && Math.abs(p.y - q.y) < 0.3 * p.size && q.x - (p.x + p.width) > 0.5 * p.size;
  });
}

/** Letters, digits and ideographs: what a text layer has and a scan's has not. */
function countWritten(pages: readonly PageText[]): number {
  let count = 0;
  for (const page of pages)
    for (const piece of page.pieces) count += piece.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  return count;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').replace(/\.$/, '').slice(0, 160);
}

async function readDocument(
  name: string,
  pdfjs: PdfJs,
  doc: PDFDocumentProxy,
  options: ReadOptions,
): Promise<ReadOutcome> {
  const { maxPages } = limitsOf(options);
  const total = doc.numPages;
  if (total > maxPages)
    return {
      error: `${name} has ${total} pages, more than the ${maxPages} pages a PDF may have.`,
      problem: { code: 'too-many-pages', args: [name, `${total}`, `${maxPages}`] },
    };
  const pages: PageText[] = [];
  for (let n = 1; n <= total; n++) {
    if (options.signal?.aborted) throw new Cancelled();
    const page = await unlessCancelled(doc.getPage(n), options.signal);
    pages.push(await unlessCancelled(readPage(page, pdfjs), options.signal));
    page.cleanup();
    options.onProgress?.(n, total);
  }
  if (countWritten(pages) < 10 * total)
    return {
      error: `${name} holds page images, not text: run OCR on it first.`,
      problem: { code: 'scanned', args: [name] },
    };
  const [major, minor] = pdfjs.version.split('.');
  return {
    text: pagesToText(pages),
    reader: `pdf: pdfjs-dist ${major}.${minor}, ${total} ${total === 1 ? 'page' : 'pages'}`,
  };
}

function looksLikePdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

export async function readPdf(
  name: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadOutcome> {
  const { maxBytes } = limitsOf(options);
  if (bytes.length > maxBytes)
    return {
      error: `${name} is ${megabytes(bytes.length)}, more than the ${megabytes(maxBytes)} a file may be.`,
      problem: { code: 'too-large', args: [name, megabytes(bytes.length), megabytes(maxBytes)] },
    };
  if (options.signal?.aborted) return cancelled(name, `${name}: ${CANCELLED}`);
  if (!looksLikePdf(bytes))
    return unreadable(`${name} is not a readable PDF: it has no PDF header.`, name, 'pdf', 'not-its-format');
  let pdfjs: PdfJs;
  try {
    pdfjs = await unlessCancelled(loadPdfJs(), options.signal);
  } catch (error) {
    if (error instanceof Cancelled) return cancelled(name, `${name}: ${CANCELLED}`);
    return unreadable(
      `${name} could not be read: the PDF reader did not load (${messageOf(error)}).`,
      name,
      'pdf',
      'reader-failed',
    );
  }
  let task: PDFDocumentLoadingTask | null = null;
  try {
    task = pdfjs.getDocument({
      // pdf.js takes the buffer over (it is transferred to its worker): it gets a copy.
      data: bytes.slice(),
      isEvalSupported: false,
      useWorkerFetch: false,
      useSystemFonts: false,
      disableFontFace: true,
      useWasm: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      enableXfa: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
      ...binaryDataOptions(),
    });
    const doc = await unlessCancelled(task.promise, options.signal);
    return await readDocument(name, pdfjs, doc, options);
  } catch (error) {
    if (error instanceof Cancelled) return cancelled(name, `${name}: ${CANCELLED}`);
    if (errorName(error) === 'PasswordException')
      return {
        error: `${name} is protected by a password: save a copy without the password and open that.`,
        problem: { code: 'password', args: [name] },
      };
    return unreadable(`${name} is not a readable PDF (${messageOf(error)}).`, name, 'pdf', 'damaged');
  } finally {
    await task?.destroy().catch(() => undefined);
  }
}
