// Import readers: the bytes of an opened or dropped file → what the parser takes. Pure; never throws.
//
//   readImportFile(name, bytes): { kind: 'text' | 'html', bytes } | { kind: 'docx', text } | { error }
//     .txt (and no extension) → bytes (the parser detects UTF-8 / GBK / UTF-16);
//     .html/.htm → bytes (the parser reduces HTML); .docx → the text of word/document.xml;
//     errors name the file and say why (not a zip, no document.xml, .doc, encrypted, empty, other type).
//   readDocx(name, bytes): { text } | { error }
//   documentXmlText(xml): string — each paragraph a line, <w:tab/> a tab, a table row a line of
//     tab-separated cells (paragraphs in a cell joined; short unpunctuated ones with 、)
export type { ImportKind, ImportRead } from './read-import-file.ts';
export { READABLE_EXTENSIONS, readImportFile } from './read-import-file.ts';
export { readDocx } from './docx.ts';
export { documentXmlText } from './word-xml.ts';
