import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { parseNotice } from './parse-notice.ts';
import { projectResponsibility } from './responsibility.ts';

const model = parseNotice(seedBytes());
const named = (name: string) => {
  const project = model.projects.find((p) => p.name === name);
  if (!project) throw new Error(`no project ${name}`);
  return projectResponsibility(model, project);
};

describe('projectResponsibility', () => {
  it('gives a line the lead and partners of the item that names it', () => {
    const rail = named('满洲里—伊尔施铁路');
    expect(rail.leads).toEqual(['ag:自治区发展改革委']);
    expect(rail.cooperators).toEqual([
      'ag:自治区交通运输厅',
      'ag:自治区国土资源厅',
      'ag:自治区住房城乡建设厅',
      'ag:自治区环保厅',
      'ag:自治区财政厅',
      'ag:自治区外事办',
    ]);
    expect(rail.responsible).toEqual([]);
  });

  it('lists each agency once over all the items that name a project, leads first', () => {
    const port = named('满洲里口岸');
    expect(port.leads.length).toBeGreaterThan(0);
    const all = [...port.leads, ...port.cooperators, ...port.responsible];
    expect(new Set(all).size).toBe(all.length);
    for (const id of port.leads) expect(port.cooperators).not.toContain(id);
  });

  it('has no agencies for a project whose items are not in the model', () => {
    expect(projectResponsibility(model, { itemIds: [] })).toEqual({
      leads: [],
      cooperators: [],
      responsible: [],
    });
  });
});
