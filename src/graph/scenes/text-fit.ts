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

/** The text, cut with an ellipsis when it would be wider than `width`. English is cut after a whole
 *  word where one fits (`Development and…`, not `Developmen…`); Chinese after any character. */
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
  const next = chars[[...out].length] ?? '';
  if (LETTER.test(out.slice(-1)) && LETTER.test(next)) {
    const space = out.lastIndexOf(' ');
    if (space > out.length / 2) out = out.slice(0, space);
  }
  out = out.trimEnd();
  return out.length > 0 ? `${out}…` : '';
}

/** The widest of several labels. */
export function widestText(texts: Iterable<string>, size: number): number {
  let widest = 0;
  for (const t of texts) widest = Math.max(widest, textWidth(t, size));
  return widest;
}

const LETTER = /[A-Za-z0-9\u00c0-\u024f]/;
/** Never first on a line: closing brackets and punctuation, Chinese and Latin. */
const CLOSERS =
  /[)\]}.,;:!?%\u3001\u3002\uff0c\uff1b\uff1a\uff01\uff1f\uff09\u300b\u300d\u300f\u3011\u201d\u2019]/;
/** Never last on a line: opening brackets and quotes. */
const OPENERS = /[([{\uff08\u300a\u300c\u300e\u3010\u201c\u2018]/;

/** Whether a line may break between `before` and `after` (the characters either side), `earlier`
 *  the one before `before`: after a space; after a hyphen inside a word (`Urban-` / `Rural`); beside
 *  any Chinese character — never inside an English word, before a closer or after an opener. */
function breakBetween(earlier: string, before: string, after: string): boolean {
  if (after === ' ' || CLOSERS.test(after) || OPENERS.test(before)) return false;
  if (before === ' ') return true;
  if (before === '-') return LETTER.test(earlier) && LETTER.test(after);
  return WIDE.test(before) || WIDE.test(after);
}

/** The text cut where a line may break: each piece is kept whole on a line if it fits. */
function pieces(text: string): string[] {
  const chars = [...text];
  const out: string[] = [];
  let piece = '';
  chars.forEach((ch, i) => {
    if (piece && breakBetween(chars[i - 2] ?? '', chars[i - 1] ?? '', ch)) {
      out.push(piece);
      piece = '';
    }
    piece += ch;
  });
  if (piece) out.push(piece);
  return out;
}

/** A word wider than the line, hyphenated into parts that fit: a visible break, never a silent one. */
function hyphenate(word: string, size: number, width: number): string[] {
  if (WIDE.test(word))
    return [...word].reduce<string[]>((lines, ch) => {
      const last = lines[lines.length - 1];
      if (last !== undefined && textWidth(last + ch, size) <= width) lines[lines.length - 1] = last + ch;
      else lines.push(ch);
      return lines;
    }, []);
  const parts: string[] = [];
  let part = '';
  for (const ch of word) {
    if (part.length > 1 && textWidth(`${part}${ch}-`, size) > width) {
      parts.push(`${part}-`);
      part = '';
    }
    part += ch;
  }
  return part ? [...parts, part] : parts;
}

interface Line {
  readonly text: string;
  /** Where in the text (in characters) the line starts, for cutting what runs past the last line. */
  readonly start: number;
}

function breakLines(text: string, size: number, width: number): Line[] {
  const lines: Line[] = [];
  let line = '';
  let start = 0;
  let at = 0;
  const push = () => {
    if (line.trim()) lines.push({ text: line.trimEnd(), start });
    line = '';
  };
  for (const piece of pieces(text)) {
    const n = [...piece].length;
    if (line && textWidth((line + piece).trimEnd(), size) > width) push();
    if (!line) start = at;
    if (!line && textWidth(piece.trimEnd(), size) > width) {
      const parts = hyphenate(piece.trimEnd(), size, width);
      let offset = at;
      parts.slice(0, -1).forEach((part) => {
        lines.push({ text: part, start: offset });
        offset += [...part.replace(/-$/, '')].length;
      });
      line = parts[parts.length - 1] ?? '';
      start = offset;
      if (piece.endsWith(' ')) line += ' ';
    } else line += piece;
    at += n;
  }
  push();
  return lines;
}

/** Lines of at most `width` wide: English broken at spaces and after hyphens (a word wider than a
 *  line is hyphenated), Chinese between any two characters, no line starting with a closing mark. */
export function breakText(text: string, size: number, width: number): string[] {
  const lines = breakLines(text, size, width).map((l) => l.text);
  return lines.length > 0 ? lines : [''];
}

/** The text broken into lines no wider than `width`, at most `max` of them, the last cut with an
 *  ellipsis if the text runs on. Chinese breaks between any two characters, English at spaces. */
export function wrapLines(text: string, size: number, width: number, max: number): string[] {
  const lines = breakLines(text, size, width);
  if (lines.length <= max) return lines.map((l) => l.text);
  const last = lines[max - 1] as Line;
  const rest = [...text].slice(last.start).join('').trim();
  return [...lines.slice(0, max - 1).map((l) => l.text), fitText(rest, size, width)];
}

/** Several names as one phrase: `A, B, C` in English, `A、B、C` in Chinese. */
export function joinList(items: readonly string[], lang: 'zh' | 'en'): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}
