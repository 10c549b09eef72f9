// The graph scene for export, on the Manzhouli network: every node, edge and label drawn as on screen,
// lead and cooperate apart, a legend and a title, all within the page.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../tests/support/seed.ts';
import { computeWorkload } from '../../analysis/workload.ts';
import { sceneToSvg } from '../../export/image/svg.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { ROLE_APPEARANCE } from '../appearance.ts';
import { graphClasses } from '../classes.ts';
import { dominantSections } from '../colors.ts';
import { graphLook } from '../look.ts';
import { graphScene } from './network-scene.ts';
import { taskLabelLines } from '../label-text.ts';
import { layeredLayout } from '../../layout/layered.ts';
import { layoutInput } from '../../layout/layout-input.ts';
import { agencyTaskNetwork } from '../network.ts';
import type { SceneMark } from '../scene.ts';

const model = parseNotice(seedBytes());
const graph = agencyTaskNetwork(model, computeWorkload(model));
const agencySection = dominantSections(model);
const look = graphLook(graph, { colorBy: 'kind', agencySection, direction: true, taskTitles: true });
const positions = layeredLayout(layoutInput(graph, look, agencySection));
const legend = {
  edgeKinds: new Set(['lead', 'cooperate'] as const),
  directed: false,
  colorBy: 'kind' as const,
  agencyKinds: ['regional', 'central', 'enterprise'] as const,
  sections: [],
};
const scene = graphScene(graph, positions, {
  look,
  legend,
  title: model.notice.title,
  subtitle: '机构–任务网络',
});
const of = <T extends SceneMark['type']>(type: T, marks = scene.marks) =>
  marks.filter((m): m is Extract<SceneMark, { type: T }> => m.type === type);

describe('graphScene', () => {
  it('draws every agency as a circle and every task and section as a box, each tagged', () => {
    const circles = of('circle').filter((m) => m.ref?.kind === 'agency');
    expect(circles).toHaveLength(45);
    expect(of('rect').filter((m) => m.ref?.kind === 'task')).toHaveLength(29);
    expect(of('rect').filter((m) => m.ref?.kind === 'section')).toHaveLength(7);
    const commerce = circles.find((m) => m.title === '自治区商务厅');
    expect(commerce?.r).toBeCloseTo((look.nodes.get(commerce!.ref!.id)?.width ?? 0) / 2);
  });

  it('draws lead edges thick, solid, orange and arrowed; cooperate edges thin, dashed and blue', () => {
    const paths = of('path').filter((m) => m.title?.includes('item'));
    const leads = paths.filter((m) => m.stroke === ROLE_APPEARANCE.lead.color);
    const coops = paths.filter((m) => m.stroke === ROLE_APPEARANCE.cooperate.color);
    expect(leads).toHaveLength(51);
    expect(coops).toHaveLength(218);
    expect(leads.every((m) => m.arrow && !m.dash && (m.strokeWidth ?? 0) >= ROLE_APPEARANCE.lead.width)).toBe(
      true,
    );
    expect(coops.every((m) => !m.arrow && m.dash && (m.strokeWidth ?? 9) < ROLE_APPEARANCE.lead.width)).toBe(
      true,
    );
    // Lead edges are drawn after (on top of) every cooperate edge.
    expect(scene.marks.indexOf(leads[0]!)).toBeGreaterThan(scene.marks.indexOf(coops.at(-1)!));
  });

  it('writes every label: agency short names, task numbers and titles, section titles, the title', () => {
    const texts = new Set(of('text').map((m) => m.text));
    for (const name of ['商务厅', '发展改革委', '满洲里海关', '人民银行呼和浩特中心支行'])
      expect(texts).toContain(name);
    for (const line of taskLabelLines('（13）完善欧亚陆路大通道建设')) expect(texts).toContain(line);
    expect(texts).toContain('3. 建设现代化国际口岸');
    expect(texts).toContain(model.notice.title);
  });

  it('has a legend with the roles, the agency kinds and what size means', () => {
    const texts = of('text').map((m) => m.text);
    for (const words of [
      '牵头 leads',
      '配合 cooperates',
      '地方部门',
      '中央及垂直管理机构',
      '大小 = 工作量 size = workload',
    ])
      expect(texts).toContain(words);
  });

  it('keeps every mark on the page and each section box round its tasks', () => {
    for (const m of of('circle')) {
      expect(m.cx - m.r).toBeGreaterThanOrEqual(0);
      expect(m.cy + m.r).toBeLessThanOrEqual(scene.height);
    }
    for (const m of of('rect')) expect(m.x + m.width).toBeLessThanOrEqual(scene.width);
    const box = of('rect').find((m) => m.ref?.id === model.sections[2]!.id)!;
    for (const task of of('rect').filter(
      (m) => m.title && model.tasks.slice(12, 15).some((t) => t.title === m.title),
    )) {
      expect(task.x).toBeGreaterThan(box.x);
      expect(task.y + task.height).toBeLessThan(box.y + box.height);
    }
  });

  it('leaves out hidden elements and draws dimmed ones faint, as on screen', () => {
    const ndrc = model.agencies.find((a) => a.name === '自治区发展改革委')!.id as string;
    const classes = graphClasses(graph, {
      selected: { kind: 'node', id: ndrc },
      hover: null,
      matches: new Set(),
      visible: new Set(
        graph.nodes
          .filter((n) => n.kind !== 'agency' || n.id === ndrc)
          .map((n) => n.id)
          .concat(graph.edges.filter((e) => e.source === ndrc).map((e) => e.id)),
      ),
      unboxed: false,
    });
    const focused = graphScene(graph, positions, { look, legend: null, classes });
    expect(of('circle', focused.marks).filter((m) => m.ref?.kind === 'agency')).toHaveLength(1);
    const tasks = of('rect', focused.marks).filter((m) => m.ref?.kind === 'task');
    expect(tasks.some((m) => (m.opacity ?? 1) < 0.5)).toBe(true);
    expect(tasks.some((m) => m.opacity === undefined)).toBe(true);
  });

  it('writes as an SVG document with its text as text', () => {
    const svg = sceneToSvg(scene);
    expect(svg).toContain('<text');
    expect(svg).toContain('>商务厅</text>');
    expect(svg.match(/stroke-dasharray/g)?.length).toBeGreaterThanOrEqual(218);
  });
});
