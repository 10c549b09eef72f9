// The workspace's words: its top-bar buttons, the import dialog and what an import did, the empty view.
const zh = {
  readingNotices: (done: number, total: number) => `正在读取通知 ${done} / ${total}…`,
  inMemory: '仅在内存中',
  notices: '通知',
  inspect: '检查与更正',
  importOpen: '导入…',
  importTitle: '导入通知',
  progress: '导入进度',
  readingFiles: (at: number, total: number) => `正在读取第 ${at} 个文件，共 ${total} 个…`,
  page: (name: string, done: number, total: number) => `${name}：第 ${done} 页，共 ${total} 页`,
  cancel: '取消',
  cancelled: (n: number) => `导入已取消：${n} 个文件未读取。此前读取的内容已保留。`,
  importedInView: '导入的通知已显示。',
  showImported: (n: number) => `显示导入的 ${n} 份通知`,
  importMore: '继续导入',
  done: '完成',
  dropHere: '将通知文件拖放到这里',
  formats:
    '支持 PDF、Word（.docx、.doc）、WPS、OFD、RTF、网页（.html、.mht）、表格（.xlsx、.xls、.et、.csv）以及 UTF-8 或 GBK 编码的文本，可一次导入多个。扫描版 PDF 需先做文字识别。',
  chooseFiles: '选择文件…',
  pasteLabel: '或粘贴通知正文',
  pasteGo: '导入文本',
  formatNames: {
    html: '网页',
    mhtml: '网页存档',
    docx: 'Word',
    doc: 'Word 97–2003',
    rtf: 'RTF',
    pdf: 'PDF',
    ofd: 'OFD',
    sheet: '表格',
    paste: '粘贴',
  },
  counts: (items: number, agencies: number, format: string) =>
    `${items} 个事项 · ${agencies} 个机构 · ${format}`,
  tally: (imported: number, warned: number, failed: number, held: number) =>
    [
      `已导入 ${imported} 份`,
      warned > 0 ? `${warned} 份有警告` : '',
      failed > 0 ? `${failed} 份未导入` : '',
      held > 0 ? `${held} 份暂缓` : '',
    ]
      .filter(Boolean)
      .join('，'),
  heldBack: '暂缓',
  notANotice: '未找到部分、任务或分工标记：这不像一份任务分工通知。',
  notStored: '未保存。',
  storeAnyway: '仍然保存',
  notImported: '未导入',
  withWarnings: '已导入，有警告',
  imported: '已导入',
  more: (n: number) => `另有 ${n} 份顺利导入`,
  emptyNone: '当前没有显示通知：请在通知列表中勾选一份，或打开满洲里的通知。',
  emptyWorkspace: '工作区中没有通知：请导入你自己的通知，或打开满洲里的通知看看。',
  showSeed: '显示满洲里的通知',
  addSeed: '添加满洲里的通知',
  chooseNotices: '选择通知',
  importNotices: '导入通知',
};

export type ImportMessages = typeof zh;

const en: ImportMessages = {
  readingNotices: (done, total) => `Reading notices ${done} / ${total}…`,
  inMemory: 'in memory',
  notices: 'Notices',
  inspect: 'Inspect & correct',
  importOpen: 'Import…',
  importTitle: 'Import notices',
  progress: 'Import progress',
  readingFiles: (at, total) => `Reading ${at} of ${total} ${total === 1 ? 'file' : 'files'}…`,
  page: (name, done, total) => `${name}: page ${done} of ${total}`,
  cancel: 'Cancel',
  cancelled: (n) =>
    `Import cancelled: ${n} ${n === 1 ? 'file was' : 'files were'} not read. What was read before is kept.`,
  importedInView: 'The imported notices are now in view.',
  showImported: (n) => `Show the ${n} imported notices`,
  importMore: 'Import more',
  done: 'Done',
  dropHere: 'Drop notice files here',
  formats:
    'PDF, Word (.docx, .doc), WPS, OFD, RTF, web pages (.html, .mht), spreadsheets (.xlsx, .xls, .et, .csv) and text in UTF-8 or GBK — several at once. Scanned PDFs need OCR first.',
  chooseFiles: 'Choose files…',
  pasteLabel: 'Or paste the text of a notice',
  pasteGo: 'Import the text',
  formatNames: {
    html: 'web page',
    mhtml: 'web archive',
    docx: 'Word',
    doc: 'Word 97–2003',
    rtf: 'RTF',
    pdf: 'PDF',
    ofd: 'OFD',
    sheet: 'spreadsheet',
    paste: 'pasted',
  },
  counts: (items, agencies, format) => `${items} items · ${agencies} agencies · ${format}`,
  tally: (imported, warned, failed, held) =>
    `${imported} imported${warned > 0 ? `, ${warned} with warnings` : ''}${failed > 0 ? `, ${failed} not imported` : ''}${held > 0 ? `, ${held} held back` : ''}`,
  heldBack: 'held back',
  notANotice:
    'No sections, tasks or responsibility markers found: this does not read as a task-division notice.',
  notStored: 'It was not stored.',
  storeAnyway: 'Store it anyway',
  notImported: 'not imported',
  withWarnings: 'imported with warnings',
  imported: 'imported',
  more: (n) => `and ${n} more imported cleanly`,
  emptyNone: 'No notice is in view: tick one in the notices list, or open the Manzhouli notice.',
  emptyWorkspace:
    'The workspace has no notices: import your own, or open the Manzhouli notice to look around.',
  showSeed: 'Show the Manzhouli notice',
  addSeed: 'Add the Manzhouli notice',
  chooseNotices: 'Choose notices',
  importNotices: 'Import notices',
};

export const importMessages = { zh, en };
