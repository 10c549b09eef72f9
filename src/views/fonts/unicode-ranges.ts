// A font slice's unicode-range, written compactly for the page's first script: each range as the gap
// from the end of the one before and its length, in base 36 (`4e00-9fff` after `4dff` is `1-5bff` →
// `1-4jz`). The font's 101 slices take about a third of the text their CSS spends on it.

/** `U+4e00-9fff,U+3000` (CSS) → compact form. */
export function encodeUnicodeRange(css: string): string {
  const ranges = css
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part): [number, number] => {
      const [from, to] = part.split('-');
      const start = parseInt(from ?? '', 16);
      return [start, to === undefined ? start : parseInt(to, 16)];
    })
    .sort((a, b) => a[0] - b[0]);
  let previous = -1;
  return ranges
    .map(([start, end]) => {
      const gap = (start - previous).toString(36);
      previous = end;
      return end === start ? gap : `${gap}-${(end - start).toString(36)}`;
    })
    .join(',');
}

/** Compact form → the `unicodeRange` a FontFace takes. */
export function decodeUnicodeRange(compact: string): string {
  let previous = -1;
  return compact
    .split(',')
    .map((token) => {
      const [gap, length] = token.split('-');
      const start = previous + parseInt(gap ?? '', 36);
      const end = length === undefined ? start : start + parseInt(length, 36);
      previous = end;
      return end === start ? `U+${start.toString(16)}` : `U+${start.toString(16)}-${end.toString(16)}`;
    })
    .join(',');
}
