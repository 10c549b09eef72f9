// What the side panel says about its subject (an agency, task, section, edge, item or project): a heading, a
// few figures, and the items behind it, grouped by section.
import { agenciesIn, partnersOf, type Partner } from '../../analysis/partners.ts';
import type { Workload } from '../../analysis/workload.ts';
import type { SelectionRef } from '../../app/url-state.ts';
import { sectionHeading, taskHeading } from '../../export/data/heading-labels.ts';
import { AGENCY_KIND_APPEARANCE, PROJECT_KIND_APPEARANCE } from '../../graph/appearance.ts';
import type { GraphData } from '../../graph/network.ts';
import type { AgencyId, NoticeModel } from '../../notice/model.ts';
import { namingSentence } from '../../projects/naming-sentence.ts';
import { projectResponsibility } from '../../projects/responsibility.ts';
import { agencyItemGroups, groupItems, itemsByIds, type ItemGroup } from './panel-items.ts';

export interface ItemList {
  readonly heading: string;
  readonly count: number;
  readonly groups: readonly ItemGroup[];
  /** Show each item's leads and partners (not when the list is one agency's own). */
  readonly withAgencies: boolean;
}

/** An agency the subject works with: how many items they share and its part in them, and the items. */
export interface PartnerRow {
  readonly agency: AgencyId;
  readonly name: string;
  readonly shared: number;
  readonly leads: number;
  readonly cooperates: number;
  readonly responsible: number;
  readonly groups: readonly ItemGroup[];
}

export interface PartnerList {
  readonly heading: string;
  readonly rows: readonly PartnerRow[];
}

export interface SubjectView {
  readonly tag: string;
  readonly title: string;
  readonly meta: string | null;
  readonly figures: readonly { readonly label: string; readonly value: number }[];
  readonly lists: readonly ItemList[];
  /** The agency an ego view can be opened for. */
  readonly ego: string | null;
  /** Words to mark in the items' sentences: a project's name where it is named. */
  readonly highlight?: string;
  /** Who the subject works with (an agency's partners, a task's or a section's agencies). */
  readonly partners?: PartnerList;
}

function partnerRows(
  model: NoticeModel,
  partners: readonly Partner[],
  subject: AgencyId | null,
): PartnerRow[] {
  const names = new Map(model.agencies.map((a) => [a.id, a.name]));
  return partners.map((p) => ({
    agency: p.agency,
    name: names.get(p.agency) ?? p.agency,
    shared: p.items.length,
    leads: p.leads,
    cooperates: p.cooperates,
    responsible: p.responsible,
    groups: groupItems(model, itemsByIds(model, p.items), subject),
  }));
}

const count = (groups: readonly ItemGroup[]) => groups.reduce((n, g) => n + g.items.length, 0);
const list = (heading: string, groups: ItemGroup[], withAgencies: boolean): ItemList => ({
  heading,
  count: count(groups),
  groups,
  withAgencies,
});

function agencyView(model: NoticeModel, workload: Workload | undefined, id: AgencyId): SubjectView | null {
  const agency = model.agencies.find((a) => a.id === id);
  if (!agency) return null;
  const { led, joined } = agencyItemGroups(model, id);
  return {
    tag: `机构 · ${AGENCY_KIND_APPEARANCE[agency.kind].label.zh}`,
    title: agency.name,
    meta: agency.aliases.length > 0 ? `又称 ${agency.aliases.join('、')}` : null,
    figures: [
      { label: '牵头 leads', value: workload?.led ?? 0 },
      { label: '参与 joins', value: workload?.joined ?? 0 },
      { label: '工作量 load', value: workload?.load ?? 0 },
      { label: '协作机构 partners', value: workload?.partners ?? 0 },
    ],
    lists: [list('牵头事项 Items it leads', led, false), list('参与事项 Items it joins', joined, false)],
    ego: agency.generic ? null : agency.id,
    partners: { heading: '协作机构 Partners', rows: partnerRows(model, partnersOf(model, id), id) },
  };
}

