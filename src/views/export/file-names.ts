// Names for exported files: the notice's short title, what the file holds, and the notice's date —
// `内蒙古满洲里重点开发开放试验区建设总体规划-network-2014-02-26.png` — so a folder of briefing
// material sorts by notice and says what each file is without opening it. Pure.
import type { NoticeInfo } from '../../notice/model.ts';

/** Longest short title kept whole; longer ones are cut (a file name, not a citation). */
const MAX_TITLE = 24;

/** Characters Windows, macOS or a shell refuse or misread in a file name (control characters too). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]+/g;

/** The document a notice issues is named in 《…》: that name is what readers call the notice. The
 *  outer 《》 of a nested title is the document; its inner 〈〉 are dropped. */
export function noticeShortTitle(title: string): string {
  const named = /《([^》]+)》/.exec(title)?.[1];
  const base = (named ?? title.replace(/^.*关于(印发)?/, '').replace(/的通知$/, '')).replace(/[〈〉]/g, '');
  const clean = base.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > MAX_TITLE ? clean.slice(0, MAX_TITLE) : clean || 'notice';
}

/** A merged scope joins its notices' titles with `；`: the first names the file, the count the rest. */
export function scopeShortTitle(notice: NoticeInfo): string {
  const titles = notice.title.split('；').filter((t) => t.trim() !== '');
  const first = noticeShortTitle(titles[0] ?? notice.title);
  return titles.length > 1 ? `${first}等${titles.length}份` : first;
}

/** `YYYY-MM-DD` of a date, in the user's own calendar day. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The whole name: `<short title>-<what>-<date>.<extension>`, dated by the notice (or today, when the
 *  notice states no date); a diagram or briefing in one language says which, last before the
 *  extension (`…-2014-02-26-en.pdf`), so the Chinese and English files of one export sit side by side. */
export function exportFileName(
  notice: NoticeInfo,
  what: string,
  extension: string,
  today: Date,
  lang?: 'zh' | 'en',
): string {
  const date = notice.published ?? isoDay(today);
  const label = what.replace(UNSAFE, '-').replace(/\s+/g, '-');
  return `${scopeShortTitle(notice)}-${label}-${date}${lang ? `-${lang}` : ''}.${extension}`;
}
