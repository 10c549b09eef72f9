// Label text for graph nodes: estimated widths and balanced line breaks, computed once here so the
// interactive graph, its layouts and the exported scene all reserve the same room for a label.

/** Width of `text` at `size` px in Noto Sans SC: Chinese characters and full-width punctuation take a
 *  full em; Latin letters and digits about 0.58 em. An estimate, close enough to space labels. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef)) em += 1;
    else if (ch === ' ') em += 0.28;
    else em += 0.58;
  }
  return em * size;
}

/** Splits `text` into the fewest lines of at most `maxChars` characters, all about the same length:
 *  `完善欧亚陆路大通道建设` at 8 becomes `完善欧亚陆路` / `大通道建设`, not `完善欧亚陆路大通` / `道建设`.
 *  Lines hold an even number of characters where they can, since the genre's titles are mostly built
 *  of two-character words (创新|口岸|管理|服务|体系): an even break rarely splits a word. */
export function balancedLines(text: string, maxChars: number): string[] {
  const chars = [...text];
  if (chars.length <= maxChars) return [text];
  const count = Math.ceil(chars.length / maxChars);
  const balanced = Math.ceil(chars.length / count);
  const even = balanced + (balanced % 2);
  const per = even <= maxChars && Math.ceil(chars.length / even) === count ? even : balanced;
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += per) lines.push(chars.slice(i, i + per).join(''));
  return lines;
}

export const LINE_HEIGHT = 1.3;

export function linesBox(lines: readonly string[], size: number): { width: number; height: number } {
  return {
    width: Math.max(0, ...lines.map((line) => textWidth(line, size))),
    height: lines.length * size * LINE_HEIGHT,
  };
}

/** A task's label as drawn: its number, then its title on balanced lines. The builder's label is
 *  `（13）完善欧亚陆路大通道建设`; the node shows `13 完善欧亚陆路` / `大通道建设`. */
export function taskLabelLines(label: string, maxChars = 8): string[] {
  // The number, with its notice's letter when several notices are in view (`（B·3）`).
  const m = /^[（(]((?:[A-Z]+·)?\d+)[）)]\s*/u.exec(label);
  const number = m?.[1];
  const title = m ? label.slice(m[0].length) : label;
  const lines = balancedLines(title, maxChars);
  if (number !== undefined && lines.length > 0) lines[0] = `${number} ${lines[0]}`;
  return lines;
}

/** Breaks a spaced (English) name into lines of at most about `maxChars` characters at its spaces:
 *  `Department of Housing and Urban-Rural Development` at 22 becomes three lines, not one long one.
 *  Text without spaces (Chinese) comes back as one line. */
export function wordLines(text: string, maxChars: number): string[] {
  if (text.length <= maxChars || !text.includes(' ')) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
