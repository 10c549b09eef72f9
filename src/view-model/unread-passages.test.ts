import { describe, expect, it } from 'vitest';
import { applyCorrection } from '../corrections/apply.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { readingCounts, readingSummary, unreadPassages } from './unread-passages.ts';

const TEXT = [
  '青岭市人民政府关于印发重点工作分工方案的通知',
  '一、扩大开放',
  '（一）推进口岸建设。加快通关便利化（市商务局牵头研究）并推进落实。',
  '（二）完善物流体系。建设物流园区。（市交通运输局牵头，青岭市配合）',
].join('\n');

describe('unreadPassages', () => {
  const model = parseNotice(TEXT);
  const passages = unreadPassages(model);

  it('lists a marker not read and a name to check, each with its passage and place', () => {
    expect(passages.map((p) => [p.kind, p.line, p.text, p.item])).toEqual([
      ['marker', 3, '（市商务局牵头研究）', null],
      ['suspect', 4, '青岭市', 'item-1'],
    ]);
    expect(passages[0]?.suggested).toEqual(['市商务局']);
  });

  it('says it in a line: items read, passages not read, names to check', () => {
    expect(readingSummary(readingCounts(model, passages))).toBe(
      '1 item read · 1 passage not read · 1 name to check',
    );
    expect(readingSummary({ items: 77, notRead: 0, toCheck: 0 })).toBe('77 items read');
  });

  it('drops a passage once an item stands on it', () => {
    const marker = passages[0] as (typeof passages)[number];
    const out = applyCorrection(model, {
      type: 'addItem',
      marker: { start: marker.start, end: marker.end, text: marker.text },
      leads: ['市商务局'],
      cooperators: [],
      responsible: [],
    });
    if (!out.ok) throw new Error(out.reason);
    expect(unreadPassages(out.model).map((p) => p.kind)).toEqual(['suspect']);
  });
});
