// Why a file was not imported, from the code its reader or the parser gave and its arguments (the file's
// name first): said in the interface's language, the file's name as the user wrote it.
import type { ReadAsFormat, UnreadableWhy } from '../../import/reader.ts';
import type { ImportFailure } from '../../worker/protocol.ts';
import type { ImportStopReason } from '../../view-model/import-stop.ts';

/** From the arguments; `finding` says a parser finding by its code; `english` is the core's own line. */
type Say = (args: readonly string[], finding: (code: string) => string, english: string) => string;

const FORMAT_ZH: Record<ReadAsFormat, string> = {
  docx: ' .docx 文件',
  doc: ' Word 97–2003 文件',
  wps: ' WPS 文件',
  sheet: '电子表格',
  csv: ' CSV 文件',
  pdf: ' PDF 文件',
  ofd: ' OFD 文件',
  rtf: ' RTF 文件',
  mhtml: ' MHTML 网页',
  zip: '压缩包',
};

const WHY_ZH: Record<UnreadableWhy, string> = {
  damaged: '文件已损坏或不完整',
  'not-its-format': '文件内容与其格式不符（可能已损坏，或被改了扩展名）',
  'no-document': '其中没有 Word 文档、电子表格或 OFD 文档',
  'no-text': '其中没有文字',
  'early-wps': '这是早期的 WPS 格式：请在 WPS 中另存为 .docx 再打开',
  'web-page-sheet': '这是存成电子表格的网页：请在 Excel 或 WPS 中另存为 .xlsx 再打开',
  limit: '超出了读取的上限（条目、单元格或解压后的大小）',
  'reader-failed': 'PDF 阅读组件未能加载，请刷新后重试',
};

const FORMAT_EN: Record<ReadAsFormat, string> = {
  docx: 'a .docx file',
  doc: 'a Word 97–2003 file',
  wps: 'a WPS file',
  sheet: 'a spreadsheet',
  csv: 'a CSV file',
  pdf: 'a PDF',
  ofd: 'an OFD',
  rtf: 'RTF',
  mhtml: 'an MHTML page',
  zip: 'a zip archive',
};

const WHY_EN: Record<UnreadableWhy, string> = {
  damaged: 'the file is damaged or incomplete',
  'not-its-format': 'its content is not of that format (damaged, or renamed)',
  'no-document': 'it holds no Word document, workbook or OFD',
  'no-text': 'it holds no text',
  'early-wps': 'it is in the early WPS format: save it as .docx in WPS and open that',
  'web-page-sheet': 'it is a web page saved as a spreadsheet: save it as .xlsx in Excel or WPS and open that',
  limit: 'it goes over a reading limit (entries, cells or inflated size)',
  'reader-failed': 'the PDF reader did not load; reload the page and try again',
};

/** A `failed` problem's 3rd argument when the browser would not hand over the file's bytes (before any
 *  reader ran); without it, a reader threw. */
export const OPENING = 'opening';

/** A code from this build's readers, or undefined for one it does not know. */
function known<K extends string>(table: Record<K, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key as K] : undefined;
}

const zhSay: Record<ImportFailure['code'], Say> = {
  cancelled: ([name = '']) => `${name}：导入已取消。`,
  empty: ([name = '']) => `${name} 是空文件。`,
  'too-large': ([name = '', size = '', limit = '']) => `${name} 未导入：大小 ${size}，超过 ${limit} 的上限。`,
  'not-read-type': ([name = '', extension = '']) => `${name}：分工图谱不读取 ${extension} 文件。`,
  password: ([name = '']) => `${name} 受密码保护（或是旧版格式）：请另存一份不带密码的副本再打开。`,
  scanned: ([name = '']) => `${name} 只有页面图像，没有文字：请先做文字识别（OCR）。`,
  'too-many-pages': ([name = '', pages = '', limit = '']) =>
    `${name} 有 ${pages} 页，超过 ${limit} 页的上限。`,
  unreadable: ([name = '', format = '', why = '']) => {
    const as = known(FORMAT_ZH, format);
    const reason = known(WHY_ZH, why) ?? '文件可能已损坏，或与其扩展名不符';
    return as ? `${name} 无法作为${as}读取：${reason}。` : `${name} 无法读取：${reason}。`;
  },
  // The thrown error's own text (the 2nd argument) goes under "Technical detail", never in the sentence.
  failed: ([name = '', , stage = '']) =>
    stage === OPENING
      ? `${name} 无法打开：浏览器未能读取这个文件（它可能已被移动、删除，或没有读取权限）。`
      : `${name} 无法读取：读取时出现了意外的错误。`,
  notice: ([name = '', code = ''], finding) => `${name}：${finding(code)}`,
};

