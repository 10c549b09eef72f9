// The lines of documents with tables, shared by the .docx, Word 97 and RTF readers: a cell's
// paragraphs joined by the one rule every table reader applies (src/notice/cell-text.ts), in linear
// time, as a hostile .doc or .rtf can put any number of paragraphs in one cell.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentXml, row, table } from './docx.fixture.ts';
import { joinCellParagraphs, TableText } from './table-text.ts';
import { documentXmlText } from './word-xml.ts';

const paragraph = fc
  .array(fc.constantFrom('自治区', '商务厅', '、', '。', '，', 'ab', ' ', '（', '）', '海关配合'), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

/** The rule as said (src/notice/cell-text.ts): after each paragraph, look at the entry written since
 *  the last 、 — short and unpunctuated, it was a list entry. Quadratic, so only for checking. */
function byDefinition(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .reduce((joined, part) => {
      if (joined.length === 0) return part;
      const previous = joined.slice(joined.lastIndexOf('、') + 1);
      const listEntry = previous.length <= 20 && !/[。；;，,、：:！？!?）)】」”]$/.test(previous);
      return joined + (listEntry ? '、' : '') + part;
    }, '');
}

describe('joinCellParagraphs', () => {
  it('joins short unpunctuated paragraphs with 、 and prose directly, as the rule says', () => {
    expect(joinCellParagraphs(['自治区商务厅', ' 满洲里海关 ', '', '扩大进口。', '稳定出口。'])).toBe(
      '自治区商务厅、满洲里海关、扩大进口。稳定出口。',
    );
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 8 }), (paragraphs) => {
        expect(joinCellParagraphs(paragraphs)).toBe(byDefinition(paragraphs));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a cell of many paragraphs in one pass (the definition would take a minute)', () => {
    const prose = Array.from({ length: 100_000 }, () => '推进口岸建设。');
    expect(joinCellParagraphs(prose)).toHaveLength(700_000);
  });
});

describe('TableText', () => {
  it('joins the paragraphs of a cell as the .docx reader does', () => {
    const cells = fc.array(fc.array(paragraph, { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(cells, (cells) => {
        const out = new TableText();
        for (const paragraphs of cells) {
          paragraphs.forEach((text, i) => {
            out.text(text);
            if (i < paragraphs.length - 1) out.endParagraph(true);
          });
          out.endCell();
        }
        out.endRow();
        expect(out.result()).toBe(documentXmlText(documentXml(table(row(...cells)))));
      }),
      { numRuns: 300 },
    );
  });
});
