// HTML pages reduced to their text: block elements become line breaks, table cells tabs, entities decoded.

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

/** The visible text of an HTML page, one paragraph a line. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|noscript|template|head)\b[\s\S]*?<\/\1\s*>/gi, (m) =>
        /^<head/i.test(m) ? (m.match(/<title\b[^>]*>([\s\S]*?)<\/title>/i)?.[1] ?? '') + '\n' : '',
      )
      .replace(/[\r\n]+/g, ' ')
      .replace(/<\/?(?:td|th)\b[^>]*>/gi, '\t')
      .replace(new RegExp(`<\\/?(?:${BLOCK})\\b[^>]*>`, 'gi'), '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((line) =>
      line.replace(/[ \t]+$/g, '').replace(/^[ \t]+(?=\S)/, (lead) => (lead.includes('\t') ? '' : lead)),
    )
    .filter((line) => line.trim() !== '')
    .join('\n')
    .trim();
}
