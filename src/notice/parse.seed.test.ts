// The reference notice must come out exactly as a reader of it would say.
import { describe, expect, it } from 'vitest';
import { handItems } from '../../tests/support/manzhouli-items.ts';
import { seedBytes } from '../../tests/support/seed.ts';
import { parseNoticeStructure as parseNotice } from './parse.ts';

const model = parseNotice(seedBytes());
const nameOf = new Map(model.agencies.map((a) => [a.id, a.name]));
const names = (ids: readonly string[]) => ids.map((id) => nameOf.get(id as never));

const expectedItems = handItems();

describe('the Manzhouli notice', () => {
  it('has its header', () => {
    expect(model.notice).toEqual({
      title:
        '内蒙古自治区人民政府办公厅关于印发《内蒙古满洲里重点开发开放试验区建设总体规划》重点工作分工方案的通知',
      issuer: '内蒙古自治区人民政府办公厅',
      published: '2014-02-26',
      encoding: 'utf-8',
      reader: 'text',
      standing: [],
    });
  });

  it('has 7 sections, 29 tasks, 77 items and 45 agencies', () => {
    expect(model.sections).toHaveLength(7);
    expect(model.tasks).toHaveLength(29);
    expect(model.items).toHaveLength(77);
    expect(model.agencies).toHaveLength(45);
  });

  it('has the sections and their tasks in order', () => {
    expect(model.sections.map((s) => s.title)).toEqual([
      '推进体制机制改革创新',
      '全面扩大对外开放',
      '建设现代化国际口岸',
      '打造沿边地区新的经济增长极',
      '提升城市承载能力',
      '加快社会事业发展',
      '加强生态建设和环境保护',
    ]);
    const perSection = model.sections.map((s) => model.tasks.filter((t) => t.sectionId === s.id).length);
    expect(perSection).toEqual([6, 5, 3, 4, 2, 4, 5]);
    expect(model.tasks.map((t) => t.ordinal)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(model.tasks[12]?.title).toBe('完善欧亚陆路大通道建设');
    expect(model.tasks[28]?.title).toBe('消除和减缓不良环境影响的措施');
  });

  it('reads every item’s leads, cooperators and short title exactly as the text says', () => {
    expect(expectedItems).toHaveLength(77);
    const taskOrdinal = new Map(model.tasks.map((t) => [t.id, t.ordinal]));
    model.items.forEach((a, i) => {
      const want = expectedItems[i];
      expect({
        task: taskOrdinal.get(a.taskId as never),
        leads: names(a.leads),
        cooperators: names(a.cooperators),
        title: a.title,
      }).toEqual(want);
      expect(a.responsible).toEqual([]);
    });
  });

  it('carries a region prefix along a 、-run and resets it at a name that stands alone', () => {
    const first = model.items[0];
    expect(names(first?.cooperators ?? [])).toContain('自治区交通运输厅');
    expect(names(model.items[2]?.cooperators ?? [])).toEqual([
      '人民银行呼和浩特中心支行',
      '内蒙古银监局',
      '内蒙古保监局',
      '内蒙古证监局',
    ]);
  });

  it('keeps two leads and their condition', () => {
    const item = model.items[5];
    expect(names(item?.leads ?? [])).toEqual(['内蒙古国税局', '自治区地税局']);
    expect(item?.note).toBe('按照各自征管范围分别牵头');
  });

  it('takes 内蒙古民航机场集团 as another spelling of 内蒙古民航机场集团公司', () => {
    const airport = model.agencies.filter((a) => a.name.startsWith('内蒙古民航机场'));
    expect(airport).toHaveLength(1);
    expect(airport[0]).toMatchObject({
      name: '内蒙古民航机场集团公司',
      aliases: ['内蒙古民航机场集团'],
      kind: 'enterprise',
    });
  });

  it('classifies agencies by kind', () => {
    const kind = (name: string) => model.agencies.find((a) => a.name === name)?.kind;
    expect(kind('满洲里海关')).toBe('central');
    expect(kind('人民银行呼和浩特中心支行')).toBe('central');
    expect(kind('内蒙古国税局')).toBe('central');
    expect(kind('自治区发展改革委')).toBe('regional');
    expect(model.agencies.some((a) => a.generic)).toBe(false);
  });

  it('points every offset into the original text', () => {
    const { text } = model;
    for (const s of model.sections) expect(text.slice(s.start, s.start + 2)).toMatch(/^[一二三四五六七]、/);
    for (const t of model.tasks) expect(text.slice(t.start, t.start + 1)).toBe('（');
    for (const a of model.items) {
      expect(text.slice(a.marker.start, a.marker.start + 1)).toBe('（');
      expect(text.slice(a.marker.end - 1, a.marker.end)).toBe('）');
      expect(a.end).toBe(a.marker.end);
      for (const m of a.mentions) {
        const written = text.slice(m.start, m.end);
        expect(nameOf.get(m.agencyId)?.endsWith(written) || written.startsWith('内蒙古民航机场集团')).toBe(
          true,
        );
      }
    }
    const item4 = model.items[3];
    expect(text.slice(item4?.start, item4?.end)).toMatch(/^拓展国际金融业务。[\s\S]*推动金融\n机构开展/);
    const road = model.items[22];
    expect(road?.title).toBe('公路建设');
    expect(text.slice(road?.start, road?.end)).toContain('满洲里 —阿拉坦额莫勒 —阿木古郎 —阿尔山高等级公路');
  });

  it('joins a paragraph that PDF extraction broke across lines', () => {
    const broken = model.items[43];
    expect(model.text.slice(broken?.start, broken?.end)).toMatch(/打造组团\n式建设/);
    expect(broken?.mentions.length).toBe(4);
  });

  it('reports nothing wrong', () => {
    expect(model.diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
    expect(model.diagnostics.map((d) => d.code)).toEqual(['ALIAS']);
  });
});
