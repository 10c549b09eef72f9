import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itemDeadlines, readDeadline, type ItemDeadline } from '../../analysis/deadlines.ts';
import type { AgencyId, Item, ItemId, NoticeModel } from '../../notice/model.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import type { SceneMark } from '../scene.ts';
import { deadlineLanes, deadlineScene } from './deadline-scene.ts';

const model = parseNotice(
  readFileSync(new URL('../../../tests/fixtures/pdf/manzhouli-table.txt', import.meta.url)),
);
const deadlines = itemDeadlines(model);
const itemMarks = (marks: readonly SceneMark[]) =>
  marks.filter(
    (m) => m.ref?.kind === 'item' && (m.type === 'rect' || m.type === 'path' || m.type === 'circle'),
  );
/** Role marks only: a past-due ring is an unfilled-looking circle in ink behind the mark. */
const roleMarks = (marks: readonly SceneMark[]) =>
  itemMarks(marks).filter(
    (m) => !(m.type === 'circle' && m.stroke === '#1f2933') && !(m.type === 'rect' && m.height === 4),
  );

describe('deadlineScene on the Manzhouli task table', () => {
  const scene = deadlineScene(model, deadlines, { asOf: '2015-01-01', order: 'earliest', lang: 'zh' });

  it('draws one lane per agency named on an item with a deadline, earliest first', () => {
    const named = new Set(
      deadlines.flatMap((d) => [...d.item.leads, ...d.item.cooperators, ...d.item.responsible]),
    );
    expect(scene.lanes.map((l) => l.agencyId).sort()).toEqual([...named].sort());
    const earliest = deadlineLanes(deadlines, 'earliest').map((l) => l.earliest);
    const dated = earliest.filter((e): e is string => e !== null);
    expect(dated).toEqual([...dated].sort());
    expect(
      earliest.indexOf(null) === -1 || earliest.slice(earliest.indexOf(null)).every((e) => e === null),
    ).toBe(true);
  });

  it('orders lanes by load when asked: the busiest agency first', () => {
    const lanes = deadlineLanes(deadlines, 'load');
    const sizes = lanes.map((l) => l.entries.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(model.agencies.find((a) => a.id === lanes[0]?.agencyId)?.name).toBe('自治区发展改革委');
  });

  it("draws a mark for every agency's role on every item, each pointing at its item", () => {
    const roles = deadlines.reduce(
      (n, d) =>
        n +
        (d.item.leads.length + d.item.cooperators.length + d.item.responsible.length) *
          Math.max(1, d.reading.dates.length),
      0,
    );
    expect(roleMarks(scene.marks)).toHaveLength(roles);
  });

  it('rings what is past due on the chosen day, and nothing before the first deadline', () => {
    const due2014 = deadlines.filter((d) => d.due === '2014-12-31').length;
    expect(scene.pastDue).toBe(due2014);
    const later = deadlineScene(model, deadlines, { asOf: '2016-01-01', order: 'earliest', lang: 'zh' });
    expect(later.pastDue).toBe(deadlines.filter((d) => d.due !== null && d.due < '2016-01-01').length);
    const before = deadlineScene(model, deadlines, { asOf: '2010-01-01', order: 'earliest', lang: 'zh' });
    expect(before.pastDue).toBe(0);
  });

  it('keeps deadlines with no date off the axis, in columns of their kind at the right', () => {
    const texts = scene.marks.filter((m) => m.type === 'text').map((m) => (m.type === 'text' ? m.text : ''));
    expect(texts).toEqual(expect.arrayContaining(['无固定日期', '长期', '持续']));
    const heading = scene.marks.find((m) => m.type === 'text' && m.text === '无固定日期');
    const apartLeft = heading?.type === 'text' ? heading.x : 0;
    const undated = new Set(deadlines.filter((d) => d.due === null).map((d) => d.item.id as string));
    const marks = roleMarks(scene.marks);
    const x = (m: SceneMark) =>
      m.type === 'rect'
        ? m.x
        : m.type === 'circle'
          ? m.cx
          : Number(/M([\d.]+)/.exec(m.type === 'path' ? m.d : '')?.[1]);
    for (const m of marks) {
      if (undated.has(m.ref!.id)) expect(x(m)).toBeGreaterThanOrEqual(apartLeft - 8);
      else expect(x(m)).toBeLessThan(apartLeft - 8);
    }
  });

  it('speaks English when asked', () => {
    const en = deadlineScene(model, deadlines, { asOf: '2015-01-01', order: 'earliest', lang: 'en' });
    const texts = en.marks.flatMap((m) => (m.type === 'text' ? [m.text] : []));
    expect(texts).toEqual(
      expect.arrayContaining(['No fixed date', 'Long-term', 'Continuing', 'as of 2015-01-01']),
    );
    expect(texts.some((t) => /[\u4e00-\u9fff]/.test(t) && /无固定|长期|持续|截至/.test(t))).toBe(false);
  });
});

describe('deadlineScene on invented items', () => {
  const item = (id: string, leads: string[], cooperators: string[] = []): Item =>
    ({
      id: id as ItemId,
      taskId: null,
      sectionId: null,
      title: id,
      number: null,
      leads: leads as AgencyId[],
      cooperators: cooperators as AgencyId[],
      responsible: [],
      deadline: null,
      note: null,
      start: 0,
      end: 0,
      marker: { start: 0, end: 0 },
      mentions: [],
    }) as Item;
  const agencies = ['ag:甲', 'ag:乙'].map((id) => ({
    id: id as AgencyId,
    name: id.slice(3),
    aliases: [],
    generic: false,
    kind: 'regional' as const,
  }));
  const tiny = { agencies, text: '' } as unknown as NoticeModel;
  const entry = (i: Item, text: string): ItemDeadline => {
    const reading = readDeadline(text, { year: 2024, from: 'published' });
    return { item: i, reading, due: reading.dates[0]?.end ?? null };
  };

  it('draws a span as a bar up to its end, and says a notice without deadlines has none', () => {
    const d = [entry(item('a', ['ag:甲'], ['ag:乙']), '2024—2025年'), entry(item('b', ['ag:乙']), '上半年')];
    const scene = deadlineScene(tiny, d, { asOf: '2025-01-01', order: 'earliest', lang: 'en' });
    const bars = scene.marks.filter((m) => m.type === 'rect' && m.height === 4 && m.ref);
    expect(bars).toHaveLength(3);
    expect(scene.lanes.map((l) => l.agencyId)).toEqual(['ag:乙', 'ag:甲']);
    expect(scene.pastDue).toBe(1);
    const empty = deadlineScene(tiny, [], { asOf: '2025-01-01', order: 'earliest', lang: 'zh' });
    expect(empty.lanes).toEqual([]);
    expect(empty.marks.map((m) => (m.type === 'text' ? m.text : ''))).toEqual(['本通知的分工未写明时限。']);
  });

  it('keeps an unread phrase apart, never on the axis', () => {
    const d = [entry(item('a', ['ag:甲']), '尽快'), entry(item('b', ['ag:甲']), '2024年底前')];
    const scene = deadlineScene(tiny, d, { asOf: '2024-06-01', order: 'earliest', lang: 'zh' });
    expect(scene.marks.some((m) => m.type === 'text' && m.text === '未识别')).toBe(true);
    expect(scene.pastDue).toBe(0);
  });
});
