// Lines of a document with tables, as the parser reads them: each paragraph a line, each table row a
// line of tab-separated cells (序号 | 任务 | 牵头单位 | 配合单位), a cell's paragraphs joined into one.
// Shared by the readers of Word's formats: .docx (word-xml.ts), Word 97 (word97.ts) and RTF.

import { joinCellParagraphs } from '../notice/cell-text.ts';

export { joinCellParagraphs };

/** The text of a document whose paragraphs end with a mark that says (or is told) whether it is in a
 *  table: each paragraph a line; each row a line of tab-separated cells. Paragraph text may hold '\t'
 *  (a tab) and '\n' (a line break); in a cell these become a space and a new cell paragraph, as a tab
 *  or a line break there would read as a cell or row boundary. */
export class TableText {
  private readonly lines: string[] = [];
  private paragraph = '';
  private cell: string[] = [];
  private row: string[] = [];

  text(text: string): void {
    this.paragraph += text;
  }

  get paragraphEmpty(): boolean {
    return this.paragraph.length === 0;
  }

  /** A row has begun and not ended. */
  get rowOpen(): boolean {
    return this.row.length > 0 || this.cell.length > 0;
  }

  endParagraph(inTable: boolean): void {
    if (inTable) {
      for (const part of this.paragraph.replace(/\t/g, ' ').split('\n')) this.cell.push(part);
    } else {
      this.flushRow();
      this.lines.push(this.paragraph);
    }
    this.paragraph = '';
  }

  endCell(): void {
    this.endParagraph(true);
    this.row.push(joinCellParagraphs(this.cell));
    this.cell = [];
  }

  endRow(): void {
    if (this.cell.length > 0 || this.paragraph.length > 0) this.endCell();
    this.lines.push(this.row.join('\t'));
    this.row = [];
  }

  /** The lines, each ended by a newline. */
  result(): string {
    this.flushRow();
    if (this.paragraph.length > 0) this.endParagraph(false);
    return this.lines.length === 0 ? '' : this.lines.join('\n') + '\n';
  }

  private flushRow(): void {
    if (this.rowOpen) this.endRow();
  }
}
