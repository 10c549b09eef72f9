// Display state on the Manzhouli network: what selecting, hovering, searching and filtering light up.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { computeWorkload } from '../analysis/workload.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { GRAPH_CLASSES, graphClasses, type GraphUi } from './classes.ts';
import { agencyTaskNetwork } from './network.ts';

const model = parseNotice(seedBytes());
const graph = agencyTaskNetwork(model, computeWorkload(model));
const idOf = new Map(model.agencies.map((a) => [a.name, a.id as string]));
const plain: GraphUi = { selected: null, hover: null, matches: new Set(), visible: null, unboxed: false };
const withClass = (classes: Map<string, string[]>, name: string) =>
  new Set([...classes].filter(([, list]) => list.includes(name)).map(([id]) => id));

describe('graphClasses', () => {
  it('draws everything plainly when nothing is selected, hovered, found or filtered', () => {
    const classes = graphClasses(graph, plain);
    expect(classes.size).toBe(graph.nodes.length + graph.edges.length);
    expect([...classes.values()].every((list) => list.length === 0)).toBe(true);
  });

  it('focuses a selected agency, lights its tasks and edges, dims the rest but not their sections', () => {
    const ndrc = idOf.get('自治区发展改革委') as string;
    const classes = graphClasses(graph, { ...plain, selected: { kind: 'node', id: ndrc } });
    expect(withClass(classes, 'focused')).toEqual(new Set([ndrc]));
    const edges = graph.edges.filter((e) => e.source === ndrc);
    const neighbours = withClass(classes, 'neighbour');
    expect(neighbours).toEqual(new Set([...edges.map((e) => e.id), ...edges.map((e) => e.target)]));
    const dimmed = withClass(classes, 'dimmed');
    const lit = new Set(edges.map((e) => graph.nodes.find((n) => n.id === e.target)?.parent));
    expect([...lit].some((section) => section && dimmed.has(section))).toBe(false);
    expect(dimmed.has(idOf.get('自治区卫生厅') as string)).toBe(true);
    // Every element is exactly one of focused, neighbour, dimmed or a lit section box.
    expect(withClass(classes, 'focused').size + neighbours.size + dimmed.size + lit.size).toBe(classes.size);
  });

  it('focuses the edges that carry a selected item and their agencies and task', () => {
    const classes = graphClasses(graph, { ...plain, selected: { kind: 'item', id: 'item-4' } });
    const focused = withClass(classes, 'focused');
    // Item 4: 人民银行 leads; 银监局, 保监局, 金融办 cooperate; all under task 3.
    const names = ['人民银行呼和浩特中心支行', '内蒙古银监局', '内蒙古保监局', '自治区金融办'];
    for (const name of names) expect(focused.has(idOf.get(name) as string)).toBe(true);
    expect(focused.has(model.tasks[2]?.id as string)).toBe(true);
    expect(graph.edges.filter((e) => focused.has(e.id))).toHaveLength(4);
  });

  it('lights a hovered edge and its two ends, fading nothing', () => {
    const edge = graph.edges[0]!;
    const classes = graphClasses(graph, { ...plain, hover: edge.id });
    expect(withClass(classes, 'hovered')).toEqual(new Set([edge.id]));
    expect(withClass(classes, 'hover-neighbour')).toEqual(new Set([edge.source, edge.target]));
    expect(withClass(classes, 'faded').size).toBe(0);
  });

  it("highlights a hovered node's neighbours and fades the others when nothing is selected", () => {
    const task = model.tasks[0]?.id as string;
    const classes = graphClasses(graph, { ...plain, hover: task });
    expect(withClass(classes, 'hovered')).toEqual(new Set([task]));
    const near = graph.edges.filter((e) => e.target === task);
    expect(withClass(classes, 'hover-neighbour').size).toBe(near.length * 2);
    expect(withClass(classes, 'faded').has(idOf.get('自治区卫生厅') as string)).toBe(true);
    // Hovering an agency leaves the boxes of its tasks unfaded (a box's opacity fades its tasks too).
    const ndrc = idOf.get('自治区发展改革委') as string;
    const byAgency = graphClasses(graph, { ...plain, hover: ndrc });
    const boxes = new Set(
      graph.edges
        .filter((e) => e.source === ndrc)
        .map((e) => graph.nodes.find((n) => n.id === e.target)?.parent),
    );
    for (const box of boxes) expect(byAgency.get(box as string)).toEqual([]);
  });

  it('marks search matches, hides what the filters leave out, unboxes sections on request', () => {
    const commerce = idOf.get('自治区商务厅') as string;
    const visible = new Set([commerce]);
    const classes = graphClasses(graph, { ...plain, matches: visible, visible, unboxed: true });
    expect(classes.get(commerce)).toEqual(['match']);
    expect(classes.get(model.sections[0]?.id as string)).toEqual(['hidden']);
    const shown = graphClasses(graph, { ...plain, unboxed: true });
    expect(shown.get(model.sections[0]?.id as string)).toEqual(['unboxed']);
  });

  it('emits only the classes it declares', () => {
    const classes = graphClasses(graph, {
      selected: { kind: 'node', id: model.sections[1]?.id as string },
      hover: idOf.get('自治区商务厅') as string,
      matches: new Set([idOf.get('自治区商务厅') as string]),
      visible: null,
      unboxed: true,
      ego: idOf.get('自治区商务厅') as string,
      keyed: idOf.get('自治区商务厅') as string,
    });
    const used = new Set([...classes.values()].flat());
    for (const name of used) expect(GRAPH_CLASSES).toContain(name);
  });

  it('rings the node the keyboard is on, and only it', () => {
    const commerce = idOf.get('自治区商务厅') as string;
    const classes = graphClasses(graph, { ...plain, keyed: commerce });
    expect(classes.get(commerce)).toEqual(['keyed']);
    expect([...classes].filter(([, list]) => list.includes('keyed')).map(([id]) => id)).toEqual([commerce]);
  });
});
