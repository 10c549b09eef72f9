// Scene colours (#rgb, #rrggbb, rgb(), rgba()) as pdf-lib colours with their opacity.
import { rgb, type RGB } from 'pdf-lib';

export interface PdfColor {
  readonly color: RGB;
  readonly alpha: number;
}

export function pdfColor(css: string | undefined): PdfColor | null {
  if (!css || css === 'none' || css === 'transparent') return null;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(css.trim());
  if (hex) {
    const h = hex[1] as string;
    const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
    const n = Number.parseInt(full, 16);
    return { color: rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255), alpha: 1 };
  }
  const fn = /^rgba?\(([^)]+)\)$/i.exec(css.trim());
  if (fn) {
    const [r = 0, g = 0, b = 0, a = 1] = (fn[1] as string)
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return { color: rgb(r / 255, g / 255, b / 255), alpha: a };
  }
  return { color: rgb(0, 0, 0), alpha: 1 };
}
