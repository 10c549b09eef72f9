// HTML pages reduced to their text: block elements become line breaks, a table row one line of
// tab-separated cells, entities decoded.
import { joinCellParagraphs } from './cell-text.ts';

const HTML_SIGNS = /^\s*(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)|<(?:body|p|div|table|br)[\s/>]/i;

export function looksLikeHtml(text: string): boolean {
  const head = text.length > 4096 ? text.slice(0, 4096) : text;
  if (!HTML_SIGNS.test(head)) return false;
  const tags = head.match(/<\/?[a-z][a-z0-9]*[\s>/]/gi);
  return (tags?.length ?? 0) >= 3;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: '　',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  middot: '·',
  hellip: '…',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const BLOCK = 'p|div|br|li|tr|h[1-6]|section|article|header|footer|table|ul|ol|blockquote|pre|title';

const BLOCK_TAG = new RegExp(`<\\/?(?:${BLOCK})\\b[^>]*>`, 'gi');
const CELL = /<t[dh]\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|$)/gi;
const ROW = /<tr\b[^>]*>([\s\S]*?)(?:<\/tr\s*>|(?=<tr\b)|(?=<\/table))/gi;

const spanOf = (attributes: string, name: string) =>
  Math.min(100, Number(new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attributes)?.[1] ?? 1) || 1);

/** A cell's text: the paragraphs inside it (Word saves every cell as `<p class=MsoNormal>`) joined. */
function cellText(html: string): string {
  return joinCellParagraphs(
    html
      .replace(/<\/t[dh]\s*>/gi, '')
      .replace(BLOCK_TAG, '\n')
      .replace(/<[^>]+>/g, '')
      .split('\n'),
  );
}

/** A table's rows as lines of tab-separated cells, empty cells kept, a cell spanning rows repeated in
 *  each (`<td rowspan=10>持续推进`), a row of one cell spanning the table a line of its own (a group
 *  heading: `一、推进体制机制改革创新`). */
function tableLines(table: string): string {
  const spanning = new Map<number, { text: string; left: number }>();
  return table.replace(ROW, (_, row: string) => {
    const parsed = [...row.matchAll(CELL)].map((m) => ({
      text: cellText(m[2] ?? ''),
      rows: spanOf(m[1] ?? '', 'rowspan'),
      columns: spanOf(m[1] ?? '', 'colspan'),
    }));
    const only = parsed.length === 1 && spanning.size === 0 ? parsed[0] : undefined;
    if (only && only.columns > 1) return `\n${only.text}\n`;
    const cells: string[] = [];
    const take = (column: number) => {
      const held = spanning.get(column);
      if (!held) return false;
      cells.push(held.text);
      if (--held.left === 0) spanning.delete(column);
      return true;
    };
    for (const cell of parsed) {
      while (take(cells.length));
      const at = cells.length;
      cells.push(cell.text, ...new Array<string>(cell.columns - 1).fill(''));
      if (cell.rows > 1) spanning.set(at, { text: cell.text, left: cell.rows - 1 });
    }
    while (take(cells.length));
    return `\n${cells.join('\t')}\n`;
  });
}

/** The visible text of an HTML page, one paragraph a line. */
export function htmlToText(html: string): string {
  return (
    decodeEntities(
      html
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<(script|style|noscript|template|head)\b[\s\S]*?<\/\1\s*>/gi, (m) =>
          /^<head/i.test(m) ? (m.match(/<title\b[^>]*>([\s\S]*?)<\/title>/i)?.[1] ?? '') + '\n' : '',
        )
        .replace(/[\r\n]+/g, ' ')
        .split(/(?=<table\b)/i)
        .map(tableLines)
        .join('')
        .replace(/<\/?(?:td|th)\b[^>]*>/gi, '\t')
        .replace(BLOCK_TAG, '\n')
        .replace(/<[^>]+>/g, ''),
    )
      .split('\n')
      // Tabs are kept at either end: they stand for a table row's empty first or last cells.
      .map((line) => line.replace(/ +$/g, ''))
      .filter((line) => line.trim() !== '')
      .join('\n')
      .trim()
  );
}
