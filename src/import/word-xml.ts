// The text of a Word document's body (word/document.xml): each paragraph <w:p> a line, made of its
// <w:t> runs, <w:tab/> as a tab; each table row a line with its cells separated by tabs — the form the
// parser reads as a flattened table (序号 | 任务 | 牵头单位 | 配合单位). Deleted text (<w:delText>),
// field codes (<w:instrText>), properties and the fallback copy of drawings (<mc:Fallback>) are not
// the document's text and are left out. Elements are known by their namespace, not their prefix: a
// file written with another prefix than w:, or with WordprocessingML as the default namespace, reads
// the same (xml.ts, a streaming walk that runs in workers and Node alike).
import { joinCellParagraphs } from './table-text.ts';
import { walkXml, type XmlElement } from './xml.ts';

/** WordprocessingML, transitional and strict. */
const WORD = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Word elements whose content is not text of the document: paragraph and run properties (where
 *  <w:tab/> is a tab stop, not a tab). */
const NOT_TEXT = new Set(['pPr', 'rPr', 'tblPr', 'sectPr']);

/** An element as the body reads it: a Word element by its local name, the fallback copy of drawings
 *  as `Fallback`, anything else as nothing. */
function nameOf(element: XmlElement): string {
  if (WORD.has(element.uri)) return element.local;
  if (element.uri === MARKUP_COMPATIBILITY && element.local === 'Fallback') return 'Fallback';
  return '';
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
    if (NOT_TEXT.has(name) || name === 'Fallback') this.skipping++;
    if (this.skipped) return;
    if (name === 'p') this.paragraphs.push('');
    else if (name === 'tbl') this.tables.push({ cell: [], row: [] });
    else if (name === 't') this.inText = true;
    else this.mark(name);
  }

  close(name: string): void {
    if (NOT_TEXT.has(name) || name === 'Fallback') this.skipping = Math.max(0, this.skipping - 1);
    if (this.skipped) return;
    const table = this.tables.at(-1);
    if (name === 't') this.inText = false;
    else if (name === 'p') this.endLine(this.paragraphs.pop() ?? '');
    else if (name === 'tc' && table) table.row.push(joinCellParagraphs(table.cell.splice(0)));
    else if (name === 'tr' && table) {
      const row = table.row.splice(0).join('\t');
      this.tables.pop();
      this.endLine(row); // a nested table's row is a paragraph of the enclosing cell
      this.tables.push(table);
    } else if (name === 'tbl') this.tables.pop();
  }

  /** The marks that stand for characters: a tab, a line break, a non-breaking hyphen. */
  private mark(name: string): void {
    const inCell = this.tables.length > 0;
    // In a cell a tab would read as a cell boundary, and a line break as the end of the row.
    if (name === 'tab') this.append(inCell ? ' ' : '\t');
    else if ((name === 'br' || name === 'cr') && inCell) this.breakCellParagraph();
    else if (name === 'br' || name === 'cr') this.append('\n');
    else if (name === 'noBreakHyphen') this.append('-');
  }

  text(text: string): void {
    if (this.inText && !this.skipped) this.append(text);
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
  walkXml(xml, {
    open: (element) => body.open(nameOf(element)),
    close: (element) => body.close(nameOf(element)),
    text: (text) => body.text(text),
  });
  return body.lines.join('\n') + '\n';
}
