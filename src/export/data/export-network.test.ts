import { describe, expect, it } from 'vitest';
import { FIXTURE_MODEL } from '../../../tests/unit/fixtures/notice-model.ts';
import { buildExportNetwork } from './export-network.ts';

describe('buildExportNetwork', () => {
  const network = buildExportNetwork(FIXTURE_MODEL);
  const node = (id: string) => network.nodes.find((n) => n.id === id);

  it('has every agency and task, and a section only where an item outside any task hangs', () => {
    expect(network.nodes.map((n) => n.id).sort()).toEqual([
      'ag1',
      'ag2',
      'ag3',
      'ag4',
      'ag5',
      's2',
      't1',
      't2',
      't3',
    ]);
    expect(node('t1')).toEqual({
      id: 't1',
      kind: 'task',
      label: '（1）创新口岸管理',
      name: '创新口岸管理',
      section: '一、推进改革',
      ordinal: 1,
    });
    expect(node('s2')).toMatchObject({
      kind: 'section',
      name: '扩大开放',
      section: '二、扩大开放',
      ordinal: 2,
    });
  });

  it("gives agencies the app's short label, the full name and their workload", () => {
    expect(node('ag1')).toEqual({
      id: 'ag1',
      kind: 'agency',
      label: '商务厅',
      name: '自治区商务厅',
      generic: false,
      agencyKind: 'regional',
      led: 1,
      joined: 2,
      load: 7,
    });
    expect(node('ag3')).toMatchObject({ generic: true, agencyKind: 'generic' });
  });

  it('has one edge per task, agency and role, weighted by items', () => {
    const summary = network.edges.map(
      (e) => `${e.source}→${e.target} ${e.role} ${e.weight} [${e.items.join(' ')}]`,
    );
    expect(summary).toEqual([
      'ag1→t1 lead 1 [i1]',
      'ag2→t1 cooperate 1 [i1]',
      'ag3→t1 cooperate 1 [i1]',
      'ag4→t1 responsible 1 [i2]',
      'ag1→t1 responsible 1 [i2]',
      'ag5→t2 lead 2 [i3 i4]',
      'ag4→t2 cooperate 2 [i3 i4]',
      'ag1→s2 responsible 1 [i5]',
    ]);
  });

  it('leaves out edges to agencies the model does not list', () => {
    const model = { ...FIXTURE_MODEL, agencies: FIXTURE_MODEL.agencies.slice(1) };
    const { nodes, edges } = buildExportNetwork(model);
    expect(nodes.map((n) => n.id)).not.toContain('ag1');
    expect(edges.map((e) => e.source)).not.toContain('ag1');
  });
});
