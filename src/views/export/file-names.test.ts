// File names for exports: what a user sees in their downloads folder.
import { describe, expect, it } from 'vitest';
import { exportFileName, noticeShortTitle, scopeShortTitle } from './file-names.ts';

const MANZHOULI =
  '内蒙古自治区人民政府办公厅关于印发《内蒙古满洲里重点开发开放试验区建设总体规划》重点工作分工方案的通知';
const notice = (title: string, published: string | null = '2014-02-26') => ({
  title,
  issuer: null,
  published,
  encoding: 'utf-8',
  reader: 'text',
  standing: [],
});

describe('noticeShortTitle', () => {
  it('takes the document named in 《》', () => {
    expect(noticeShortTitle(MANZHOULI)).toBe('内蒙古满洲里重点开发开放试验区建设总体规划');
  });

  it('drops the issuer and 的通知 when no document is named, and cuts long titles', () => {
    expect(noticeShortTitle('某某市人民政府关于印发重点工作分工的通知')).toBe('重点工作分工');
    expect(noticeShortTitle('一'.repeat(40))).toHaveLength(24);
  });

  it('keeps no character a file system refuses, and never returns nothing', () => {
    expect(noticeShortTitle('《a/b:c*d?"e<f>g|h》')).toBe('a b c d e f g h');
    expect(noticeShortTitle('《》的通知')).not.toBe('');
    expect(noticeShortTitle('')).toBe('notice');
  });
});

describe('exportFileName', () => {
  const today = new Date(2025, 0, 5);

  it('joins the short title, what the file holds and the notice date', () => {
    expect(exportFileName(notice(MANZHOULI), 'network', 'png', today)).toBe(
      '内蒙古满洲里重点开发开放试验区建设总体规划-network-2014-02-26.png',
    );
  });

  it('dates by today when the notice has no date', () => {
    expect(exportFileName(notice('《规划》', null), 'briefing', 'pdf', today)).toBe(
      '规划-briefing-2025-01-05.pdf',
    );
  });

  it('names a merged scope by its first notice and the count', () => {
    expect(scopeShortTitle(notice(`${MANZHOULI}；《另一份规划》`))).toBe(
      '内蒙古满洲里重点开发开放试验区建设总体规划等2份',
    );
  });

  it('turns spaces and separators in what the file holds into dashes', () => {
    expect(exportFileName(notice('《规划》'), 'agency x task/matrix', 'csv', today)).toBe(
      '规划-agency-x-task-matrix-2014-02-26.csv',
    );
  });

  it('says the language of a diagram or briefing last, so Chinese and English files differ', () => {
    const zh = exportFileName(notice(MANZHOULI), 'briefing', 'pdf', today, 'zh');
    const en = exportFileName(notice(MANZHOULI), 'briefing', 'pdf', today, 'en');
    expect(zh).toBe('内蒙古满洲里重点开发开放试验区建设总体规划-briefing-2014-02-26-zh.pdf');
    expect(en).toBe('内蒙古满洲里重点开发开放试验区建设总体规划-briefing-2014-02-26-en.pdf');
    expect(exportFileName(notice('《规划》'), 'matrix', 'png', today, 'en')).toMatch(/-en\.png$/);
    expect(exportFileName(notice('《规划》'), 'slides', 'pptx', today, 'zh')).toMatch(/-zh\.pptx$/);
  });
});
