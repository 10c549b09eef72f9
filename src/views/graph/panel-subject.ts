// What the side panel says about its subject (an agency, task, section, edge, item or project): a heading, a
// few figures, and the items behind it, grouped by section.
import { agenciesIn, partnersOf, type Partner } from '../../analysis/partners.ts';
import type { Workload } from '../../analysis/workload.ts';
import type { SelectionRef } from '../../view-model/url-state.ts';
import { sectionHeading, taskHeading } from '../../export/data/heading-labels.ts';
import { AGENCY_KIND_APPEARANCE, PROJECT_KIND_APPEARANCE } from '../../graph/appearance.ts';
import type { GraphData } from '../../graph/network.ts';
import type { AgencyId, NoticeModel } from '../../notice/model.ts';
import { namingSentence } from '../../projects/naming-sentence.ts';
import { projectResponsibility } from '../../projects/responsibility.ts';
import type { PanelMessages } from '../i18n/panel-messages.ts';
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

function agencyView(
  model: NoticeModel,
  workload: Workload | undefined,
  id: AgencyId,
  w: PanelMessages,
): SubjectView | null {
  const agency = model.agencies.find((a) => a.id === id);
  if (!agency) return null;
  const { led, joined } = agencyItemGroups(model, id);
  return {
    tag: w.agency(AGENCY_KIND_APPEARANCE[agency.kind].label[w.lang]),
    title: agency.name,
    meta: agency.aliases.length > 0 ? w.alsoCalled(agency.aliases.join('、')) : null,
    figures: [
      { label: w.leads, value: workload?.led ?? 0 },
      { label: w.joins, value: workload?.joined ?? 0 },
      { label: w.load, value: workload?.load ?? 0 },
      { label: w.partnersFigure, value: workload?.partners ?? 0 },
    ],
    lists: [list(w.itemsItLeads, led, false), list(w.itemsItJoins, joined, false)],
    ego: agency.generic ? null : agency.id,
    partners: { heading: w.partners, rows: partnerRows(model, partnersOf(model, id), id) },
  };
}

function edgeView(model: NoticeModel, graph: GraphData, id: string, w: PanelMessages): SubjectView | null {
  const edge = graph.edges.find((e) => e.id === id);
  if (!edge) return null;
  const name = (nodeId: string) => graph.nodes.find((n) => n.id === nodeId)?.label ?? nodeId;
  const items = itemsByIds(model, edge.items);
  if (edge.kind === 'coordination') {
    const leads = edge.leadItems ?? 0;
    return {
      tag: w.sharedTag,
      title: `${name(edge.source)} — ${name(edge.target)}`,
      meta: leads > 0 ? w.leadsOfThem(name(edge.source), leads) : w.bothCooperate,
      figures: [{ label: w.sharedItemsFigure, value: edge.weight }],
      lists: [list(w.sharedItems, groupItems(model, items, null), true)],
      ego: null,
    };
  }
  const role = w.edgeRoles[edge.kind];
  return {
    tag: w.edgeTag(role),
    title: `${name(edge.source)} ${role} ${name(edge.target)}`,
    meta: w.edgeItems(edge.weight),
    figures: [],
    lists: [list(w.items, groupItems(model, items, edge.source as AgencyId), true)],
    ego: null,
  };
}

function structureView(model: NoticeModel, subject: SelectionRef, w: PanelMessages): SubjectView | null {
  if (subject.kind === 'task') {
    const task = model.tasks.find((t) => t.id === subject.id);
    if (!task) return null;
    const section = model.sections.find((s) => s.id === task.sectionId);
    const items = model.items.filter((a) => a.taskId === task.id);
    const agencies = new Set(items.flatMap((a) => [...a.leads, ...a.cooperators, ...a.responsible]));
    return {
      tag: w.taskTag,
      title: taskHeading(task),
      meta: section ? sectionHeading(section) : null,
      figures: [
        { label: w.itemsFigure, value: items.length },
        { label: w.agenciesFigure, value: agencies.size },
      ],
      lists: [list(w.items, groupItems(model, items, null), true)],
      ego: null,
      partners: { heading: w.agencies, rows: partnerRows(model, agenciesIn(items), null) },
    };
  }
  const section = model.sections.find((s) => s.id === subject.id);
  if (!section) return null;
  const items = model.items.filter((a) => a.sectionId === section.id);
  return {
    tag: w.sectionTag,
    title: sectionHeading(section),
    meta: null,
    figures: [
      { label: w.tasksFigure, value: model.tasks.filter((t) => t.sectionId === section.id).length },
      { label: w.itemsFigure, value: items.length },
    ],
    lists: [list(w.items, groupItems(model, items, null), true)],
    ego: null,
    partners: { heading: w.agencies, rows: partnerRows(model, agenciesIn(items), null) },
  };
}

/** The items that name a project, each shown by the sentence that names it. */
function namingGroups(model: NoticeModel, ids: readonly string[], name: string): ItemGroup[] {
  return groupItems(model, itemsByIds(model, ids), null).map((group) => ({
    ...group,
    items: group.items.map((entry) => ({ ...entry, sentence: namingSentence(entry.sentence, name) })),
  }));
}

function projectView(model: NoticeModel, id: string, w: PanelMessages): SubjectView | null {
  const project = model.projects.find((p) => p.id === id);
  if (!project) return null;
  const kind = PROJECT_KIND_APPEARANCE[project.kind].label;
  const { leads, cooperators, responsible } = projectResponsibility(model, project);
  return {
    tag: w.projectTag(w.lang === 'zh' ? kind.zh : kind.en.toLowerCase()),
    title: project.name,
    meta: project.places.length > 1 ? project.places.join(' → ') : (project.places[0] ?? null),
    figures: [
      { label: w.tasksFigure, value: project.taskIds.length },
      { label: w.itemsFigure, value: project.itemIds.length },
      { label: w.leads, value: leads.length },
      { label: w.cooperate, value: cooperators.length + responsible.length },
    ],
    lists: [list(w.itemsNamingIt, namingGroups(model, project.itemIds, project.name), true)],
    ego: null,
    highlight: project.name,
  };
}

export function subjectView(
  subject: SelectionRef,
  model: NoticeModel,
  workloads: ReadonlyMap<AgencyId, Workload>,
  graph: GraphData,
  w: PanelMessages,
): SubjectView | null {
  switch (subject.kind) {
    case 'agency':
      return agencyView(model, workloads.get(subject.id as AgencyId), subject.id as AgencyId, w);
    case 'edge':
      return edgeView(model, graph, subject.id, w);
    case 'task':
    case 'section':
      return structureView(model, subject, w);
    case 'project':
      return projectView(model, subject.id, w);
    case 'item': {
      const items = itemsByIds(model, [subject.id]);
      const [group] = groupItems(model, items, null);
      const entry = group?.items[0];
      if (!entry) return null;
      return {
        tag: w.itemTag,
        title: entry.label,
        meta: entry.task,
        figures: [],
        lists: [list(w.item, [group], true)],
        ego: null,
      };
    }
  }
}
