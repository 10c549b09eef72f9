// Folding a large network (issue #15): over 300 nodes the 3,000-item notice folds its tasks into
// sections and its agencies into blocs; every item behind the full network is still behind the folded
// one, on an edge between the nodes that hold its ends; one section or bloc opens on its own.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { syntheticMatrixModel } from '../../tests/bench/matrix-synthetic.ts';
import { computeWorkload } from '../analysis/workload.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import {
  AGGREGATE_ABOVE,
  aggregateNetwork,
  blocNodeId,
  foldAgencies,
  foldsAgencies,
  foldTasks,
} from './aggregate.ts';
import { coordinationBlocs } from '../analysis/blocs.ts';
import { DEFAULT_PICTURE, pictureBase } from './picture.ts';
import { agencyTaskNetwork, coordinationNetwork, type GraphData } from './network.ts';

const large = syntheticMatrixModel();
const largeFull = agencyTaskNetwork(large, computeWorkload(large));
const blocOf: ReadonlyMap<string, number> = coordinationBlocs(large).blocOf;

/** Every (kind, item, source, target) an edge carries: what tracing a line to its sentences gives. */
function traces(graph: GraphData, into: (id: string) => string = (id) => id): Set<string> {
  const out = new Set<string>();
  for (const e of graph.edges)
    for (const item of e.items) out.add(`${e.kind} ${item} ${into(e.source)} ${into(e.target)}`);
  return out;
}

/** Where each node of the full network sits in a folded one. */
function holder(folded: GraphData): (id: string) => string {
  const at = new Map<string, string>();
  for (const node of folded.nodes) {
    at.set(node.id, node.id);
    for (const member of node.members ?? []) at.set(member, node.id);
  }
  return (id) => at.get(id) ?? id;
}

describe('aggregateNetwork on the 3,000-item, 500-agency notice', () => {
  const folded = aggregateNetwork(largeFull, { fold: 'auto', blocOf: () => blocOf });

  it('folds tasks into sections and agencies into blocs, to under the limit', () => {
    expect(largeFull.nodes.length).toBe(12 + 240 + 500);
    expect(folded.sections).toBe(12);
    expect(folded.tasks).toBe(240);
    expect(folded.agencies).toBe(500);
    expect(folded.blocs).toBe(new Set(blocOf.values()).size);
    expect(folded.graph.nodes.length).toBe(12 + folded.blocs);
    expect(folded.graph.nodes.length).toBeLessThanOrEqual(AGGREGATE_ABOVE);
    expect(folded.graph.nodes.filter((n) => n.kind === 'task')).toHaveLength(0);
  });

  it('keeps every item behind the edges, between the nodes holding its ends', () => {
    expect(traces(folded.graph)).toEqual(traces(largeFull, holder(folded.graph)));
    for (const edge of folded.graph.edges) expect(edge.weight).toBe(edge.items.length);
    // A bloc node carries its members' workloads.
    const bloc = folded.graph.nodes.find((n) => n.id === blocNodeId(1))!;
    const members = largeFull.nodes.filter((n) => bloc.members?.includes(n.id));
    expect(bloc.load).toBe(members.reduce((s, n) => s + (n.load ?? 0), 0));
    expect(bloc.label).toMatch(/ \+\d+$/);
  });

  it('opens one section or one bloc, leaving the rest folded', () => {
    const section = large.sections[2]!.id;
    const open = new Set([section, blocNodeId(2)]);
    const opened = aggregateNetwork(largeFull, { fold: 'auto', open, blocOf: () => blocOf });
    const tasks = opened.graph.nodes.filter((n) => n.kind === 'task');
    expect(tasks).toHaveLength(20);
    expect(tasks.every((t) => t.parent === section)).toBe(true);
    expect(opened.sections).toBe(11);
    const agencies = opened.graph.nodes.filter((n) => n.kind === 'agency' && !n.members);
    expect(agencies.map((n) => n.id).sort()).toEqual(
      [...blocOf]
        .filter(([, b]) => b === 2)
        .map(([id]) => id)
        .sort(),
    );
    expect(opened.blocs).toBe(folded.blocs - 1);
    expect(traces(opened.graph)).toEqual(traces(largeFull, holder(opened.graph)));
  });

  it('knows beforehand whether agencies will be folded, as aggregateNetwork then does', () => {
    const cases = [
      { fold: 'auto', open: new Set<string>() },
      { fold: 'off', open: new Set<string>() },
      { fold: 'on', open: new Set<string>() },
      { fold: 'auto', open: new Set(large.sections.slice(0, 12).map((s) => s.id)) },
    ] as const;
    for (const options of cases) {
      const result = aggregateNetwork(largeFull, { ...options, blocOf: () => blocOf });
      expect(foldsAgencies(largeFull, options)).toBe(result.blocs > 0);
    }
    expect(foldsAgencies(largeFull, { fold: 'auto', limit: 600 })).toBe(false);
  });

  it('folds nothing when asked not to, and never asks for blocs it does not need', () => {
    expect(aggregateNetwork(largeFull, { fold: 'off', blocOf: () => blocOf }).graph).toBe(largeFull);
    let asked = false;
    const seed = parseNotice(seedBytes());
    const small = agencyTaskNetwork(seed, computeWorkload(seed));
    const kept = aggregateNetwork(small, {
      fold: 'auto',
      blocOf: () => ((asked = true), new Map()),
    });
    expect(kept.graph).toBe(small);
    expect(kept.sections + kept.blocs).toBe(0);
    expect(asked).toBe(false);
  });
});

