import { describe, expect, it } from 'vitest';
import { FIXTURE_MODEL } from '../../../tests/unit/fixtures/notice-model.ts';
import { buildTaskAgencyNetwork } from './task-agency-network.ts';

describe('buildTaskAgencyNetwork', () => {
  const network = buildTaskAgencyNetwork(FIXTURE_MODEL);

  it('has every agency, every task and a node for the item outside any task', () => {
    expect(network.nodes.map((n) => n.id)).toEqual([
      'agency:ag1',
      'agency:ag2',
      'agency:ag3',
      'agency:ag4',
      'agency:ag5',
      'task:t1',
      'task:t2',
      'task:t3',
      'item:i5',
    ]);
    expect(network.nodes[5]).toEqual({
      id: 'task:t1',
      kind: 'task',
      label: '（一）创新口岸管理',
      name: '创新口岸管理',
      section: '一、推进改革',
      ordinal: 1,
    });
    expect(network.nodes[2]).toMatchObject({ kind: 'agency', generic: true, agencyKind: 'generic' });
  });

  it('aggregates per task, agency and role, weighting by items', () => {
    const summary = network.edges.map(
      (e) => `${e.source}→${e.target} ${e.role} ${e.weight} [${e.items.join(' ')}]`,
    );
    expect(summary).toEqual([
      'agency:ag1→task:t1 lead 1 [i1]',
      'agency:ag2→task:t1 cooperate 1 [i1]',
      'agency:ag3→task:t1 cooperate 1 [i1]',
      'agency:ag4→task:t1 responsible 1 [i2]',
      'agency:ag1→task:t1 responsible 1 [i2]',
      'agency:ag5→task:t2 lead 2 [i3 i4]',
      'agency:ag4→task:t2 cooperate 2 [i3 i4]',
      'agency:ag1→item:i5 responsible 1 [i5]',
    ]);
    expect(network.edges.map((e) => e.id)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
  });

  it('leaves out edges to agencies the model does not list', () => {
    const model = { ...FIXTURE_MODEL, agencies: FIXTURE_MODEL.agencies.slice(1) };
    const sources = buildTaskAgencyNetwork(model).edges.map((e) => e.source);
    expect(sources).not.toContain('agency:ag1');
  });
});
