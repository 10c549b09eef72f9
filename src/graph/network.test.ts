// Graph builders on the Manzhouli notice, checked against counts from the hand-read table.
import { describe, expect, it } from 'vitest';
import { handItems } from '../../tests/support/manzhouli-items.ts';
import { seedBytes } from '../../tests/support/seed.ts';
import { computeWorkload } from '../analysis/workload.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { shortAgencyName } from '../notice/agency-labels.ts';
import { agencyTaskNetwork, coordinationNetwork, egoNetwork } from './network.ts';

const model = parseNotice(seedBytes());
const workloads = computeWorkload(model);
const items = handItems();
const idOf = new Map(model.agencies.map((a) => [a.name, a.id]));

describe('agencyTaskNetwork', () => {
  const graph = agencyTaskNetwork(model, workloads);

  it('has every section, task and agency as a node, tasks inside their sections', () => {
    const count = (kind: string) => graph.nodes.filter((n) => n.kind === kind).length;
    expect([count('section'), count('task'), count('agency')]).toEqual([7, 29, 45]);
    const task13 = graph.nodes.find((n) => n.kind === 'task' && n.name === '完善欧亚陆路大通道建设');
    expect(task13?.parent).toBe(model.sections[2]?.id);
  });

  it('has one edge per (task, agency, role), as many as the hand-read table gives', () => {
    const pairs = new Set(
      items.flatMap((i) => [
        ...i.leads.map((a) => `lead ${a} ${i.task}`),
        ...i.cooperators.map((a) => `cooperate ${a} ${i.task}`),
      ]),
    );
    expect(graph.edges).toHaveLength(pairs.size);
    const leads = graph.edges.filter((e) => e.kind === 'lead');
    expect(leads).toHaveLength([...pairs].filter((p) => p.startsWith('lead')).length);
    expect(graph.edges.reduce((n, e) => n + e.weight, 0)).toBe(
      items.reduce((n, i) => n + i.leads.length + i.cooperators.length, 0),
    );
  });

  it('keeps the items behind each edge', () => {
    const ndrc = idOf.get('自治区发展改革委');
    const task3 = model.tasks[2]?.id;
    const edge = graph.edges.find((e) => e.source === ndrc && e.target === task3 && e.kind === 'lead');
    expect(edge?.items).toEqual(['item-5']);
    const coop = graph.edges.find((e) => e.source === idOf.get('内蒙古银监局') && e.target === task3);
    expect(coop).toMatchObject({ kind: 'cooperate', weight: 3 });
  });

  it('labels agencies by their short names, full names kept', () => {
    const node = graph.nodes.find((n) => n.id === idOf.get('自治区商务厅'));
    expect(node).toMatchObject({
      label: '商务厅',
      name: '自治区商务厅',
      led: 14,
      joined: 17,
      load: 59,
      agencyKind: 'regional',
    });
    expect(shortAgencyName('内蒙古银监局')).toBe('银监局');
    expect(shortAgencyName('满洲里海关')).toBe('满洲里海关');
  });
});

describe('coordinationNetwork', () => {
  const graph = coordinationNetwork(model, workloads);

  it('links two agencies when they share an item, weighted by how many', () => {
    const pairs = new Map<string, number>();
    for (const i of items) {
      const named = [...i.leads, ...i.cooperators];
      for (const a of named)
        for (const b of named) if (a < b) pairs.set(`${a}|${b}`, (pairs.get(`${a}|${b}`) ?? 0) + 1);
    }
    expect(graph.nodes).toHaveLength(45);
    expect(graph.edges).toHaveLength(pairs.size);
    const ndrc = idOf.get('自治区发展改革委');
    const commerce = idOf.get('自治区商务厅');
    const link = graph.edges.find(
      (e) =>
        [e.source, e.target].includes(ndrc as string) && [e.source, e.target].includes(commerce as string),
    );
    const want = pairs.get(['自治区发展改革委', '自治区商务厅'].sort().join('|'));
    expect(link?.weight).toBe(want);
  });

  it('points an edge from the agency that leads more of the shared items', () => {
    const finance = idOf.get('自治区金融办');
    const pboc = idOf.get('人民银行呼和浩特中心支行');
    const link = graph.edges.find(
      (e) =>
        [e.source, e.target].includes(finance as string) && [e.source, e.target].includes(pboc as string),
    );
    // Shared: item 3 (金融办 leads), item 4 (人民银行 leads), item 5 (发展改革委 leads): a tie keeps name order.
    expect(link?.weight).toBe(3);
    const customs = idOf.get('满洲里海关');
    const commerce = idOf.get('自治区商务厅');
    const led = graph.edges.find((e) => e.target === customs && e.source === commerce);
    expect(led?.leadItems).toBeGreaterThan(0);
  });
});

describe('egoNetwork', () => {
  const full = agencyTaskNetwork(model, workloads);

  it("holds one agency's tasks and partners at one step", () => {
    const pboc = idOf.get('人民银行呼和浩特中心支行') as string;
    const ego = egoNetwork(full, pboc, 1);
    const tasks = new Set(
      items
        .filter((i) => [...i.leads, ...i.cooperators].includes('人民银行呼和浩特中心支行'))
        .map((i) => i.task),
    );
    expect(ego.nodes.filter((n) => n.kind === 'task')).toHaveLength(tasks.size);
    const partners = new Set(
      items.filter((i) => tasks.has(i.task)).flatMap((i) => [...i.leads, ...i.cooperators]),
    );
    expect(ego.nodes.filter((n) => n.kind === 'agency')).toHaveLength(partners.size);
    expect(egoNetwork(full, pboc, 2).nodes.length).toBeGreaterThan(ego.nodes.length);
  });
});
