// Real notices of the genre beside the reference one: the parser must read each by general rules.
import { describe, expect, it } from 'vitest';
import { sampleText } from '../../tests/support/seed.ts';
import type { NoticeModel } from './model.ts';
import { parseNoticeStructure as parseNotice } from './parse.ts';

function item(model: NoticeModel, index: number) {
  const name = new Map(model.agencies.map((a) => [a.id, a.name]));
  const a = model.items[index];
  return {
    leads: a?.leads.map((id) => name.get(id)),
    cooperators: a?.cooperators.map((id) => name.get(id)),
    responsible: a?.responsible.map((id) => name.get(id)),
  };
}

describe('State Council 2018 No. 39 (（A、B负责） with the lead rule stated once)', () => {
  const model = parseNotice(sampleText('state-council-2018-39-employment.txt'));

  it('has its header, 5 sections and 15 tasks each with one item', () => {
    expect(model.notice).toMatchObject({
      title: '国务院关于做好当前和今后一个时期促进就业工作的若干意见',
      issuer: '国务院',
      published: '2018-11-16',
    });
    expect([model.sections.length, model.tasks.length, model.items.length]).toEqual([5, 15, 15]);
  });

  it('makes the first-listed the lead from the rule on', () => {
    expect(item(model, 0)).toEqual({
      leads: ['人力资源社会保障部'],
      cooperators: ['财政部'],
      responsible: [],
    });
    expect(item(model, 1)).toEqual({
      leads: ['财政部'],
      cooperators: ['工业和信息化部', '人民银行', '银保监会'],
      responsible: [],
    });
    expect(item(model, 3).cooperators).toContain('各省级人民政府');
  });

  it('marks generic actors and central agencies', () => {
    const generic = model.agencies.filter((a) => a.generic).map((a) => a.name);
    expect(generic).toEqual(['各省级人民政府', '各有关部门和单位']);
    expect(model.agencies.filter((a) => !a.generic).every((a) => a.kind === 'central')).toBe(true);
  });
});

describe('Guangzhou 2012 talent plan (牵头单位：/配合单位： labels, no header)', () => {
  const model = parseNotice(sampleText('guangzhou-talent-2012.txt'));

  it('has 44 items with markers out of 45, and says which one has none', () => {
    expect(model.items).toHaveLength(44);
    const missing = model.diagnostics.filter((d) => d.code === 'ITEM_WITHOUT_MARKER');
    expect(missing).toHaveLength(1);
    expect(model.notice.title).toBe('关于推进人才集聚工程的实施意见');
    expect(model.notice.issuer).toBeNull();
  });

  it('reads labels and keeps 各区、县级市 as one generic actor', () => {
    expect(item(model, 0)).toEqual({
      leads: ['市发展改革委'],
      cooperators: ['市委组织部', '市人力资源和社会保障局', '各区、县级市'],
      responsible: [],
    });
    expect(model.agencies.find((a) => a.name === '各区、县级市')?.generic).toBe(true);
    expect(model.items[0]?.title).toBe('战略性主导产业紧缺人才开发项目');
  });

  it('does not carry 市 onto 团市委, which names its own level', () => {
    expect(model.agencies.some((a) => a.name === '团市委')).toBe(true);
    expect(model.agencies.some((a) => a.name === '市团市委')).toBe(false);
  });
});

describe('Lishan 2023 fragment (label lines of their own, half-width punctuation, cut off)', () => {
  const model = parseNotice(sampleText('lishan-2023-fragment.txt'));

  it('has its header and six items with markers', () => {
    expect(model.notice).toMatchObject({
      title: '立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知',
      issuer: '立山区人民政府',
      published: '2023-03-28',
    });
    expect(model.items).toHaveLength(6);
    expect(item(model, 4)).toEqual({
      leads: ['区财政局'],
      cooperators: ['立山经济开发区', '各街道', '区税务局'],
      responsible: [],
    });
  });
});

describe('Sichuan 2022 fragment (〔责任单位:…按职责分工负责〕, a standing rule, cut off)', () => {
  const model = parseNotice(sampleText('sichuan-2022-circulation-fragment.txt'));

  it('names no lead, carries the prefix to 商务厅, keeps the standing rule and notes the cut', () => {
    expect(model.notice.title).toBe('四川省“十四五”现代流通体系建设实施方案');
    expect(model.notice.issuer).toBe('四川省发展和改革委员会');
    expect(item(model, 0)).toEqual({
      leads: [],
      cooperators: [],
      responsible: ['省发展改革委', '省市场监管局', '省商务厅', '省大数据中心'],
    });
    expect(model.items[1]?.note).toBe('具体任务均涉及相关市(州)人民政府,不再做分工');
    expect(model.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['STANDING_RULE', 'TRUNCATED', 'ITEM_WITHOUT_MARKER']),
    );
  });
});
