// Import readers: the bytes of an opened or dropped file → what the parser takes. Pure; never throws.
//
//   readImportFile(name, bytes, { limits, onProgress, signal }) → Promise of
//     { kind: 'text' | 'html', bytes, reader } | { kind: format, text, reader } | { error }
//     The format comes from the bytes (sniff.ts): text and HTML stay bytes (the parser decodes and
//     reduces them); MHTML becomes its HTML page; .docx, Word 97–2003 .doc/.wps, RTF, PDF (pdf.js,
//     loaded on first use), OFD, and spreadsheets (.xlsx, .xls, .et, .csv) become text. Zips are checked
//     against the limits before anything is inflated; errors name the file and say why.
//   readDocx / readWord97 / rtfToText / mhtmlToHtml / readOfd / readSpreadsheet: the readers, each
//     (name, bytes, options) → { text, reader } | { error }; readPdf is async.
//   documentXmlText(xml): string — each paragraph a line, <w:tab/> a tab, a table row a line of
//     tab-separated cells (paragraphs in a cell joined; short unpunctuated ones with 、)
export type { ImportFormat, ImportRead } from './read-import-file.ts';
export { READABLE_EXTENSIONS, readImportFile } from './read-import-file.ts';
export { readDocx } from './docx.ts';
export { readOfd } from './ofd.ts';
export { readSpreadsheet } from './spreadsheet.ts';
export { readWord97 } from './word97.ts';
export { rtfToText } from './rtf.ts';
export { mhtmlToHtml } from './mhtml.ts';
export { sniff } from './sniff.ts';
export { DEFAULT_LIMITS, type ImportLimits, type ReadOptions, type ReadOutcome } from './reader.ts';
export { documentXmlText } from './word-xml.ts';
