// The other forms of the genre, each in a small notice written for the test.
import { describe, expect, it } from 'vitest';
import type { NoticeModel } from './model.ts';
import { parseNoticeStructure as parseNotice } from './parse.ts';

function roles(model: NoticeModel) {
  const name = new Map(model.agencies.map((a) => [a.id, a.name]));
  return model.items.map((a) => ({
    leads: a.leads.map((id) => name.get(id)),
    cooperators: a.cooperators.map((id) => name.get(id)),
    responsible: a.responsible.map((id) => name.get(id)),
  }));
}

const codes = (model: NoticeModel) => model.diagnostics.map((d) => d.code);

describe('parseNotice on the forms of the genre', () => {
  it('keeps no control or bidirectional character in a name, so a name cannot reverse the text after it', () => {
    const model = parseNotice(
      '一、总体要求\n（一）推进口岸建设。（省\u202e商务厅牵头，省财政厅\u200b配合）\n',
    );
    expect(roles(model)).toEqual([{ leads: ['省商务厅'], cooperators: ['省财政厅'], responsible: [] }]);
    expect(model.agencies.map((a) => a.id)).toEqual(['ag:省商务厅', 'ag:省财政厅']);
  });

  it.each([
    ['（）', '（省商务厅牵头，省财政厅配合）'],
    ['()', '(省商务厅牵头,省财政厅配合)'],
    ['〔〕', '〔省商务厅牵头，省财政厅配合〕'],
    ['[]', '[省商务厅牵头，省财政厅配合]'],
    ['【】', '【省商务厅牵头，省财政厅配合】'],
  ])('reads a marker in %s brackets', (_kind, marker) => {
    const model = parseNotice(`一、总体要求\n（一）推进口岸建设。加快推进口岸通关。${marker}\n`);
    expect(roles(model)).toEqual([{ leads: ['省商务厅'], cooperators: ['省财政厅'], responsible: [] }]);
    expect(model.text.slice(model.items[0]?.marker.start, model.items[0]?.marker.end)).toBe(marker);
  });

  it('reads labels on lines of their own, governing the paragraph above them', () => {
    const model = parseNotice(
      '一、主要目标\n\n1.地区生产总值增长6%。\n\n牵头单位:区发改局\n\n责任单位:各街道,区市场局\n\n2.一般公共预算收入增长8%。\n牵头单位：区财政局\n',
    );
    expect(model.tasks.map((t) => t.title)).toEqual(['地区生产总值增长6%', '一般公共预算收入增长8%']);
    expect(roles(model)).toEqual([
      { leads: ['区发改局'], cooperators: ['各街道', '区市场局'], responsible: [] },
      { leads: ['区财政局'], cooperators: [], responsible: [] },
    ]);
    const first = model.items[0];
    expect(model.text.slice(first?.start, first?.end)).toMatch(/^1\.地区生产总值[\s\S]*区市场局$/);
    expect(model.agencies.find((a) => a.name === '各街道')?.generic).toBe(true);
  });

  it("lets a label line after several unmarked tasks close them all, as the section's item", () => {
    const model = parseNotice(
      '一、激发消费潜力\n（一）支持重点企业发展。奖励限上企业。\n（二）促进大宗商品消费。开展促销。\n牵头单位:市商务局,责任单位:各县区人民政府\n二、推动文旅发展\n（三）打造冰雪品牌。举办冰雪节。\n牵头单位:市文旅局\n',
    );
    expect(roles(model)).toEqual([
      { leads: ['市商务局'], cooperators: ['各县区人民政府'], responsible: [] },
      { leads: ['市文旅局'], cooperators: [], responsible: [] },
    ]);
    const [first, second] = model.items;
    // The first marker governs both tasks: its item is the section's and its text holds both.
    expect(model.text.slice(first?.start, first?.end)).toMatch(
      /^（一）支持重点企业发展[\s\S]*各县区人民政府$/,
    );
    expect(model.tasks.find((t) => t.id === first?.taskId)?.title).toBe('激发消费潜力');
    expect(model.tasks.find((t) => t.id === second?.taskId)?.title).toBe('打造冰雪品牌');
    expect(codes(model)).not.toContain('ITEM_WITHOUT_MARKER');
  });

  it('reads items numbered 1. and （1） inside tasks, with their short titles', () => {
    const model = parseNotice(
      '一、重点任务\n（一）扩大开放。\n1.优化营商环境。深化改革，提升服务。（市商务局牵头）\n（2）推进通关便利。压缩时间，降低成本。（市口岸办牵头，海关配合）\n',
    );
    expect(model.tasks).toHaveLength(1);
    expect(model.items.map((a) => a.title)).toEqual(['优化营商环境', '推进通关便利']);
    expect(model.items.every((a) => a.taskId === model.tasks[0]?.id)).toBe(true);
  });

  it('reads tasks numbered (一) with half-width brackets', () => {
    const model = parseNotice(
      '一、任务\n(一)加强市场体系建设。推进建设。(省发展改革委牵头,省商务厅配合)\n(二)优化准入环境。推进改革。(省市场监管局牵头)\n',
    );
    expect(model.tasks.map((t) => t.ordinal)).toEqual([1, 2]);
    expect(roles(model)[1]).toEqual({ leads: ['省市场监管局'], cooperators: [], responsible: [] });
  });

  it('makes the first-listed the lead for the marker that states the rule and those after it', () => {
    const model = parseNotice(
      '一、任务\n（一）稳岗。返还保险费。（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）\n（二）担保。支持小微企业。（财政部、人民银行负责）\n',
    );
    expect(roles(model)).toEqual([
      { leads: ['人力资源社会保障部'], cooperators: ['财政部'], responsible: [] },
      { leads: ['财政部'], cooperators: ['人民银行'], responsible: [] },
    ]);
    expect(codes(model)).toContain('LEAD_RULE');
  });

  it('calls no one lead in （A、B负责） when no rule is stated', () => {
    const model = parseNotice('一、任务\n（一）担保。支持小微企业。（财政部、人民银行负责）\n');
    expect(roles(model)).toEqual([{ leads: [], cooperators: [], responsible: ['财政部', '人民银行'] }]);
  });

  it('keeps a deadline inside a marker as the item’s deadline', () => {
    const model = parseNotice(
      '一、任务\n（一）建设枢纽。加快建设。（省交通运输厅牵头，省财政厅配合，2025年底前完成）\n',
    );
    expect(model.items[0]?.deadline).toBe('2025年底前完成');
    expect(model.agencies.map((a) => a.name)).toEqual(['省交通运输厅', '省财政厅']);
  });

  it('does not take brackets that qualify a word for markers', () => {
    const model = parseNotice(
      '一、任务\n（一）落实规划。按照《规划》（以下简称《规划》）要求，取消县以下（含县）配套资金，发展（PVC）型材，由财政（负责部分）保障工作。（省财政厅牵头）\n',
    );
    expect(model.items).toHaveLength(1);
    expect(model.text.slice(model.items[0]?.marker.start, model.items[0]?.marker.end)).toBe(
      '（省财政厅牵头）',
    );
  });

  it('reads several markers in one paragraph as several items', () => {
    const model = parseNotice(
      '一、任务\n（一）开放。推进通关便利。（省商务厅牵头）加强口岸建设。（省口岸办牵头，省财政厅配合）\n',
    );
    expect(model.items).toHaveLength(2);
    expect(model.text.slice(model.items[1]?.start, model.items[1]?.end)).toBe(
      '加强口岸建设。（省口岸办牵头，省财政厅配合）',
    );
  });

  it('reads a label written inline after the sentence', () => {
    const model = parseNotice(
      '一、任务\n（一）开放。推进通关便利。牵头单位：省商务厅；配合单位：省财政厅、省外事办\n',
    );
    expect(roles(model)).toEqual([
      { leads: ['省商务厅'], cooperators: ['省财政厅', '省外事办'], responsible: [] },
    ]);
  });

  it('reads flattened table rows under a header row', () => {
    const model = parseNotice(
      '一、重点任务\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t建设综合交通枢纽。\t省交通运输厅\t省发展改革委、财政厅\t2025年底前\n2\t推进口岸通关便利化。\t省商务厅\t成都海关\t持续推进\n',
    );
    expect(model.tasks.map((t) => t.title)).toEqual(['建设综合交通枢纽', '推进口岸通关便利化']);
    expect(roles(model)).toEqual([
      { leads: ['省交通运输厅'], cooperators: ['省发展改革委', '省财政厅'], responsible: [] },
      { leads: ['省商务厅'], cooperators: ['成都海关'], responsible: [] },
    ]);
    expect(model.items.map((a) => a.deadline)).toEqual(['2025年底前', '持续推进']);
  });

  it('reads a task table as its readers write it: empty cells, placeholders, a notes column, group rows', () => {
    const model = parseNotice(
      [
        '关于印发重点任务分工的通知',
        '序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\t备注',
        '一、扩大开放',
        '1\t（一）推进口岸建设\t优化通关服务。\t省商务厅\t\t持续推进\t',
        '1\t（一）推进口岸建设\t推进无纸化通关。\t成都海关、省商务厅（按照各自职责分别牵头）\t/\t/',
        '二、优化服务',
        '序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\t备注',
        '2\t（二）提升政务服务\t推行一网通办。\t省政务服务局\t省大数据局\t2025年底前\t新增',
      ].join('\n'),
    );
    // The group rows are sections, the rows of one task its items, the repeated header no row.
    expect(model.sections.map((s) => s.title)).toEqual(['扩大开放', '优化服务']);
    expect(model.tasks.map((t) => t.title)).toEqual(['推进口岸建设', '提升政务服务']);
    expect(roles(model)).toEqual([
      { leads: ['省商务厅'], cooperators: [], responsible: [] },
      { leads: ['成都海关', '省商务厅'], cooperators: [], responsible: [] },
      { leads: ['省政务服务局'], cooperators: ['省大数据局'], responsible: [] },
    ]);
    expect(model.items.map((a) => a.deadline)).toEqual(['持续推进', null, '2025年底前']);
    expect(model.items[1]?.note).toContain('按照各自职责分别牵头');
    expect(codes(model)).not.toContain('TRUNCATED');
    expect(codes(model)).not.toContain('UNREAD_NAME');
  });

  it('handles a notice with CRLF line ends and full-width spaces, keeping original offsets', () => {
    const text =
      '关于印发分工方案的通知\r\n一、任务\r\n\u3000\u3000（一）开放。推进通关。（省商务厅牵头，省财政厅配合）\r\n';
    const model = parseNotice(text);
    const item = model.items[0];
    expect(text.slice(item?.start, item?.end)).toBe('（一）开放。推进通关。（省商务厅牵头，省财政厅配合）');
    expect(model.notice.title).toBe('关于印发分工方案的通知');
  });

  it('reads the publication date from a dated signature line', () => {
    const model = parseNotice(
      '某市人民政府办公室关于印发重点工作分工方案的通知\n某市人民政府办公室\n2021年3月5日\n一、任务\n（一）开放。推进。（市商务局牵头）\n',
    );
    expect(model.notice.published).toBe('2021-03-05');
    expect(model.notice.issuer).toBe('某市人民政府办公室');
  });
});

