import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../notice/model.ts';
import { FIXTURE_MODEL } from '../../../tests/unit/fixtures/notice-model.ts';
import { toAssignmentsCsv } from './assignments-csv.ts';

describe('toAssignmentsCsv', () => {
  const csv = toAssignmentsCsv(FIXTURE_MODEL);

  it('writes one row per item, agency and role, headings as in the notice', () => {
    const i1 = FIXTURE_MODEL.items[0]!;
    const i2 = FIXTURE_MODEL.items[1]!;
    const i3 = FIXTURE_MODEL.items[2]!;
    const i4 = FIXTURE_MODEL.items[3]!;
    const i5 = FIXTURE_MODEL.items[4]!;
    const at = (a: typeof i1) => `${a.start},${a.end}`;
    expect(csv).toBe(
      [
        '\uFEFFsection,task,item_id,item_title,role,agency,agency_generic,deadline,note,start,end',
        `一、推进改革,（一）创新口岸管理,i1,,lead,自治区商务厅,false,2025年底前,,${at(i1)}`,
        `一、推进改革,（一）创新口岸管理,i1,,cooperate,"""A&B<测试>""公司",false,2025年底前,,${at(i1)}`,
        `一、推进改革,（一）创新口岸管理,i1,,cooperate,各盟市,true,2025年底前,,${at(i1)}`,
        `一、推进改革,（一）创新口岸管理,i2,拓展金融业务,responsible,自治区财政厅,false,,"按照各自职责, ""分别""负责\n下同",${at(i2)}`,
        `一、推进改革,（一）创新口岸管理,i2,拓展金融业务,responsible,自治区商务厅,false,,"按照各自职责, ""分别""负责\n下同",${at(i2)}`,
        `二、扩大开放,（二）提高外贸水平,i3,,lead,'=SUM(1)办,false,,,${at(i3)}`,
        `二、扩大开放,（二）提高外贸水平,i3,,cooperate,自治区财政厅,false,,,${at(i3)}`,
        `二、扩大开放,（二）提高外贸水平,i4,优化外贸政策,lead,'=SUM(1)办,false,,,${at(i4)}`,
        `二、扩大开放,（二）提高外贸水平,i4,优化外贸政策,cooperate,自治区财政厅,false,,,${at(i4)}`,
        `二、扩大开放,,i5,孤立条目,responsible,自治区商务厅,false,,,${at(i5)}`,
        '',
      ].join('\r\n'),
    );
  });

  it('keeps an item whose marker names no agency as one row without role', () => {
    const bare = { ...FIXTURE_MODEL.items[4]!, id: 'i9' as ItemId, responsible: [] };
    const lines = toAssignmentsCsv({ ...FIXTURE_MODEL, items: [bare] }).split('\r\n');
    expect(lines[1]).toBe(`二、扩大开放,,i9,孤立条目,,,,,,${bare.start},${bare.end}`);
  });
});
