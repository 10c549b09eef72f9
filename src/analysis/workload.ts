// How much each agency carries: items led and joined, the tasks and sections it touches, its
// partners, a weighted load and its centrality in the coordination network. Pure; never mutates.
import type { AgencyId, NoticeModel, SectionId, TaskId } from '../notice/model.ts';
import { betweennessInSteps, degreeCentrality, runSteps } from './centrality.ts';
import { coordinationLinks, partnersOf } from './coordination.ts';

export interface WorkloadWeights {
  readonly lead: number;
  readonly cooperate: number;
  readonly responsible: number;
}

/** Leading an item means organising it and answering for it: three times a cooperator's share.
 *  Shared responsibility with no lead named sits between the two. */
export const DEFAULT_WEIGHTS: WorkloadWeights = { lead: 3, cooperate: 1, responsible: 2 };

export interface Workload {
  readonly agencyId: AgencyId;
  readonly led: number;
  readonly cooperated: number;
  readonly responsible: number;
  /** Items taken part in without leading them: cooperating or sharing responsibility. */
  readonly joined: number;
  /** Distinct items the agency is named in. */
  readonly items: number;
  readonly tasks: number;
  readonly sections: number;
  /** Distinct agencies it shares at least one item with. */
  readonly partners: number;
  readonly load: number;
  /** Its share of all (item, agency) items in the notice, 0–1. */
  readonly share: number;
  /** Sum of shared items over all partners. */
  readonly strength: number;
  /** Normalised betweenness in the coordination network, 0–1. */
  readonly betweenness: number;
}

interface Tally {
  led: number;
  cooperated: number;
  responsible: number;
  items: Set<string>;
  tasks: Set<TaskId>;
  sections: Set<SectionId>;
}

function tally(model: NoticeModel): Map<AgencyId, Tally> {
  const tallies = new Map<AgencyId, Tally>(
    model.agencies.map((a) => [
      a.id,
      { led: 0, cooperated: 0, responsible: 0, items: new Set(), tasks: new Set(), sections: new Set() },
    ]),
  );
  const touch = (id: AgencyId, item: NoticeModel['items'][number]) => {
    const t = tallies.get(id);
    if (!t) return undefined;
    t.items.add(item.id);
    if (item.taskId) t.tasks.add(item.taskId);
    if (item.sectionId) t.sections.add(item.sectionId);
    return t;
  };
  for (const item of model.items) {
    for (const id of item.leads) {
      const t = touch(id, item);
      if (t) t.led++;
    }
    for (const id of item.cooperators) {
      const t = touch(id, item);
      if (t) t.cooperated++;
    }
    for (const id of item.responsible) {
      const t = touch(id, item);
      if (t) t.responsible++;
    }
  }
  return tallies;
}

export function computeWorkload(
  model: NoticeModel,
  weights: WorkloadWeights = DEFAULT_WEIGHTS,
): ReadonlyMap<AgencyId, Workload> {
  return runSteps(workloadInSteps(model, weights));
}

/** computeWorkload, pausing within its one costly part, betweenness (see betweennessInSteps). */
export function* workloadInSteps(
  model: NoticeModel,
  weights: WorkloadWeights = DEFAULT_WEIGHTS,
): Generator<void, ReadonlyMap<AgencyId, Workload>> {
  const tallies = tally(model);
  const adjacency = partnersOf(coordinationLinks(model));
  const ids = model.agencies.map((a) => a.id);
  const degree = degreeCentrality(ids, adjacency);
  const betweenness = yield* betweennessInSteps(ids, adjacency);
  let total = 0;
  tallies.forEach((t) => (total += t.led + t.cooperated + t.responsible));
  const result = new Map<AgencyId, Workload>();
  for (const id of ids) {
    const t = tallies.get(id) as Tally;
    const roles = t.led + t.cooperated + t.responsible;
    result.set(id, {
      agencyId: id,
      led: t.led,
      cooperated: t.cooperated,
      responsible: t.responsible,
      joined: t.cooperated + t.responsible,
      items: t.items.size,
      tasks: t.tasks.size,
      sections: t.sections.size,
      partners: degree.get(id)?.degree ?? 0,
      load: t.led * weights.lead + t.cooperated * weights.cooperate + t.responsible * weights.responsible,
      share: total > 0 ? roles / total : 0,
      strength: degree.get(id)?.strength ?? 0,
      betweenness: betweenness.get(id) ?? 0,
    });
  }
  return result;
}

/** The same workloads under other weights: only the load depends on them, so nothing is counted or
 *  measured again (betweenness alone can take a large notice hundreds of milliseconds). */
export function reweighted(
  workloads: ReadonlyMap<AgencyId, Workload>,
  weights: WorkloadWeights,
): ReadonlyMap<AgencyId, Workload> {
  const result = new Map<AgencyId, Workload>();
  workloads.forEach((w, id) =>
    result.set(id, {
      ...w,
      load: w.led * weights.lead + w.cooperated * weights.cooperate + w.responsible * weights.responsible,
    }),
  );
  return result;
}

/** Work of this size (agencies × links between them) is measured in one go; beyond it, in slices. */
const ONE_GO_WORK = 400_000;

/** True when computeWorkload on this model may hold a page for long: betweenness costs one breadth-
 *  first search of the coordination network per agency. */
export function workloadIsCostly(model: NoticeModel): boolean {
  const n = model.agencies.length;
  // Links are at most the pairs named together, and at most all pairs: an upper bound in one pass.
  let pairs = 0;
  for (const item of model.items) {
    const k = item.leads.length + item.cooperators.length + item.responsible.length;
    pairs += (k * (k - 1)) / 2;
  }
  return n * Math.min(pairs, (n * (n - 1)) / 2) > ONE_GO_WORK;
}

/** Workloads heaviest first; ties broken by items led, then by name order in the notice. */
export function rankByLoad(workloads: ReadonlyMap<AgencyId, Workload>): Workload[] {
  const order = new Map([...workloads.keys()].map((id, i) => [id, i]));
  return [...workloads.values()].sort(
    (a, b) => b.load - a.load || b.led - a.led || (order.get(a.agencyId) ?? 0) - (order.get(b.agencyId) ?? 0),
  );
}
