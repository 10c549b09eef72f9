import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../tests/support/seed.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { kindCounts, projectRows } from './project-rows.ts';

const model = parseNotice(seedBytes());

describe('projectRows', () => {
  it('gives one row per project, in document order, with its task and agencies', () => {
    const rows = projectRows(model, null);
    expect(rows).toHaveLength(42);
    const rail = rows.find((r) => r.project.name === '满洲里—伊尔施铁路');
    expect(rail?.tasks).toEqual(['（十三）完善欧亚陆路大通道建设']);
    expect(rail?.leads.map((l) => [l.agency.name, l.role])).toEqual([['自治区发展改革委', 'lead']]);
    expect(rail?.cooperators.map((a) => a.name)).toContain('自治区交通运输厅');
  });

  it('keeps only the kinds asked for', () => {
    const rows = projectRows(model, new Set(['seaport', 'airport']));
    expect(rows.map((r) => r.project.name)).toEqual([
      '大连港',
      '营口港',
      '秦皇岛港',
      '天津港',
      '满洲里西郊机场',
    ]);
  });

  it('counts the projects of each kind', () => {
    const counts = kindCounts(model);
    expect(counts.get('seaport')).toBe(4);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(42);
  });
});
