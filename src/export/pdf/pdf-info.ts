// What a PDF says about itself in its properties: the title a reader's window shows, the issuing
// office as author, what it shows as subject, the app as creator and the language of its text — so a
// file found in a shared folder or read aloud by a screen reader says what it is.
import type { LabelLang } from '../diagram/diagram.ts';
import type { NoticeModel } from '../../notice/model.ts';

export interface PdfInfo {
  readonly title: string;
  /** The notice's issuer: the office whose division of work the file shows. */
  readonly author: string | null;
  readonly subject: string;
  readonly lang: LabelLang;
}

export const PDF_CREATOR = '分工图谱 Fengong Atlas';

/** BCP 47 tags for the document's /Lang. */
export const PDF_LANGUAGE: Record<LabelLang, string> = { zh: 'zh-CN', en: 'en' };

/** The properties of a PDF of `model`, titled `title`, showing `what` (a view's name). */
export function pdfInfo(model: NoticeModel, title: string, what: string, lang: LabelLang): PdfInfo {
  const notice = model.notice.title;
  const subject = notice ? (lang === 'zh' ? `${what}：${notice}` : `${what}: ${notice}`) : what;
  return { title, author: model.notice.issuer, subject, lang };
}