const enSay: Record<ImportFailure['code'], Say> = {
  cancelled: ([name = '']) => `${name}: the import was cancelled.`,
  empty: ([name = '']) => `${name} is empty.`,
  'too-large': ([name = '', size = '', limit = '']) =>
    `${name} is refused: it is ${size}, more than the limit of ${limit}.`,
  'not-read-type': ([name = '', extension = '']) =>
    `${name}: Fengong Atlas does not read ${extension} files.`,
  password: ([name = '']) =>
    `${name} is protected by a password (or in an old format): save a copy without the password and open that.`,
  scanned: ([name = '']) => `${name} holds page images, not text: run OCR on it first.`,
  'too-many-pages': ([name = '', pages = '', limit = '']) =>
    `${name} has ${pages} pages, more than the limit of ${limit}.`,
  unreadable: ([name = '', format = '', why = ''], _finding, english) => {
    const as = known(FORMAT_EN, format);
    const reason = known(WHY_EN, why);
    // A refusal from a reader that gave no reason: its own English line says it.
    if (!reason) return english;
    return as ? `${name} cannot be read as ${as}: ${reason}.` : `${name} cannot be read: ${reason}.`;
  },
  failed: ([name = '', , stage = '']) =>
    stage === OPENING
      ? `${name} could not be opened: the browser could not read the file (moved, deleted, or not permitted).`
      : `${name} could not be read: something unexpected went wrong while reading it.`,
  notice: ([name = '', code = ''], finding) => `${name}: ${finding(code)}`,
};

// What stopped a whole import, and what the user can do; the notices stored before it stay.
const STOPPED_ZH: Record<ImportStopReason, string> = {
  memory: '导入中断：浏览器内存不足。此前已保存的通知仍在；请关闭其他标签页，或分几次导入较少、较小的文件。',
  worker: '导入中断：后台解析程序未能启动。此前已保存的通知仍在；请刷新页面后重新导入其余文件。',
  interrupted: '导入中断：页面关闭或刷新时停止了解析。此前已保存的通知仍在；请重新导入其余文件。',
  parser:
    '导入中断：解析程序出错停止了。此前已保存的通知仍在；请重新导入其余文件，若仍出错，请附上下面的技术细节报告问题。',
};

const STOPPED_EN: Record<ImportStopReason, string> = {
  memory:
    'The import stopped: the browser ran out of memory. The notices stored before stay; close other tabs, or import fewer or smaller files at a time.',
  worker:
    'The import stopped: the parser could not start in the background. The notices stored before stay; reload the page and import the rest again.',
  interrupted:
    'The import stopped: the parser was shut down as the page closed or reloaded. The notices stored before stay; import the rest again.',
  parser:
    'The import stopped: the parser failed. The notices stored before stay; import the rest again, and if it fails again, report it with the technical detail below.',
};

const zh = {
  say: zhSay,
  stopped: (reason: ImportStopReason) => STOPPED_ZH[reason],
};

const en: typeof zh = {
  say: enSay,
  stopped: (reason) => STOPPED_EN[reason],
};

export const importProblemsMessages = { zh, en };
