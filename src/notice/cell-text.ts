// A table cell written as several paragraphs, as Word and the pages it saves write them: a cell that
// lists agencies puts one per paragraph (`自治区商务厅` / `自治区财政厅`). Short paragraphs without
// closing punctuation are list entries and are joined with 、, so the parser reads them as a list;
// anything else is prose, joined directly as Chinese is written. One rule for every reader of tables.

export function joinCellParagraphs(paragraphs: readonly string[]): string {
  const parts = paragraphs.map((p) => p.trim()).filter((p) => p.length > 0);
  return parts.reduce((joined, part) => {
    if (joined.length === 0) return part;
    const previous = joined.slice(joined.lastIndexOf('、') + 1);
    const listEntry = previous.length <= 20 && !/[。；;，,、：:！？!?）)】」”]$/.test(previous);
    return joined + (listEntry ? '、' : '') + part;
  }, '');
}

/** Placeholders written in an empty cell: a slash, a dash, 无. */
export function isEmptyCell(text: string): boolean {
  return /^[\s/／\\—–\-－无]*$/.test(text);
}