function edgeView(model: NoticeModel, graph: GraphData, id: string): SubjectView | null {
  const edge = graph.edges.find((e) => e.id === id);
  if (!edge) return null;
  const name = (nodeId: string) => graph.nodes.find((n) => n.id === nodeId)?.label ?? nodeId;
  const items = itemsByIds(model, edge.items);
  if (edge.kind === 'coordination') {
    const leads = edge.leadItems ?? 0;
    return {
      tag: '协同 · shared items',
      title: `${name(edge.source)} — ${name(edge.target)}`,
      meta:
        leads > 0
          ? `${name(edge.source)} 牵头其中 ${leads} 项 · leads ${leads} of them`
          : '双方均为配合 · both cooperate',
      figures: [{ label: '共同事项 shared items', value: edge.weight }],
      lists: [list('共同事项 Shared items', groupItems(model, items, null), true)],
      ego: null,
    };
  }
  const role = edge.kind === 'lead' ? '牵头' : edge.kind === 'cooperate' ? '配合' : '负责';
  return {
    tag: `${role} · edge`,
    title: `${name(edge.source)} ${role} ${name(edge.target)}`,
    meta: `${edge.weight} 项 item${edge.weight === 1 ? '' : 's'}`,
    figures: [],
    lists: [list('事项 Items', groupItems(model, items, edge.source as AgencyId), true)],
    ego: null,
  };
}

function structureView(model: NoticeModel, subject: SelectionRef): SubjectView | null {
  if (subject.kind === 'task') {
    const task = model.tasks.find((t) => t.id === subject.id);
    if (!task) return null;
    const section = model.sections.find((s) => s.id === task.sectionId);
    const items = model.assignments.filter((a) => a.taskId === task.id);
    const agencies = new Set(items.flatMap((a) => [...a.leads, ...a.cooperators, ...a.responsible]));
    return {
      tag: '任务 · task',
      title: taskHeading(task),
      meta: section ? sectionHeading(section) : null,
      figures: [
        { label: '事项 items', value: items.length },
        { label: '机构 agencies', value: agencies.size },
      ],
      lists: [list('事项 Items', groupItems(model, items, null), true)],
      ego: null,
      partners: { heading: '机构 Agencies', rows: partnerRows(model, agenciesIn(items), null) },
    };
  }
  const section = model.sections.find((s) => s.id === subject.id);
  if (!section) return null;
  const items = model.assignments.filter((a) => a.sectionId === section.id);
  return {
    tag: '部分 · section',
    title: sectionHeading(section),
    meta: null,
    figures: [
      { label: '任务 tasks', value: model.tasks.filter((t) => t.sectionId === section.id).length },
      { label: '事项 items', value: items.length },
    ],
    lists: [list('事项 Items', groupItems(model, items, null), true)],
    ego: null,
    partners: { heading: '机构 Agencies', rows: partnerRows(model, agenciesIn(items), null) },
  };
}

/** The items that name a project, each shown by the sentence that names it. */
function namingGroups(model: NoticeModel, ids: readonly string[], name: string): ItemGroup[] {
  return groupItems(model, itemsByIds(model, ids), null).map((group) => ({
    ...group,
    items: group.items.map((entry) => ({ ...entry, sentence: namingSentence(entry.sentence, name) })),
  }));
}

function projectView(model: NoticeModel, id: string): SubjectView | null {
  const project = model.projects.find((p) => p.id === id);
  if (!project) return null;
  const kind = PROJECT_KIND_APPEARANCE[project.kind].label;
  const { leads, cooperators, responsible } = projectResponsibility(model, project);
  return {
    tag: `项目 · ${kind.zh} ${kind.en.toLowerCase()}`,
    title: project.name,
    meta: project.places.length > 1 ? project.places.join(' → ') : (project.places[0] ?? null),
    figures: [
      { label: '任务 tasks', value: project.taskIds.length },
      { label: '事项 items', value: project.assignmentIds.length },
      { label: '牵头 leads', value: leads.length },
      { label: '配合 cooperate', value: cooperators.length + responsible.length },
    ],
    lists: [
      list(
        '提及该项目的事项 Items that name it',
        namingGroups(model, project.assignmentIds, project.name),
        true,
      ),
    ],
    ego: null,
    highlight: project.name,
  };
}

export function subjectView(
  subject: SelectionRef,
  model: NoticeModel,
  workloads: ReadonlyMap<AgencyId, Workload>,
  graph: GraphData,
): SubjectView | null {
  switch (subject.kind) {
    case 'agency':
      return agencyView(model, workloads.get(subject.id as AgencyId), subject.id as AgencyId);
    case 'edge':
      return edgeView(model, graph, subject.id);
    case 'task':
    case 'section':
      return structureView(model, subject);
    case 'project':
      return projectView(model, subject.id);
    case 'item': {
      const items = itemsByIds(model, [subject.id]);
      const [group] = groupItems(model, items, null);
      const entry = group?.items[0];
      if (!entry) return null;
      return {
        tag: '事项 · item',
        title: entry.label,
        meta: entry.task,
        figures: [],
        lists: [list('事项 Item', [group], true)],
        ego: null,
      };
    }
  }
}
