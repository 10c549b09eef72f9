// The project layer on the Manzhouli network: which projects and links it adds, and where the
// deterministic layouts put them.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { computeWorkload } from '../analysis/workload.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { projectResponsibility } from '../projects/responsibility.ts';
import { dominantSections } from './colors.ts';
import { graphLook } from './look.ts';
import { layeredLayout } from '../layout/layered.ts';
import { circleLayout, concentricLayout, stretchFactor } from '../layout/rings.ts';
import { layoutInput, leafIds } from '../layout/layout-input.ts';
import { agencyTaskNetwork, coordinationNetwork } from './network.ts';
import { projectLabel, withProjects } from './project-layer.ts';

const model = parseNotice(seedBytes());
const workloads = computeWorkload(model);
const base = agencyTaskNetwork(model, workloads);
const graph = withProjects(base, model);
const added = graph.nodes.filter((n) => n.kind === 'project');
const projectEdges = graph.edges.filter((e) => added.some((n) => n.id === e.target));

describe('withProjects', () => {
  it('adds every project of the notice as a node, keeping the network as it was', () => {
    expect(added.map((n) => n.id)).toEqual(model.projects.map((p) => p.id));
    expect(added).toHaveLength(42);
    expect(graph.nodes.slice(0, base.nodes.length)).toEqual(base.nodes);
    expect(graph.edges.slice(0, base.edges.length)).toEqual(base.edges);
  });

  it('links each project to every agency answering for it, once per role', () => {
    const expected = model.projects.reduce((n, p) => {
      const r = projectResponsibility(model, p);
      return n + r.leads.length + r.cooperators.length + r.responsible.length;
    }, 0);
    // An agency that leads one item naming a project and cooperates in another has both links.
    expect(projectEdges.length).toBeGreaterThanOrEqual(expected);
    const rail = model.projects.find((p) => p.name === '满洲里—伊尔施铁路')!;
    const railEdges = projectEdges.filter((e) => e.target === rail.id);
    expect(railEdges.map((e) => [e.kind, e.source])).toEqual([
      ['lead', 'ag:自治区发展改革委'],
      ['cooperate', 'ag:自治区交通运输厅'],
      ['cooperate', 'ag:自治区国土资源厅'],
      ['cooperate', 'ag:自治区住房城乡建设厅'],
      ['cooperate', 'ag:自治区环保厅'],
      ['cooperate', 'ag:自治区财政厅'],
      ['cooperate', 'ag:自治区外事办'],
    ]);
    expect(railEdges.every((e) => e.items.join() === rail.itemIds.join() && e.weight === 1)).toBe(true);
  });

  it('weighs a link by the items behind it: 满洲里口岸 is named in three items', () => {
    const port = model.projects.find((p) => p.name === '满洲里口岸')!;
    const links = projectEdges.filter((e) => e.target === port.id);
    expect(links.reduce((n, e) => n + e.items.length, 0)).toBe(
      port.itemIds.reduce((n, id) => {
        const item = model.items.find((a) => a.id === id)!;
        return n + item.leads.length + item.cooperators.length + item.responsible.length;
      }, 0),
    );
  });

  it('links projects to the agencies of the coordination network too, and to no one absent', () => {
    const coordination = withProjects(coordinationNetwork(model, workloads), model);
    const ids = new Set(coordination.nodes.map((n) => n.id));
    expect(coordination.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(coordination.nodes.filter((n) => n.kind === 'project')).toHaveLength(42);
    expect(withProjects({ nodes: [], edges: [] }, model)).toEqual({ nodes: [], edges: [] });
  });

  it('labels a long name short, on two lines', () => {
    expect(projectLabel('满洲里口岸')).toBe('满洲里口岸');
    const label = projectLabel('满洲里—阿拉坦额莫勒—阿木古郎—阿尔山高等级公路');
    expect(label.split('\n')).toHaveLength(2);
    expect(label.replace('\n', '')).toHaveLength(16);
    expect(label.endsWith('…')).toBe(true);
  });
});

describe('layouts with the project layer', () => {
  const agencySection = dominantSections(model);
  const look = graphLook(graph, { colorBy: 'kind', agencySection, direction: true, taskTitles: false });
  const input = layoutInput(graph, look, agencySection);

  it.each([
    ['layered', layeredLayout],
    ['circle', circleLayout],
    ['concentric', concentricLayout],
  ] as const)('%s places every project', (_, layout) => {
    const positions = layout(input);
    expect([...positions.keys()].sort()).toEqual(leafIds(graph).sort());
    expect(added.every((n) => Number.isFinite(positions.get(n.id)?.x))).toBe(true);
  });

  it('layered: projects in a band beneath the agencies', () => {
    const positions = layeredLayout(input);
    const lowestAgency = Math.max(...model.agencies.map((a) => positions.get(a.id)!.y));
    expect(added.every((n) => positions.get(n.id)!.y > lowestAgency + 60)).toBe(true);
  });

  it('rings: projects outside every agency and task', () => {
    const positions = concentricLayout(input);
    // The rings are drawn as ellipses (stretched sideways): outside means outside the ellipse.
    const sx = stretchFactor(input);
    const radius = (id: string) => Math.hypot(positions.get(id)!.x / sx, positions.get(id)!.y * sx);
    const outermost = Math.max(...[...model.agencies, ...model.tasks].map((n) => radius(n.id)));
    expect(added.every((n) => radius(n.id) > outermost)).toBe(true);
  });

  it("draws the layer's links lighter than the network's own", () => {
    const rail = model.projects.find((p) => p.name === '满洲里—伊尔施铁路')!;
    const projectLead = graph.edges.find((e) => e.target === rail.id && e.kind === 'lead')!;
    const taskLead = base.edges.find((e) => e.kind === 'lead' && e.weight === 1)!;
    expect(look.edges.get(projectLead.id)!.opacity).toBeLessThan(look.edges.get(taskLead.id)!.opacity);
  });

  it("draws a project as a diamond in its kind's colour, its name below", () => {
    const rail = look.nodes.get(model.projects.find((p) => p.kind === 'rail')!.id)!;
    expect(rail).toMatchObject({ shape: 'diamond', fill: '#6A3D9A', placement: 'below' });
  });
});
