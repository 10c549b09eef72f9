// The text of a .docx: a zip whose word/document.xml holds the body. Only that entry is inflated, and
// the zip is checked against the limits before it is (zip.ts): a zip bomb is refused, not inflated.
import { isCompoundFile } from './compound-file.ts';
import { limitsOf, unreadable, type ReadOptions, type ReadOutcome, type UnreadableWhy } from './reader.ts';
import { documentXmlText } from './word-xml.ts';
import { partText, ZipArchive, ZipError } from './zip.ts';

const DOCUMENT = 'word/document.xml';

export { isZip } from './zip.ts';

export function readDocx(name: string, bytes: Uint8Array, options?: ReadOptions): ReadOutcome {
  const cannot = (why: string, code: UnreadableWhy = 'damaged') =>
    unreadable(`${name} cannot be read as a .docx: ${why}.`, name, 'docx', code);
  // Password-protected .docx files are OLE compound files holding the encrypted zip.
  if (isCompoundFile(bytes))
    return {
      error: `${name} is a password-protected or old-format Word file: save it as .docx without a password and open it again.`,
      problem: { code: 'password', args: [name] },
    };
  let xml: string;
  try {
    const zip = new ZipArchive(bytes, limitsOf(options));
    const document = zip.find(DOCUMENT);
    if (!document) return cannot(`it has no ${DOCUMENT}, so it is not a Word document`, 'no-document');
    xml = partText(zip.read(document));
  } catch (error) {
    if (error instanceof ZipError) return cannot(error.message, error.refused ? 'limit' : 'damaged');
    return cannot(
      `it is not a valid zip archive (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!/<(?:[\w.-]+:)?body[\s>]/.test(xml)) return cannot(`its ${DOCUMENT} has no document body`);
  return { text: documentXmlText(xml), reader: 'docx: word/document.xml' };
}
