// From an opened or dropped file to what the parser takes: bytes for text and HTML (the parser detects
// UTF-8/GBK/UTF-16 and reduces HTML itself, so those stay exactly as the user's file), text for a
// .docx (the text of its paragraphs). A file that cannot be read gets a reason naming it; never throws.
import { isZip, readDocx } from './docx.ts';

export type ImportKind = 'text' | 'html' | 'docx';

export type ImportRead =
  | { readonly kind: 'text' | 'html'; readonly bytes: Uint8Array }
  | { readonly kind: 'docx'; readonly text: string }
  | { readonly error: string };

export const READABLE_EXTENSIONS = ['.txt', '.html', '.htm', '.docx'] as const;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot > name.lastIndexOf('/') ? name.slice(dot).toLowerCase() : '';
}

function docx(name: string, bytes: Uint8Array): ImportRead {
  const read = readDocx(name, bytes);
  return 'error' in read ? read : { kind: 'docx', text: read.text };
}

export function readImportFile(name: string, bytes: Uint8Array): ImportRead {
  try {
    if (bytes.length === 0) return { error: `${name} is empty.` };
    const extension = extensionOf(name);
    switch (extension) {
      case '.docx':
        return docx(name, bytes);
      case '.doc':
      case '.wps':
        return { error: `${name} is an old-format Word/WPS file: save it as .docx and open it again.` };
      case '.html':
      case '.htm':
      case '.xhtml':
        return { kind: 'html', bytes };
      case '.txt':
      case '':
        // A .docx renamed or saved without its extension is still a .docx.
        return isZip(bytes) ? docx(name, bytes) : { kind: 'text', bytes };
      default:
        return {
          error: `${name}: Fengong Atlas reads ${READABLE_EXTENSIONS.join(', ')} files, not ${extension}.`,
        };
    }
  } catch (error) {
    // fflate and the decoder throw only on inputs the checks above let through; the batch goes on.
    return { error: `${name} could not be read: ${error instanceof Error ? error.message : String(error)}.` };
  }
}