describe('folding the coordination network into blocs', () => {
  const coordination = coordinationNetwork(large, computeWorkload(large));

  it('merges links across blocs both ways, keeping every shared item and the lead count', () => {
    const folded = foldAgencies(coordination, blocOf);
    const into = holder(folded);
    const pairs = (g: GraphData, at: (id: string) => string) => {
      const out = new Set<string>();
      for (const e of g.edges) {
        const [a, b] = [at(e.source), at(e.target)].sort();
        if (a !== b) for (const item of e.items) out.add(`${item} ${a} ${b}`);
      }
      return out;
    };
    expect(pairs(folded, (id) => id)).toEqual(pairs(coordination, into));
    for (const e of folded.edges) {
      expect(e.leadItems).toBeGreaterThanOrEqual(0);
      expect(e.leadItems).toBeLessThanOrEqual(e.weight);
    }
    // One link per pair of blocs, none from a bloc to itself.
    expect(folded.edges.every((e) => e.source !== e.target)).toBe(true);
    const keys = folded.edges.map((e) => [e.source, e.target].sort().join(' '));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is what the picture draws for a coordination network of 500 agencies', () => {
    const networks = { full: largeFull, coordination, blocOf: () => blocOf };
    const base = pictureBase(large, { ...DEFAULT_PICTURE, mode: 'coordination' }, networks);
    expect(base.folded).toBe(true);
    expect(base.aggregation?.agencies).toBe(500);
    expect(base.size).toBe(500);
    expect(base.base.nodes.every((n) => n.members)).toBe(true);
  });
});

describe('foldTasks on the seed', () => {
  it('leaves an opened section with its tasks', () => {
    const seed = parseNotice(seedBytes());
    const full = agencyTaskNetwork(seed, computeWorkload(seed));
    const first = seed.sections[0]!.id;
    const folded = foldTasks(full, new Set([first]));
    const tasks = folded.nodes.filter((n) => n.kind === 'task');
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.every((t) => t.parent === first)).toBe(true);
    expect(folded.nodes.find((n) => n.id === first)?.members).toBeUndefined();
    expect(folded.nodes.filter((n) => n.kind === 'section' && n.members)).toHaveLength(
      seed.sections.length - 1,
    );
  });
});
