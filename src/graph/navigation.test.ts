// Walking the graph by keyboard: the agencies in order of load, and stepping through them.
import { describe, expect, it } from 'vitest';
import type { GraphData, GraphNode } from './network.ts';
import { agenciesByLoad, stepThrough } from './navigation.ts';

const agency = (id: string, load: number, led = 0): GraphNode => ({
  id,
  kind: 'agency',
  label: id,
  name: id,
  load,
  led,
});

const graph: GraphData = {
  nodes: [
    agency('ag:财政局', 4, 1),
    { id: 'task-1', kind: 'task', label: '1', name: '推进改革' },
    agency('ag:商务厅', 9, 3),
    agency('ag:海关', 4, 2),
    agency('ag:口岸办', 4, 2),
  ],
  edges: [],
};

describe('agenciesByLoad', () => {
  it("lists the agencies heaviest first, then by items led, then in the graph's order; no tasks", () => {
    expect(agenciesByLoad(graph, null)).toEqual(['ag:商务厅', 'ag:海关', 'ag:口岸办', 'ag:财政局']);
  });

  it('leaves out what the filters hide', () => {
    expect(agenciesByLoad(graph, new Set(['ag:财政局', 'ag:海关', 'task-1']))).toEqual([
      'ag:海关',
      'ag:财政局',
    ]);
  });
});

describe('stepThrough', () => {
  const order = ['a', 'b', 'c'];
  it('starts at the first going forward, and leaves going back from none', () => {
    expect(stepThrough(order, null, 1)).toBe('a');
    expect(stepThrough(order, null, -1)).toBeNull();
    expect(stepThrough(order, 'gone', 1)).toBe('a');
  });

  it('steps either way and leaves past either end', () => {
    expect(stepThrough(order, 'a', 1)).toBe('b');
    expect(stepThrough(order, 'c', -1)).toBe('b');
    expect(stepThrough(order, 'c', 1)).toBeNull();
    expect(stepThrough(order, 'a', -1)).toBeNull();
  });
});
