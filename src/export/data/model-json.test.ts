import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../tests/support/seed.ts';
import { FIXTURE_MODEL, FIXTURE_TEXT } from '../../../tests/unit/fixtures/notice-model.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { toModelJson } from './model-json.ts';

describe('toModelJson', () => {
  const json = toModelJson(FIXTURE_MODEL);
  const data = JSON.parse(json);

  it('puts the format header first and keeps the documented key order', () => {
    expect(Object.keys(data)).toEqual([
      'format',
      'version',
      'notice',
      'sections',
      'tasks',
      'assignments',
      'agencies',
      'projects',
      'diagnostics',
      'text',
    ]);
    expect(data.format).toBe('fengong-atlas/notice');
    expect(data.version).toBe(1);
  });

  it('is pretty-printed with two spaces and ends with a newline', () => {
    expect(
      json.startsWith('{\n  "format": "fengong-atlas/notice",\n  "version": 1,\n  "notice": {\n    "title"'),
    ).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('writes notice, sections, tasks and agencies field by field', () => {
    expect(data.notice).toEqual({
      title: '自治区人民政府办公厅关于印发《试验区"A&B"规划》重点工作分工方案的通知',
      issuer: '自治区人民政府办公厅',
      published: '2014-02-26',
      encoding: 'utf-8',
      reader: 'text',
      standing: [],
    });
    expect(Object.keys(data.sections[0])).toEqual(['id', 'ordinal', 'title', 'start', 'end']);
    expect(data.tasks[2]).toMatchObject({ id: 't3', ordinal: 3, sectionId: 's2', title: '没有标记的任务' });
    expect(Object.keys(data.tasks[0])).toEqual(['id', 'ordinal', 'sectionId', 'title', 'start', 'end']);
    expect(data.agencies[2]).toEqual({
      id: 'ag3',
      name: '各盟市',
      aliases: [],
      generic: true,
      kind: 'generic',
    });
  });

  it('writes assignments with roles, marker span and mentions', () => {
    const [first] = data.assignments;
    expect(Object.keys(first)).toEqual([
      'id',
      'taskId',
      'sectionId',
      'title',
      'number',
      'start',
      'end',
      'leads',
      'cooperators',
      'responsible',
      'deadline',
      'note',
      'marker',
      'mentions',
    ]);
    expect(first).toMatchObject({
      id: 'i1',
      leads: ['ag1'],
      cooperators: ['ag2', 'ag3'],
      deadline: '2025年底前',
    });
    expect(FIXTURE_TEXT.slice(first.marker.start, first.marker.end)).toMatch(/^（自治区商务厅牵头.*）$/);
    expect(first.mentions[0]).toEqual({ agencyId: 'ag1', role: 'lead', ...first.marker });
    expect(data.assignments.at(-1)).toMatchObject({ id: 'i5', taskId: null, responsible: ['ag1'] });
  });

  it('keeps diagnostics without offsets and the text as decoded', () => {
    expect(data.diagnostics[0]).toEqual({
      level: 'warning',
      code: 'MARKER_OUTSIDE_TASK',
      message: 'outside',
      line: 9,
      column: 6,
    });
    expect(data.text).toBe(FIXTURE_TEXT);
    expect(data.projects).toEqual([]);
  });

  it('lists records in document order whatever order they came in', () => {
    const shuffled = { ...FIXTURE_MODEL, items: [...FIXTURE_MODEL.items].reverse() };
    const ids = JSON.parse(toModelJson(shuffled)).assignments.map((a: { id: string }) => a.id);
    expect(ids).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
  });

  it('writes the projects field by field, each linked to its tasks and items', () => {
    const seed = JSON.parse(toModelJson(parseNotice(seedBytes())));
    expect(seed.projects).toHaveLength(42);
    expect(seed.projects[3]).toEqual({
      id: 'proj-4',
      name: '满洲里—俄罗斯赤塔电气化铁路',
      kind: 'rail',
      taskIds: ['task-13'],
      assignmentIds: ['item-22'],
      places: ['满洲里', '赤塔'],
    });
  });
});
