// The graph a setting asks for, built from the notice: the agency–task network (tasks folded into
// sections when there are too many to label), the coordination network or an ego view, with or
// without the project layer, and its look. The network view and the exports both build it here,
// so a diagram shows what the screen shows.
import type { Workload } from '../analysis/workload.ts';
import type { AgencyId, AgencyKind, NoticeModel } from '../notice/model.ts';
import { PROJECT_KINDS } from './appearance.ts';
import { blocColouring, type BlocColouring } from './bloc-colouring.ts';
import { foldTasks, shouldFold } from './aggregate.ts';
import { dominantSections, type ColorBy } from './colors.ts';
import type { LegendSpec } from './scenes/network-legend.ts';
import { graphLook, type GraphLook } from './look.ts';
import { agencyTaskNetwork, coordinationNetwork, egoNetwork, type GraphData } from './network.ts';
import { withProjects } from './project-layer.ts';

export interface GraphPictureSettings {
  readonly mode: 'tasks' | 'coordination' | 'ego';
  readonly steps: 1 | 2;
  readonly ego: string | null;
  readonly fold: 'auto' | 'on' | 'off';
  readonly projects: boolean;
  readonly colorBy: ColorBy;
  readonly direction: boolean;
  readonly taskTitles: boolean;
}

export const DEFAULT_PICTURE: GraphPictureSettings = {
  mode: 'tasks',
  steps: 1,
  ego: null,
  fold: 'auto',
  projects: false,
  colorBy: 'kind',
  direction: false,
  taskTitles: false,
};

export interface GraphPicture {
  readonly graph: GraphData;
  readonly look: GraphLook;
  readonly folded: boolean;
  readonly agencySection: ReadonlyMap<string, number>;
  /** The ego view's agency, when it is in the notice. */
  readonly ego: string | null;
  /** The coordination blocs, when agencies are coloured by them. */
  readonly blocs: BlocColouring | null;
}

const EMPTY: GraphData = { nodes: [], edges: [] };

/** The pieces a view memoises one by one; `graphPicture` puts them together in one go. */
export function pictureBase(
  model: NoticeModel,
  settings: GraphPictureSettings,
  networks: { full: GraphData; coordination: GraphData },
): { base: GraphData; folded: boolean; ego: string | null } {
  const ego = settings.ego && model.agencies.some((a) => a.id === settings.ego) ? settings.ego : null;
  const folded =
    settings.mode === 'tasks' &&
    (settings.fold === 'on' || (settings.fold === 'auto' && shouldFold(networks.full)));
  if (settings.mode === 'coordination') return { base: networks.coordination, folded, ego };
  if (settings.mode === 'ego')
    return { base: ego ? egoNetwork(networks.full, ego, settings.steps) : EMPTY, folded, ego };
  return { base: folded ? foldTasks(networks.full) : networks.full, folded, ego };
}

/** The project layer sits on the whole network, not on one agency's neighbourhood. */
export function withLayer(base: GraphData, model: NoticeModel, settings: GraphPictureSettings): GraphData {
  return settings.projects && settings.mode !== 'ego' ? withProjects(base, model) : base;
}

export function graphPicture(
  model: NoticeModel,
  workloads: ReadonlyMap<AgencyId, Workload>,
  settings: GraphPictureSettings,
): GraphPicture {
  const agencySection = dominantSections(model) as ReadonlyMap<string, number>;
  const networks = {
    full: agencyTaskNetwork(model, workloads),
    coordination: coordinationNetwork(model, workloads),
  };
  const { base, folded, ego } = pictureBase(model, settings, networks);
  const graph = withLayer(base, model, settings);
  const blocs = settings.colorBy === 'bloc' ? blocColouring(model) : null;
  const look = graphLook(graph, {
    colorBy: settings.colorBy,
    agencySection,
    ...(blocs ? { agencyBloc: blocs.agencyBloc } : {}),
    direction: settings.direction,
    taskTitles: settings.taskTitles,
  });
  return { graph, look, folded, agencySection, ego, blocs };
}

const KIND_ORDER: readonly AgencyKind[] = ['regional', 'central', 'enterprise', 'generic'];

/** The legend for what a graph shows. */
export function legendSpec(
  graph: GraphData,
  settings: Pick<GraphPictureSettings, 'direction' | 'colorBy'>,
  sections: LegendSpec['sections'],
  blocs: BlocColouring | null = null,
): LegendSpec {
  const kinds = new Set(graph.nodes.map((n) => n.agencyKind).filter((k) => k !== undefined));
  const agencies = graph.nodes.filter((n) => n.kind === 'agency');
  const drawnBlocs = new Set(agencies.map((n) => blocs?.agencyBloc.get(n.id)));
  const projectKinds = new Set(graph.nodes.map((n) => n.projectKind).filter((k) => k !== undefined));
  return {
    projectKinds: PROJECT_KINDS.filter((k) => projectKinds.has(k)),
    edgeKinds: new Set(graph.edges.map((e) => e.kind)),
    directed: settings.direction,
    colorBy: settings.colorBy,
    agencyKinds: KIND_ORDER.filter((k) => kinds.has(k)),
    sections,
    ...(settings.colorBy === 'bloc' && blocs
      ? {
          blocs: blocs.keys.filter((b) => drawnBlocs.has(b.id)),
          unblocked: drawnBlocs.has(undefined),
        }
      : {}),
  };
}