describe('parseNotice on markers with no role word and markers on lines of their own', () => {
  it('reads a closing bracket of agency names alone as the responsible agencies', () => {
    const model = parseNotice(
      '一、任务\n（一）开放。推进口岸通关便利化。（市商务局、市财政局）\n（二）规划。编制规划（试行）。\n',
    );
    expect(roles(model)).toEqual([{ leads: [], cooperators: [], responsible: ['市商务局', '市财政局'] }]);
  });

  it('does not take a qualifying bracket of a place or a year for such a marker', () => {
    const model = parseNotice(
      '一、任务\n（一）办好中国（满洲里）北方国际科技博览会。落实纲要（2009—2018年）。（满洲里）\n',
    );
    expect(model.items).toEqual([]);
  });

  it('lets a bracketed marker alone on its line close the paragraph above it', () => {
    const model = parseNotice(
      '一、任务\n（一）推进通关。\n压缩通关时间，降低通关成本。\n（牵头单位：市商务局；配合单位：海关）\n',
    );
    const item = model.items[0];
    expect(model.text.slice(item?.start, item?.end)).toBe(
      '（一）推进通关。\n压缩通关时间，降低通关成本。\n（牵头单位：市商务局；配合单位：海关）',
    );
    expect(roles(model)).toEqual([{ leads: ['市商务局'], cooperators: ['海关'], responsible: [] }]);
  });
});

