// What a reader of a printed network cannot untangle, counted on the scene itself (the marks the
// exports and the briefing draw): labels on labels, labels on nodes that are not theirs, and edges
// running through a section's title. The network scene places its labels to keep all three at 0.
import type { Scene, SceneMark, TextMark } from '../scene.ts';
import {
  markShape,
  pathCrossesRect,
  rectsOverlap,
  shapeBounds,
  shapeOverlapsRect,
  textBox,
  union,
  type Rect,
  type Shape,
} from './mark-geometry.ts';

export interface Overlaps {
  /** Pairs of labels whose boxes overlap. */
  readonly labelOnLabel: number;
  /** Labels on a node other than their own (a disc, a task box, a section's box). */
  readonly labelOnNode: number;
  /** Edges running through a section's title. */
  readonly edgeOnSectionTitle: number;
  /** Each overlap in words, for a failing test to name. */
  readonly details: readonly string[];
}

interface Label {
  readonly owner: string;
  readonly text: string;
  readonly box: Rect;
  readonly section: boolean;
}

interface Node {
  readonly id: string;
  readonly shape: Shape;
  /** A section's box round its tasks: the tasks' own labels sit inside it by design. */
  readonly compound: boolean;
}

/** A label per node and layer: the lines of a name drawn as one block. */
function labels(marks: readonly SceneMark[]): Label[] {
  const byOwner = new Map<string, { text: string; box: Rect; section: boolean }>();
  for (const mark of marks) {
    if (mark.type !== 'text' || !mark.ref || (mark.layer !== 'labels' && mark.layer !== 'sections')) continue;
    const key = `${mark.layer}\u0000${mark.ref.id}`;
    const box = textBox(mark as TextMark);
    const seen = byOwner.get(key);
    byOwner.set(
      key,
      seen
        ? { ...seen, text: `${seen.text} ${mark.text}`, box: union(seen.box, box) }
        : { text: mark.text, box, section: mark.layer === 'sections' },
    );
  }
  return [...byOwner].map(([key, l]) => ({ owner: key.split('\u0000')[1] ?? '', ...l }));
}

/** Whether `inner` lies within `outer`, give or take a pixel of estimated text width. */
function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x0 >= outer.x0 - 1 &&
    inner.y0 >= outer.y0 - 1 &&
    inner.x1 <= outer.x1 + 1 &&
    inner.y1 <= outer.y1 + 1
  );
}

function nodes(marks: readonly SceneMark[]): Node[] {
  const out: Node[] = [];
  for (const mark of marks) {
    if (!mark.ref || (mark.layer !== 'nodes' && mark.layer !== 'sections') || mark.type === 'text') continue;
    const shape = markShape(mark);
    if (shape) out.push({ id: mark.ref.id, shape, compound: mark.layer === 'sections' });
  }
  return out;
}

export function countOverlaps(scene: Scene): Overlaps {
  const all = labels(scene.marks);
  const bodies = nodes(scene.marks);
  const details: string[] = [];
  let labelOnLabel = 0;
  let labelOnNode = 0;
  let edgeOnSectionTitle = 0;
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const [a, b] = [all[i] as Label, all[j] as Label];
      if (rectsOverlap(a.box, b.box)) {
        labelOnLabel++;
        details.push(`label "${a.text}" on label "${b.text}"`);
      }
    }
  for (const label of all) {
    const inside = bodies.some((n) => n.id === label.owner && contains(shapeBounds(n.shape), label.box));
    for (const node of bodies) {
      if (node.id === label.owner || (inside && node.compound)) continue;
      if (!shapeOverlapsRect(node.shape, label.box)) continue;
      labelOnNode++;
      details.push(`label "${label.text}" on node ${node.id}`);
    }
  }
  const titles = all.filter((l) => l.section);
  for (const mark of scene.marks) {
    if (mark.type !== 'path' || mark.layer !== 'edges') continue;
    for (const title of titles)
      if (pathCrossesRect(mark.d, title.box)) {
        edgeOnSectionTitle++;
        details.push(`edge ${mark.title ?? ''} through section title "${title.text}"`);
      }
  }
  return { labelOnLabel, labelOnNode, edgeOnSectionTitle, details };
}
