// Text on a slide sized before it is written: PowerPoint only shrinks text to fit once a user edits
// it, and WPS and LibreOffice differ in how they wrap, so each box gets a size at which the text, as
// the scenes measure it, fills no more than its lines — with room to spare for a wider font.
import { textWidth } from '../../graph/scenes/text-fit.ts';
import { wrapText } from '../diagram/table-scene.ts';

/** Microsoft YaHei is on every Windows since Vista and WPS maps it; its Latin is close to Segoe UI. */
export const SLIDE_FONT = 'Microsoft YaHei';

/** Measured widths are Noto Sans SC's; YaHei and the viewers' fallbacks run some percent wider. */
const SAFETY = 0.92;
/** The scenes count a Latin letter as 0.58 em to be safe with capitals and digits; running text
 *  in YaHei averages nearer 0.52 em, and counting it at 0.58 left short names on two lines. */
const LATIN_RUN = 0.58 / 0.52;
const POINTS_PER_INCH = 72;
/** Line height as a multiple of the font size, as PowerPoint sets single spacing for CJK fonts. */
export const LINE_HEIGHT = 1.3;

export interface FittedText {
  readonly size: number;
  readonly lines: number;
}

/** The lines `text` takes at `size` points in a box `width` inches wide. */
export function lineCount(text: string, size: number, width: number): number {
  const chars = [...text];
  const latin = chars.filter((ch) => !/[\u2e80-\u9fff\uff00-\uffef]/.test(ch)).length;
  const stretch = 1 + (chars.length ? latin / chars.length : 0) * (LATIN_RUN - 1);
  return text
    .split('\n')
    .reduce((n, para) => n + wrapText(para, size, width * POINTS_PER_INCH * SAFETY * stretch).length, 0);
}

/** The largest size from `max` down to `min` at which the text takes at most `maxLines` lines of a box
 *  `width` × `height` inches; `min` when none does (callers bound their texts so that is rare). */
export function fitSize(
  text: string,
  box: { readonly width: number; readonly height: number },
  sizes: { readonly max: number; readonly min: number; readonly maxLines?: number },
): FittedText {
  for (let size = sizes.max; size >= sizes.min; size -= 0.5) {
    const lines = lineCount(text, size, box.width);
    const tall = (lines * size * LINE_HEIGHT) / POINTS_PER_INCH;
    if (lines <= (sizes.maxLines ?? Infinity) && tall <= box.height) return { size, lines };
  }
  return { size: sizes.min, lines: lineCount(text, sizes.min, box.width) };
}

/** Whether `text` stays on one line of `width` inches at `size` points. */
export function fitsOneLine(text: string, size: number, width: number): boolean {
  return textWidth(text, size) <= width * POINTS_PER_INCH * SAFETY;
}

/** The language tag of a run: Chinese text is marked zh-CN so spelling and line breaking follow it. */
export function runLang(text: string, lang: 'zh' | 'en'): string {
  return lang === 'zh' || /^[^a-z]*[\u3400-\u9fff]/i.test(text) ? 'zh-CN' : 'en-US';
}
