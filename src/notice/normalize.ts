// Normalisation that keeps offsets: the parser reads a cleaned copy of the text, and every index in
// that copy maps back to the original, so the model's offsets always point into the original text.

export interface NormalizedText {
  /** The cleaned text the parser reads. */
  readonly text: string;
  /** `folded[i]` is `text[i]` with full-width ASCII forms folded to half-width: same length, for matching. */
  readonly folded: string;
  /** `toOriginal[i]` is the original offset of `text[i]`; `toOriginal[text.length]` is the original length. */
  readonly toOriginal: Int32Array;
}

const CJK =
  /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2013\u2015\u2018-\u201d\u2026\u00b7]/;

function isCjkOrFullWidth(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Line breaks unified to \n, odd spaces to ASCII space, and single spaces that PDF/HTML extraction
 *  leaves beside Chinese text or dashes dropped (`满洲里 —俄罗斯赤塔` → `满洲里—俄罗斯赤塔`).
 *  Runs of two or more spaces and tabs stay: they may separate the cells of a flattened table. */
function cleanCharacters(original: string): { text: string; map: number[] } {
  const out: string[] = [];
  const map: number[] = [];
  const n = original.length;
  for (let i = 0; i < n; i++) {
    let ch = original[i] as string;
    if (ch === '\r') {
      if (original[i + 1] === '\n') continue;
      ch = '\n';
    } else if (ch === '\u00a0' || ch === '\u2002' || ch === '\u2003' || ch === '\u2009') {
      ch = ' ';
    } else if (ch === '\ufeff' || ch === '\u200b') {
      continue;
    }
    if (ch === ' ' || ch === '\u3000') {
      const prev = out[out.length - 1];
      const next = original[i + 1];
      const single = prev !== ' ' && prev !== '\u3000' && next !== ' ' && next !== '\u3000' && next !== '\t';
      const inLine =
        prev !== undefined && prev !== '\n' && next !== undefined && next !== '\n' && next !== '\r';
      if (single && inLine && (isCjkOrFullWidth(prev) || isCjkOrFullWidth(next)) && prev !== '\t') continue;
    }
    out.push(ch);
    map.push(i);
  }
  map.push(n);
  return { text: out.join(''), map };
}

const SENTENCE_END = /[。！？；;:：!?）)”」』〕】\]]$/;
const PROSE = /[。，,；]/;
const STARTS_BLOCK =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十百]+|[（(〔【\[［]|(?:牵头|配合|责任|主办|协办|参与)?(?:单位|部门)[:：])/;

/** A paragraph broken across two lines by PDF extraction: the first line is prose that stops
 *  mid-sentence, the next line continues it without indentation and is not a heading or label. */
function isBrokenLine(line: string, next: string): boolean {
  const body = line.trim();
  if (body.length < 8 || !PROSE.test(body) || SENTENCE_END.test(body)) return false;
  if (next.length === 0 || /^[ \t\u3000]/.test(next)) return false;
  // Table rows (cells split by tabs, bars or wide spaces) are lines of their own.
  if (/\t| {2}|[|｜]/.test(body) || /^\d+\s/.test(next)) return false;
  return !STARTS_BLOCK.test(next.trim());
}

function joinBrokenLines(text: string, map: number[]): { text: string; map: number[] } {
  const lines = text.split('\n');
  const out: string[] = [];
  const outMap: number[] = [];
  let at = 0;
  lines.forEach((line, i) => {
    for (let k = 0; k < line.length; k++) {
      out.push(line[k] as string);
      outMap.push(map[at + k] as number);
    }
    at += line.length;
    if (i < lines.length - 1) {
      if (!isBrokenLine(line, lines[i + 1] as string)) {
        out.push('\n');
        outMap.push(map[at] as number);
      }
      at += 1;
    }
  });
  outMap.push(map[map.length - 1] as number);
  return { text: out.join(''), map: outMap };
}

/** Full-width ASCII forms (（）：，；１２Ａ) folded to half-width, one character for one. */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : c === 0x3000 ? ' ' : text[i];
  }
  return out;
}

export function normalizeText(original: string): NormalizedText {
  const cleaned = cleanCharacters(original);
  const joined = joinBrokenLines(cleaned.text, cleaned.map);
  return { text: joined.text, folded: foldWidth(joined.text), toOriginal: Int32Array.from(joined.map) };
}

/** The original span of the normalised span [start, end). */
export function originalSpan(
  norm: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const from = norm.toOriginal[start] ?? 0;
  const to = end > start ? (norm.toOriginal[end - 1] ?? from) + 1 : from;
  return { start: from, end: to };
}
