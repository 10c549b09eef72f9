// The overlap count on hand-made scenes: each kind of overlap counted once, a label on its own node
// and a task's title inside its section's box not counted at all.
import { describe, expect, it } from 'vitest';
import type { Scene, SceneMark } from '../scene.ts';
import { countOverlaps } from './scene-overlaps.ts';

const agency = (id: string, cx: number, cy: number): SceneMark => ({
  type: 'circle',
  cx,
  cy,
  r: 10,
  layer: 'nodes',
  ref: { kind: 'agency', id },
});
const label = (id: string, x: number, y: number, text = '商务厅'): SceneMark => ({
  type: 'text',
  x,
  y,
  text,
  size: 12,
  anchor: 'middle',
  baseline: 'middle',
  layer: 'labels',
  ref: { kind: 'agency', id },
});
const scene = (marks: SceneMark[]): Scene => ({ width: 500, height: 500, marks });

describe('countOverlaps', () => {
  it('counts nothing in a tidy scene: each name under its own node', () => {
    const counts = countOverlaps(scene([agency('a', 50, 50), label('a', 50, 70), agency('b', 150, 50), label('b', 150, 70)])); // prettier-ignore
    expect(counts).toMatchObject({ labelOnLabel: 0, labelOnNode: 0, edgeOnSectionTitle: 0 });
  });

  it('counts a name on another name and a name on another node', () => {
    const counts = countOverlaps(
      scene([agency('a', 50, 50), label('a', 50, 70), agency('b', 60, 85), label('b', 70, 72)]),
    );
    expect(counts.labelOnLabel).toBe(1);
    expect(counts.labelOnNode).toBe(1); // a's name on b's disc
    expect(counts.details).toContain('label "商务厅" on node b');
  });

  it('counts an edge through a section title, not one that passes by', () => {
    const marks: SceneMark[] = [
      { type: 'rect', x: 100, y: 100, width: 200, height: 100, layer: 'sections', ref: { kind: 'section', id: 's' } }, // prettier-ignore
      { type: 'text', x: 100, y: 90, text: '1. 推进体制机制改革创新', size: 13, baseline: 'middle', layer: 'sections', ref: { kind: 'section', id: 's' } }, // prettier-ignore
      { type: 'path', d: 'M 150 0 L 150 150', stroke: '#000', layer: 'edges' },
      { type: 'path', d: 'M 350 0 L 350 150', stroke: '#000', layer: 'edges' },
    ];
    expect(countOverlaps(scene(marks)).edgeOnSectionTitle).toBe(1);
  });

  it("leaves a task's title inside its box alone, though the box lies in its section's", () => {
    const marks: SceneMark[] = [
      { type: 'rect', x: 0, y: 0, width: 200, height: 100, layer: 'sections', ref: { kind: 'section', id: 's' } }, // prettier-ignore
      { type: 'rect', x: 20, y: 20, width: 100, height: 30, layer: 'nodes', ref: { kind: 'task', id: 't' } }, // prettier-ignore
      { type: 'text', x: 70, y: 35, text: '创新口岸', size: 11, anchor: 'middle', baseline: 'middle', layer: 'labels', ref: { kind: 'task', id: 't' } }, // prettier-ignore
      label('a', 100, 60),
    ];
    const counts = countOverlaps(scene(marks));
    // Only the agency's name counts: it lies on the section's box.
    expect(counts.labelOnNode).toBe(1);
    expect(counts.details).toEqual(['label "商务厅" on node s']);
  });
});
