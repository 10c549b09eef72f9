// A table cell written as several paragraphs, as Word and the pages it saves write them: a cell that
// lists agencies puts one per paragraph (`自治区商务厅` / `自治区财政厅`). Short paragraphs without
// closing punctuation are list entries and are joined with 、, so the parser reads them as a list;
// anything else is prose, joined directly as Chinese is written. One rule for every reader of tables
// (HTML here; .docx, Word 97 and RTF in src/import/table-text.ts).

const CLOSING_PUNCTUATION = /[。；;，,、：:！？!?）)】」”]/;

/** Linear in the cell's length: a cell of many paragraphs (a hostile file's) is not rescanned for each. */
export function joinCellParagraphs(paragraphs: readonly string[]): string {
  let joined = '';
  let entryStart = 0; // where the text after the last 、 starts: the entry being written
  for (const paragraph of paragraphs) {
    const part = paragraph.trim();
    if (part.length === 0) continue;
    // The entry's last character decides; an empty entry, after a 、, has none.
    const entry = joined.length - entryStart;
    const listEntry =
      joined.length > 0 && entry <= 20 && (entry === 0 || !CLOSING_PUNCTUATION.test(joined.at(-1) as string));
    if (listEntry) joined += '、';
    const comma = part.lastIndexOf('、');
    if (comma >= 0) entryStart = joined.length + comma + 1;
    else if (listEntry) entryStart = joined.length;
    joined += part;
  }
  return joined;
}

/** Placeholders written in an empty cell: a slash, a dash, 无. */
export function isEmptyCell(text: string): boolean {
  return /^[\s/／\\—–\-－无]*$/.test(text);
}
