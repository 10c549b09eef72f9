// Text widths without a browser: the core cannot measure glyphs, so scenes estimate them from the
// script — Chinese characters are square (one em), Latin letters and digits about half an em in
// Noto Sans SC. Enough to size label columns and to cut labels that would run into their neighbours.

/** CJK ideographs, kana, CJK punctuation and full-width forms: all one em wide. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.58;
  return ems * size;
}

/** The text, cut with an ellipsis when it would be wider than `width`. */
export function fitText(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  let out = '';
  let used = textWidth('…', size);
  for (const ch of chars) {
    const w = textWidth(ch, size);
    if (used + w > width) break;
    out += ch;
    used += w;
  }
  return out.length > 0 ? `${out}…` : '';
}

/** The widest of several labels. */
export function widestText(texts: Iterable<string>, size: number): number {
  let widest = 0;
  for (const t of texts) widest = Math.max(widest, textWidth(t, size));
  return widest;
}

/** The text broken into lines no wider than `width`, at most `max` of them, the last cut with an
 *  ellipsis if the text runs on. Chinese breaks between any two characters. */
export function wrapLines(text: string, size: number, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (line && textWidth(line + ch, size) > width) {
      if (lines.length === max - 1) return [...lines, fitText(line + chars.slice(i).join(''), size, width)];
      lines.push(line.trimEnd());
      line = ch === ' ' ? '' : ch;
    } else line += ch;
  }
  return line ? [...lines, line] : lines;
}
