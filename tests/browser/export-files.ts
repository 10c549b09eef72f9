// Reading exported files the way a user's tools would: a PNG decoded (in the page, by the browser's own
// decoder) and its pixels counted; a PDF's text and pages read with poppler (pdftotext, pdfinfo) and its
// pages rendered (pdftoppm) to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';

export interface PngFacts {
  readonly width: number;
  readonly height: number;
  /** Pixels that are neither white nor transparent: the drawing. */
  readonly inked: number;
  /** Pixels with any transparency. */
  readonly transparent: number;
}

export function pngFacts(page: Page, bytes: Buffer): Promise<PngFacts> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let inked = 0;
    let transparent = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b, a] = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0, pixels[i + 3] ?? 0];
      if (a < 255) transparent++;
      if (a > 0 && (r < 240 || g < 240 || b < 240)) inked++;
    }
    return { width: bitmap.width, height: bitmap.height, inked, transparent };
  }, bytes.toString('base64'));
}

function tempFile(name: string, bytes: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'fengong-export-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** The PDF's text as pdftotext extracts it (what search and copy in a reader get). */
export function pdfText(bytes: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', tempFile('x.pdf', bytes), '-'], { encoding: 'utf8' });
}

/** Page count, page size in points, and the fonts the PDF embeds (pdffonts). */
export function pdfInfo(bytes: Buffer): { pages: number; width: number; height: number; fonts: string } {
  const path = tempFile('x.pdf', bytes);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
    width: Number(size?.[1] ?? 0),
    height: Number(size?.[2] ?? 0),
    fonts: execFileSync('pdffonts', [path], { encoding: 'utf8' }),
  };
}

/** Renders every page to `<prefix>-<n>.png` at 60 dpi, to look at. */
export function renderPdf(bytes: Buffer, prefix: string): void {
  // The output folder is not in git: a fresh clone has none until the first render makes it.
  mkdirSync(dirname(prefix), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', tempFile('x.pdf', bytes), prefix]);
}