describe('parseNotice on malformed input', () => {
  it('reports an empty notice', () => {
    const model = parseNotice('');
    expect(model.items).toEqual([]);
    expect(model.diagnostics[0]).toMatchObject({ code: 'EMPTY_INPUT', level: 'error', line: 1, column: 1 });
  });

  it('reports binary input', () => {
    const model = parseNotice(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    expect(model.diagnostics[0]?.code).toBe('BINARY_INPUT');
    expect(model.text).toBe('');
  });

  it('reports an unclosed bracket with its line and column, and still reads the marker', () => {
    const model = parseNotice('一、任务\n（一）开放。推进通关。（省商务厅牵头，省财政厅配合\n');
    const unclosed = model.diagnostics.find((d) => d.code === 'UNCLOSED_BRACKET');
    expect(unclosed).toMatchObject({ line: 2, column: 12, level: 'warning' });
    expect(roles(model)).toEqual([{ leads: ['省商务厅'], cooperators: ['省财政厅'], responsible: [] }]);
  });

  it('reports a closing bracket with no opening one', () => {
    const model = parseNotice('一、任务\n（一）开放）。推进。（省商务厅牵头）\n');
    expect(model.diagnostics.find((d) => d.code === 'UNOPENED_BRACKET')).toMatchObject({
      line: 2,
      column: 6,
    });
  });

  it('reports 牵头 with no agency', () => {
    const model = parseNotice('一、任务\n（一）开放。推进通关。（牵头，省财政厅配合）\n');
    expect(model.diagnostics.find((d) => d.code === 'MARKER_WITHOUT_AGENCY')).toMatchObject({
      line: 2,
      column: 13,
    });
  });

  it('reports a marker outside any task and keeps its item', () => {
    const model = parseNotice('关于印发方案的通知\n推进通关便利。（省商务厅牵头，省财政厅配合）\n');
    expect(model.items).toHaveLength(1);
    expect(model.items[0]?.taskId).toBeNull();
    expect(model.diagnostics.find((d) => d.code === 'MARKER_OUTSIDE_TASK')).toMatchObject({
      line: 2,
      column: 8,
    });
  });

  it('reports a text cut off mid-sentence', () => {
    const model = parseNotice(
      '一、任务\n（一）开放。推进通关。（省商务厅牵头）\n（二）建设。加快建设物流园区、\n',
    );
    expect(codes(model)).toContain('TRUNCATED');
    expect(codes(model)).toContain('ITEM_WITHOUT_MARKER');
  });

  it('reports a gap in the numbering', () => {
    const model = parseNotice('一、任务\n（一）开放。（省商务厅牵头）\n（三）建设。（省交通运输厅牵头）\n');
    expect(model.diagnostics.find((d) => d.code === 'NUMBERING_GAP')).toMatchObject({ line: 3, column: 1 });
  });

  it('reports a notice with no markers', () => {
    expect(codes(parseNotice('一段没有任何分工的文字。\n第二段。'))).toContain('NO_MARKERS');
  });
});
