// Building .docx files in tests: a minimal package (content types, the document part) around a body.
import { strToU8, zipSync } from 'fflate';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';

export function documentXml(body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
    `<w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
  );
}

/** A paragraph of plain runs. */
export const p = (...runs: string[]) =>
  `<w:p>${runs.map((r) => `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`).join('')}</w:p>`;

/** A table row of cells, each cell one or more paragraphs. */
export const row = (...cells: (string | string[])[]) =>
  `<w:tr>${cells
    .map(
      (c) =>
        `<w:tc><w:tcPr><w:tcW w:w="2000"/></w:tcPr>${[c]
          .flat()
          .map((t) => p(t))
          .join('')}</w:tc>`,
    )
    .join('')}</w:tr>`;

export const table = (...rows: string[]) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0"/></w:tblPr>${rows.join('')}</w:tbl>`;

export function docxBytes(body: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    'word/document.xml': strToU8(documentXml(body)),
    ...extra,
  });
}
