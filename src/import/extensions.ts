// The file types the import dialog offers: a module of its own, so the page's bundle holds this list
// and not the readers behind it (they run in the parse worker).
/** The formats a file is read as. */
export type ImportFormat = 'text' | 'html' | 'mhtml' | 'docx' | 'doc' | 'rtf' | 'pdf' | 'ofd' | 'sheet';

export const READABLE_EXTENSIONS = [
  '.txt',
  '.html',
  '.htm',
  '.mht',
  '.mhtml',
  '.docx',
  '.doc',
  '.wps',
  '.rtf',
  '.pdf',
  '.ofd',
  '.xlsx',
  '.xls',
  '.et',
  '.csv',
] as const;
