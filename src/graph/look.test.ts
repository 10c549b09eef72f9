// Node and edge looks: sizes by workload, colours by kind or section, roles apart, labels wrapped.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { computeWorkload } from '../analysis/workload.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { AGENCY_KIND_APPEARANCE, ROLE_APPEARANCE, sectionColor } from './appearance.ts';
import { dominantSections, shade, tint } from './colors.ts';
import { graphLegend } from './scenes/network-legend.ts';
import { edgeLook, footprint, graphLook } from './look.ts';
import { balancedLines, taskLabelLines, textWidth } from './label-text.ts';
import { agencyTaskNetwork, coordinationNetwork } from './network.ts';

const model = parseNotice(seedBytes());
const workloads = computeWorkload(model);
const graph = agencyTaskNetwork(model, workloads);
const agencySection = dominantSections(model);
const idOf = new Map(model.agencies.map((a) => [a.name, a.id as string]));
const byKind = graphLook(graph, { colorBy: 'kind', agencySection, direction: true, taskTitles: true });
const bySection = graphLook(graph, { colorBy: 'section', agencySection, direction: true, taskTitles: true });

describe('graphLook', () => {
  it('sizes agencies by workload and colours them by kind or by their main section', () => {
    const ndrc = byKind.nodes.get(idOf.get('自治区发展改革委')!)!;
    const health = byKind.nodes.get(idOf.get('自治区卫生厅')!)!;
    expect(ndrc.width).toBe(48);
    expect(health.width).toBeLessThan(ndrc.width * 0.6);
    expect(ndrc.fill).toBe(AGENCY_KIND_APPEARANCE.regional.color);
    expect(byKind.nodes.get(idOf.get('满洲里海关')!)!.fill).toBe(AGENCY_KIND_APPEARANCE.central.color);
    // 环保厅 works mostly on section seven (ecology).
    expect(agencySection.get(idOf.get('自治区环保厅') as never)).toBe(7);
    expect(bySection.nodes.get(idOf.get('自治区环保厅')!)!.fill).toBe(sectionColor(7));
  });

  it("gives a task a box round its wrapped label, in its section's colour", () => {
    const task = byKind.nodes.get(model.tasks[12]!.id)!;
    expect(task.label).toBe('13 完善欧亚陆路\n大通道建设');
    expect(task.stroke).toBe(sectionColor(3));
    expect(task.width).toBeGreaterThan(textWidth('13 完善欧亚陆路', 11));
    expect(footprint(task)).toEqual({ width: task.width, height: task.height });
  });

  it('shows a task by its number alone unless titles are asked for', () => {
    const numbers = graphLook(graph, { colorBy: 'kind', agencySection, direction: true, taskTitles: false });
    const chip = numbers.nodes.get(model.tasks[12]!.id)!;
    expect(chip.label).toBe('13');
    expect(chip.width).toBeLessThan(byKind.nodes.get(model.tasks[12]!.id)!.width / 2);
    expect(chip.stroke).toBe(sectionColor(3));
  });

  it('makes every lead edge heavier than every cooperate edge', () => {
    const edges = graph.edges.map((e) => ({ e, look: byKind.edges.get(e.id)! }));
    const lightestLead = Math.min(...edges.filter((x) => x.e.kind === 'lead').map((x) => x.look.width));
    const heaviestCoop = Math.max(...edges.filter((x) => x.e.kind === 'cooperate').map((x) => x.look.width));
    expect(lightestLead).toBeGreaterThan(heaviestCoop);
    expect(edges.filter((x) => x.look.arrow).every((x) => x.e.kind === 'lead')).toBe(true);
  });

  it('draws coordination links lead → partner in the lead colour only when direction is on', () => {
    const link = coordinationNetwork(model, workloads).edges.find((e) => (e.leadItems ?? 0) > 0)!;
    expect(
      edgeLook(link, { colorBy: 'kind', agencySection, direction: true, taskTitles: true }),
    ).toMatchObject({
      color: ROLE_APPEARANCE.lead.color,
      arrow: true,
    });
    expect(edgeLook(link, { colorBy: 'kind', agencySection, direction: false, taskTitles: true }).arrow).toBe(
      false,
    );
  });
});

describe('label text', () => {
  it('wraps titles into balanced lines and keeps the task number', () => {
    expect(balancedLines('完善欧亚陆路大通道建设', 8)).toEqual(['完善欧亚陆路', '大通道建设']);
    expect(balancedLines('优化城市布局', 8)).toEqual(['优化城市布局']);
    expect(taskLabelLines('（1）创新口岸管理服务体系')).toEqual(['1 创新口岸管理', '服务体系']);
    expect(textWidth('商务厅', 10)).toBe(30);
  });

  it('mixes tints and shades from the shared colours', () => {
    expect(tint('#000000', 0.5)).toBe('#808080');
    expect(shade('#ffffff', 0.5)).toBe('#808080');
  });
});

describe('graphLegend', () => {
  it('lists lead → partner only when direction is shown, and section colours when colouring by section', () => {
    const spec = {
      edgeKinds: new Set(['coordination'] as const),
      directed: true,
      colorBy: 'section' as const,
      agencyKinds: [],
      sections: model.sections.map((s) => ({ ordinal: s.ordinal, title: s.title })),
    };
    const texts = (l: ReturnType<typeof graphLegend>) =>
      l.marks.flatMap((m) => (m.type === 'text' ? [m.text] : []));
    expect(texts(graphLegend(spec))).toContain('牵头 → 配合 lead → partner');
    expect(texts(graphLegend(spec))).toContain('7. 加强生态建设和环境保护');
    expect(texts(graphLegend({ ...spec, directed: false }))).not.toContain('牵头 → 配合 lead → partner');
  });
});
