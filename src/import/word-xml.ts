// The text of a Word document's body (word/document.xml): each paragraph <w:p> a line, made of its
// <w:t> runs, <w:tab/> as a tab; each table row a line with its cells separated by tabs — the form the
// parser reads as a flattened table (序号 | 任务 | 牵头单位 | 配合单位). Deleted text (<w:delText>),
// field codes (<w:instrText>), properties and the fallback copy of drawings (<mc:Fallback>) are not
// the document's text and are left out. A scan of tags, not a DOM: it runs in workers and Node alike.

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w.:-]*)([^>]*?)(\/?)>/g;

/** Elements whose content is not text of the document: the fallback copy of drawings, and paragraph and
 *  run properties (where <w:tab/> is a tab stop, not a tab). */
const NOT_TEXT = new Set(['mc:Fallback', 'w:pPr', 'w:rPr', 'w:tblPr', 'w:sectPr']);

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, body: string) => {
    if (body[0] !== '#') return ENTITIES[body] ?? whole;
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A cell that lists agencies puts one per paragraph (`自治区商务厅` / `自治区财政厅`): short
 *  paragraphs without closing punctuation are list entries and are joined with 、 so the parser
 *  reads them as a list; anything else is prose, joined directly as Chinese is written. */
function joinCellParagraphs(paragraphs: readonly string[]): string {
  const parts = paragraphs.map((p) => p.trim()).filter((p) => p.length > 0);
  return parts.reduce((joined, part) => {
    if (joined.length === 0) return part;
    const previous = joined.slice(joined.lastIndexOf('、') + 1);
    const listEntry = previous.length <= 20 && !/[。；;，,、：:！？!?）)】」”]$/.test(previous);
    return joined + (listEntry ? '、' : '') + part;
  }, '');
}

class BodyText {
  readonly lines: string[] = [];
  private readonly paragraphs: string[] = [];
  /** Per open table: the paragraphs of the current cell, the cells of the current row. */
  private readonly tables: { cell: string[]; row: string[] }[] = [];
  private skipping = 0;
  private inText = false;

  get skipped(): boolean {
    return this.skipping > 0;
  }

  open(name: string): void {
    if (NOT_TEXT.has(name)) this.skipping++;
    if (this.skipped) return;
    if (name === 'w:p') this.paragraphs.push('');
    else if (name === 'w:tbl') this.tables.push({ cell: [], row: [] });
    else if (name === 'w:t') this.inText = true;
  }

  close(name: string): void {
    if (NOT_TEXT.has(name)) this.skipping = Math.max(0, this.skipping - 1);
    if (this.skipped) return;
    const table = this.tables.at(-1);
    if (name === 'w:t') this.inText = false;
    else if (name === 'w:p') this.endLine(this.paragraphs.pop() ?? '');
    else if (name === 'w:tc' && table) table.row.push(joinCellParagraphs(table.cell.splice(0)));
    else if (name === 'w:tr' && table) {
      const row = table.row.splice(0).join('\t');
      this.tables.pop();
      this.endLine(row); // a nested table's row is a paragraph of the enclosing cell
      this.tables.push(table);
    } else if (name === 'w:tbl') this.tables.pop();
  }

  empty(name: string): void {
    if (this.skipped) return;
    const inCell = this.tables.length > 0;
    // In a cell a tab would read as a cell boundary, and a line break as the end of the row.
    if (name === 'w:tab') this.append(inCell ? ' ' : '\t');
    else if ((name === 'w:br' || name === 'w:cr') && inCell) this.breakCellParagraph();
    else if (name === 'w:br' || name === 'w:cr') this.append('\n');
    else if (name === 'w:noBreakHyphen') this.append('-');
    else if (name === 'w:p') this.endLine('');
  }

  text(raw: string): void {
    if (this.inText && !this.skipped) this.append(decodeEntities(raw));
  }

  private append(text: string): void {
    const last = this.paragraphs.length - 1;
    if (last >= 0) this.paragraphs[last] += text;
  }

  private breakCellParagraph(): void {
    const last = this.paragraphs.length - 1;
    if (last < 0) return;
    this.tables.at(-1)?.cell.push(this.paragraphs[last] as string);
    this.paragraphs[last] = '';
  }

  private endLine(text: string): void {
    const table = this.tables.at(-1);
    if (table) table.cell.push(text);
    else this.lines.push(text);
  }
}

export function documentXmlText(xml: string): string {
  const body = new BodyText();
  let at = 0;
  for (const m of xml.matchAll(TOKEN)) {
    body.text(xml.slice(at, m.index));
    at = m.index + m[0].length;
    const [, cdata, closing, name, , selfClosing] = m;
    if (cdata !== undefined) body.text(cdata.replace(/&/g, '&amp;'));
    else if (name === undefined) continue;
    else if (closing) body.close(name);
    else if (selfClosing) body.empty(name);
    else body.open(name);
  }
  return body.lines.join('\n') + '\n';
}
