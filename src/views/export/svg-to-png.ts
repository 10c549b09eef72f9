// PNG from an export SVG in the browser: the SVG drawn onto a canvas at the chosen scale. The SVG must
// carry its font (@font-face data URL): an SVG drawn as an image sees no web font of the page, and
// Chromium without a CJK system font would draw boxes for every Chinese character.
import { ExportError } from './export-error.ts';
import { pngDpi, withPngDpi } from '../../export/image/png-dpi.ts';

/** Chromium refuses canvases above 16,384 px a side in places and runs out of memory well before its
 *  area limit on small machines: 40 M pixels is 160 MB of RGBA, about what a 4× A3 page needs. */
export const MAX_SIDE = 16_384;
export const MAX_PIXELS = 40_000_000;

export interface PngSize {
  readonly width: number;
  readonly height: number;
  /** The scale used: the one asked for, or less when that would exceed the canvas limits. */
  readonly scale: number;
}

/** The pixel size of a drawing of `width` × `height` at `scale`, kept inside the canvas limits. */
export function pngSize(width: number, height: number, scale: number): PngSize {
  const fit = Math.min(
    scale,
    MAX_SIDE / Math.max(width, 1),
    MAX_SIDE / Math.max(height, 1),
    Math.sqrt(MAX_PIXELS / Math.max(width * height, 1)),
  );
  const used = Math.max(0.1, Math.floor(fit * 100) / 100);
  return {
    width: Math.max(1, Math.round(width * used)),
    height: Math.max(1, Math.round(height * used)),
    scale: used,
  };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () =>
      reject(new ExportError('image', 'The browser could not draw the diagram as an image.'));
    image.src = url;
  });
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new ExportError('encode', 'The browser could not encode the PNG.')),
      'image/png',
    ),
  );
}

/** Draws the SVG (of `width` × `height` user units) at `scale` on white or on nothing (transparent). */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  options: { readonly scale: number; readonly background: 'white' | 'transparent' },
): Promise<{ blob: Blob; size: PngSize }> {
  const size = pngSize(width, height, options.scale);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    // The embedded font is decoded with the image, but Chromium may paint it a frame later.
    await image.decode().catch(() => undefined);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new ExportError('canvas', 'This browser has no 2D canvas to draw the PNG on.');
    if (options.background === 'white') {
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, size.width, size.height);
    }
    context.drawImage(image, 0, 0, size.width, size.height);
    // The canvas writes no resolution: the scale actually used is recorded as the PNG's dpi.
    const bytes = new Uint8Array(await (await canvasBlob(canvas)).arrayBuffer());
    const blob = new Blob([withPngDpi(bytes, pngDpi(size.scale))], { type: 'image/png' });
    return { blob, size };
  } finally {
    URL.revokeObjectURL(url);
  }
}
