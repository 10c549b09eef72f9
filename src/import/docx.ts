// The text of a .docx: a zip whose word/document.xml holds the body. Only that entry is inflated.
import { strFromU8, unzipSync } from 'fflate';
import { documentXmlText } from './word-xml.ts';

const DOCUMENT = 'word/document.xml';

/** Old Word (.doc) and password-protected .docx files are OLE compound files, not zips. */
function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function readDocx(name: string, bytes: Uint8Array): { text: string } | { error: string } {
  if (isCompoundFile(bytes))
    return {
      error: `${name} is a password-protected or old-format Word file: save it as .docx without a password and open it again.`,
    };
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (file) => file.name === DOCUMENT });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { error: `${name} cannot be read as a .docx: it is not a valid zip archive (${detail}).` };
  }
  const document = entries[DOCUMENT];
  if (!document)
    return {
      error: `${name} cannot be read as a .docx: it has no ${DOCUMENT}, so it is not a Word document.`,
    };
  let xml: string;
  try {
    xml = strFromU8(document);
  } catch {
    return { error: `${name} cannot be read as a .docx: its ${DOCUMENT} is not UTF-8 text.` };
  }
  if (!/<w:body[\s>]/.test(xml))
    return { error: `${name} cannot be read as a .docx: its ${DOCUMENT} has no document body.` };
  return { text: documentXmlText(xml) };
}
