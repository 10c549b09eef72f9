// Filters on the Manzhouli networks: sections, lead only, minimum workload, agency kinds.
import { describe, expect, it } from 'vitest';
import { handItems, sectionOfTask } from '../../tests/support/manzhouli-items.ts';
import { seedBytes } from '../../tests/support/seed.ts';
import { computeWorkload } from '../analysis/workload.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { foldTasks } from './aggregate.ts';
import { isFiltering, NO_FILTER, visibleElements } from './filter.ts';
import { agencyTaskNetwork, coordinationNetwork } from './network.ts';

const model = parseNotice(seedBytes());
const workloads = computeWorkload(model);
const graph = agencyTaskNetwork(model, workloads);
const sectionOfSection = new Map(model.sections.map((s) => [s.id, s.ordinal]));
const itemSection = new Map(
  model.items.map((a) => [a.id as string, sectionOfSection.get(a.sectionId!) ?? 0]),
);
const items = handItems();
const agencyNamesById = new Map(model.agencies.map((a) => [a.id as string, a.name]));
const agenciesIn = (visible: Set<string>) =>
  new Set([...visible].filter((id) => agencyNamesById.has(id)).map((id) => agencyNamesById.get(id)));

describe('visibleElements', () => {
  it('shows everything with no filter', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(visibleElements(graph, NO_FILTER, itemSection).size).toBe(graph.nodes.length + graph.edges.length);
  });

  it('keeps one section: its box, its tasks, and exactly the agencies named in its items', () => {
    const visible = visibleElements(graph, { ...NO_FILTER, sections: new Set([3]) }, itemSection);
    const tasks = graph.nodes.filter((n) => n.kind === 'task' && visible.has(n.id));
    expect(tasks).toHaveLength(3);
    expect(visible.has(model.sections[2]!.id)).toBe(true);
    expect(visible.has(model.sections[0]!.id)).toBe(false);
    const named = new Set(
      items.filter((i) => sectionOfTask(i.task) === 3).flatMap((i) => [...i.leads, ...i.cooperators]),
    );
    expect(agenciesIn(visible)).toEqual(named);
  });

  it('keeps only lead edges and the agencies that lead something', () => {
    const visible = visibleElements(graph, { ...NO_FILTER, leadOnly: true }, itemSection);
    expect(graph.edges.filter((e) => visible.has(e.id)).every((e) => e.kind === 'lead')).toBe(true);
    expect(agenciesIn(visible)).toEqual(new Set(items.flatMap((i) => i.leads)));
  });

  it('hides agencies under a minimum workload and agencies of other kinds, but keeps the ego agency', () => {
    const heavy = visibleElements(graph, { ...NO_FILTER, minLoad: 30 }, itemSection);
    const want = model.agencies.filter((a) => (workloads.get(a.id)?.load ?? 0) >= 30).map((a) => a.name);
    expect(agenciesIn(heavy)).toEqual(new Set(want));
    const central = visibleElements(graph, { ...NO_FILTER, kinds: new Set(['central']) }, itemSection);
    expect(agenciesIn(central)).toEqual(
      new Set(model.agencies.filter((a) => a.kind === 'central').map((a) => a.name)),
    );
    const ego = model.agencies.find((a) => a.name === '自治区卫生厅')!.id;
    const kept = visibleElements(graph, { ...NO_FILTER, minLoad: 30 }, itemSection, ego);
    expect(kept.has(ego)).toBe(true);
  });

  it('filters coordination links by the sections of their shared items', () => {
    const coordination = coordinationNetwork(model, workloads);
    const visible = visibleElements(coordination, { ...NO_FILTER, sections: new Set([7]) }, itemSection);
    const named = new Set(
      items.filter((i) => sectionOfTask(i.task) === 7).flatMap((i) => [...i.leads, ...i.cooperators]),
    );
    expect(agenciesIn(visible)).toEqual(named);
  });
});

describe('foldTasks', () => {
  it('folds tasks into their sections, keeping every item behind every edge', () => {
    const folded = foldTasks(graph);
    expect(folded.nodes.filter((n) => n.kind === 'task')).toHaveLength(0);
    expect(folded.nodes.filter((n) => n.kind === 'section')).toHaveLength(7);
    expect(folded.nodes.filter((n) => n.kind === 'agency')).toHaveLength(45);
    const sum = (g: typeof graph) => g.edges.reduce((n, e) => n + e.weight, 0);
    expect(sum(folded)).toBe(sum(graph));
    const pairs = new Set(items.flatMap((i) => i.leads.map((a) => `${a} ${sectionOfTask(i.task)}`)));
    expect(folded.edges.filter((e) => e.kind === 'lead')).toHaveLength(pairs.size);
    expect(foldTasks(coordinationNetwork(model, workloads)).edges[0]).toHaveProperty('leadItems');
  });
});

describe('visibleElements with shared items and a focus', () => {
  const coordination = coordinationNetwork(model, workloads);

  it('hides coordination links sharing fewer than k items, and agencies left without a link', () => {
    const k = 3;
    const visible = visibleElements(coordination, { ...NO_FILTER, minShared: k }, itemSection);
    const kept = coordination.edges.filter((e) => e.weight >= k);
    expect(coordination.edges.filter((e) => visible.has(e.id))).toEqual(kept);
    const linked = new Set(kept.flatMap((e) => [e.source, e.target]));
    expect(new Set(coordination.nodes.filter((n) => visible.has(n.id)).map((n) => n.id))).toEqual(linked);
  });

  it('shows nothing outside the scope, and keeps the focused agency whatever the filters', () => {
    const [first] = coordination.edges;
    const scope = new Set([first!.source, first!.target, first!.id]);
    const visible = visibleElements(
      coordination,
      { ...NO_FILTER, minShared: 1000 },
      itemSection,
      first!.source,
      scope,
    );
    expect(visible).toEqual(new Set([first!.source]));
  });
});
