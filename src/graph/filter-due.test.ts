// The network filtered by "due by": on the Manzhouli notice as its task table writes it, with a time
// limit on every item (2014年底前, 2015年6月底前, 2016年底前, 持续推进, 长期坚持).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itemDeadlines, itemsDueBy } from '../analysis/deadlines.ts';
import { computeWorkload } from '../analysis/workload.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { isFiltering, NO_FILTER, visibleElements } from './filter.ts';
import { agencyTaskNetwork, coordinationNetwork } from './network.ts';

const model = parseNotice(
  readFileSync(new URL('../../tests/fixtures/pdf/manzhouli-table.txt', import.meta.url)),
);
const workloads = computeWorkload(model);
const graph = agencyTaskNetwork(model, workloads);
const itemSection = new Map(model.items.map((a) => [a.id as string, 0]));
const deadlines = itemDeadlines(model);

describe('visibleElements under "due by"', () => {
  it('keeps exactly the links behind an item due by the day, and the tasks and agencies on them', () => {
    const day = '2014-12-31';
    const due = itemsDueBy(deadlines, day);
    const filter = { ...NO_FILTER, dueBy: day };
    expect(isFiltering(filter)).toBe(true);
    const visible = visibleElements(graph, filter, itemSection, null, null, due);
    const edges = graph.edges.filter((e) => visible.has(e.id));
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) expect(edge.items.some((item) => due.has(item))).toBe(true);
    // Every item due by the day is still drawn, through its lead's edge.
    const drawn = new Set(edges.flatMap((e) => e.items));
    for (const item of due) expect(drawn.has(item)).toBe(true);
    const tasks = graph.nodes.filter((n) => n.kind === 'task');
    const dueTasks = new Set(model.items.filter((i) => due.has(i.id)).map((i) => i.taskId as string));
    expect(
      tasks
        .filter((t) => visible.has(t.id))
        .map((t) => t.id)
        .sort(),
    ).toEqual([...dueTasks].sort());
  });

  it('never counts a deadline with no date, whatever the day', () => {
    const due = itemsDueBy(deadlines, '2099-12-31');
    const undated = deadlines.filter((d) => d.due === null).map((d) => d.item.id);
    expect(undated.length).toBeGreaterThan(0);
    for (const id of undated) expect(due.has(id)).toBe(false);
    const visible = visibleElements(
      graph,
      { ...NO_FILTER, dueBy: '2099-12-31' },
      itemSection,
      null,
      null,
      due,
    );
    const onlyUndated = graph.edges.filter((e) => e.items.every((i) => undated.includes(i)));
    for (const edge of onlyUndated) expect(visible.has(edge.id)).toBe(false);
  });

  it('hides everything but the kept agency before the first deadline, and filters coordination links too', () => {
    const none = visibleElements(
      graph,
      { ...NO_FILTER, dueBy: '2000-01-01' },
      itemSection,
      null,
      null,
      new Set(),
    );
    expect(graph.edges.some((e) => none.has(e.id))).toBe(false);
    expect(graph.nodes.some((n) => n.kind !== 'section' && none.has(n.id))).toBe(false);
    const coordination = coordinationNetwork(model, workloads);
    const due = itemsDueBy(deadlines, '2015-06-30');
    const visible = visibleElements(
      coordination,
      { ...NO_FILTER, dueBy: '2015-06-30' },
      itemSection,
      null,
      null,
      due,
    );
    const links = coordination.edges.filter((e) => visible.has(e.id));
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThan(coordination.edges.length);
  });

  it('ignores the set of due items while the filter is off', () => {
    const visible = visibleElements(graph, NO_FILTER, itemSection, null, null, new Set());
    expect(visible.size).toBe(graph.nodes.length + graph.edges.length);
  });
});
