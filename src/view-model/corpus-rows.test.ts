import { describe, expect, it } from 'vitest';
import { parseNotice } from '../projects/parse-notice.ts';
import { asNoticeId } from '../workspace/notice-id.ts';
import { corpusRow, sortCorpusRows } from './corpus-rows.ts';

const notice = (issuer: string, date: string | null, ...items: string[]) =>
  [
    `${issuer}关于印发重点工作分工方案的通知`,
    ...(date ? [`发布日期：${date}`] : []),
    '一、推进改革',
    ...items,
    '',
  ].join('\n');

const one = corpusRow(
  asNoticeId('n1'),
  'one',
  parseNotice(
    notice(
      '青岭市人民政府',
      '2021-05-06',
      '（一）创新管理。优化服务。（市财政局牵头，市商务局配合）',
      '（二）拓展业务。鼓励创新。（市财政局负责）',
      '（三）稳定外贸。提高水平。（市商务局牵头，各区配合）',
    ),
  ),
);
const two = corpusRow(
  asNoticeId('n2'),
  'two',
  parseNotice(notice('白河市人民政府', null, '（一）提高水平。稳定外贸。（市教育局牵头，市财政局配合）')),
);

describe('corpus rows', () => {
  it("counts a notice's items and agencies and names its heaviest agency with its share", () => {
    expect(one).toMatchObject({ issuer: '青岭市人民政府', published: '2021-05-06', items: 3, agencies: 2 });
    // 市财政局 leads one item and is responsible for another; 市商务局 leads one and joins one; the
    // collective 各区 is no agency and takes no share.
    expect(one.heaviest?.name).toBe('市财政局');
    expect(one.heaviest?.share).toBeGreaterThan(0.5);
    expect(one.heaviest?.share).toBeLessThan(1);
    expect(two.heaviest).toEqual({ name: '市教育局', share: 0.75 });
  });

  it('sorts by any column, rows without a value last', () => {
    const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);
    expect(ids(sortCorpusRows([two, one], { column: 'items', descending: true }))).toEqual(['n1', 'n2']);
    expect(ids(sortCorpusRows([one, two], { column: 'items', descending: false }))).toEqual(['n2', 'n1']);
    expect(ids(sortCorpusRows([two, one], { column: 'date', descending: false }))).toEqual(['n1', 'n2']);
    expect(ids(sortCorpusRows([two, one], { column: 'date', descending: true }))).toEqual(['n1', 'n2']);
    expect(ids(sortCorpusRows([one, two], { column: 'share', descending: true }))).toEqual(['n2', 'n1']);
  });
});
