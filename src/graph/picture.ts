// The graph a setting asks for, built from the notice: the agency–task network (folded, over 300 nodes,
// tasks into sections and agencies into blocs: aggregate.ts), the coordination network (agencies folded
// into blocs alike) or an ego view, with or
// without the project layer, and its look. The network view and the exports both build it here,
// so a diagram shows what the screen shows.
// The blocs agencies fold into are handed in (`blocOf`): finding them is a Louvain run, which the page
// makes in a worker and whole-picture.ts makes in one go for the exports.
import type { AgencyKind, NoticeModel } from '../notice/model.ts';
import { PROJECT_KINDS } from './appearance.ts';
import type { BlocColouring } from './bloc-colouring.ts';
import { aggregateNetwork, type Aggregation } from './aggregate.ts';
import type { ColorBy } from './colors.ts';
import type { LegendSpec } from './scenes/network-legend.ts';
import type { GraphLook } from './look.ts';
import { egoNetwork, type GraphData } from './network.ts';
import { BRIDGE_COLOR, type NoticeColouring } from './notice-letters.ts';
import { withProjects } from './project-layer.ts';

export interface GraphPictureSettings {
  readonly mode: 'tasks' | 'coordination' | 'ego';
  readonly steps: 1 | 2;
  readonly ego: string | null;
  readonly fold: 'auto' | 'on' | 'off';
  /** Folded nodes (a section `sec-3`, a bloc `bloc:2`) the user opened. */
  readonly open: ReadonlySet<string>;
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
  open: new Set(),
  projects: false,
  colorBy: 'kind',
  direction: false,
  taskTitles: false,
};

export interface GraphPicture {
  readonly graph: GraphData;
  readonly look: GraphLook;
  readonly folded: boolean;
  /** What is folded, when anything is. */
  readonly aggregation: FoldSummary | null;
  readonly agencySection: ReadonlyMap<string, number>;
  /** The ego view's agency, when it is in the notice. */
  readonly ego: string | null;
  /** The coordination blocs, when agencies are coloured by them. */
  readonly blocs: BlocColouring | null;
}

const EMPTY: GraphData = { nodes: [], edges: [] };

/** What a folded picture folds: sections holding their tasks, blocs holding their agencies. */
export type FoldSummary = Omit<Aggregation, 'graph'>;

export interface PictureBase {
  readonly base: GraphData;
  /** Anything folded (tasks into sections or agencies into blocs). */
  readonly folded: boolean;
  readonly aggregation: FoldSummary | null;
  /** Nodes of the network unfolded: what unfolding all would draw. */
  readonly size: number;
  readonly ego: string | null;
}

/** The pieces a view memoises one by one; `graphPicture` (whole-picture.ts) puts them together in one
 *  go. `blocOf` is called only when agencies must be folded. */
export function pictureBase(
  model: NoticeModel,
  settings: Pick<GraphPictureSettings, 'mode' | 'ego' | 'steps' | 'fold' | 'open'>,
  networks: { full: GraphData; coordination: GraphData; blocOf: () => ReadonlyMap<string, number> },
): PictureBase {
  const ego = settings.ego && model.agencies.some((a) => a.id === settings.ego) ? settings.ego : null;
  if (settings.mode === 'ego') {
    const base = ego ? egoNetwork(networks.full, ego, settings.steps) : EMPTY;
    return { base, folded: false, aggregation: null, size: base.nodes.length, ego };
  }
  const { blocOf } = networks;
  const network = settings.mode === 'coordination' ? networks.coordination : networks.full;
  // A coordination network has no tasks: 'on' there folds only what is too many to read.
  const fold = settings.mode === 'coordination' && settings.fold === 'on' ? 'auto' : settings.fold;
  const { graph, ...summary } = aggregateNetwork(network, { fold, open: settings.open, blocOf });
  const folded = summary.sections + summary.blocs > 0;
  return { base: graph, folded, aggregation: folded ? summary : null, size: network.nodes.length, ego };
}

/** The project layer sits on the whole network, not on one agency's neighbourhood. */
export function withLayer(base: GraphData, model: NoticeModel, settings: GraphPictureSettings): GraphData {
  return settings.projects && settings.mode !== 'ego' ? withProjects(base, model) : base;
}

/** Colouring by bloc: a bloc's folded node takes its bloc's colour. */
export function withBlocNodes(
  agencyBloc: ReadonlyMap<string, number>,
  graph: GraphData,
): ReadonlyMap<string, number> {
  const folded = graph.nodes.filter((n) => n.kind === 'agency' && n.members);
  if (folded.length === 0) return agencyBloc;
  const extended = new Map(agencyBloc);
  for (const node of folded) {
    const bloc = agencyBloc.get(node.members?.[0] ?? '');
    if (bloc !== undefined) extended.set(node.id, bloc);
  }
  return extended;
}

const KIND_ORDER: readonly AgencyKind[] = ['regional', 'central', 'enterprise', 'generic'];

/** The legend for what a graph shows. */
export function legendSpec(
  graph: GraphData,
  settings: Pick<GraphPictureSettings, 'direction' | 'colorBy'>,
  sections: LegendSpec['sections'],
  blocs: BlocColouring | null = null,
  byNotice: NoticeColouring | null = null,
): LegendSpec {
  const kinds = new Set(graph.nodes.map((n) => n.agencyKind).filter((k) => k !== undefined));
  const agencies = graph.nodes.filter((n) => n.kind === 'agency');
  const agencyBloc = blocs ? withBlocNodes(blocs.agencyBloc, graph) : null;
  const drawnBlocs = new Set(agencies.map((n) => agencyBloc?.get(n.id)));
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
    ...(settings.colorBy === 'notice' && byNotice
      ? {
          notices: byNotice.notices,
          bridges: agencies.some((n) => byNotice.agencyNotice.get(n.id) === BRIDGE_COLOR),
        }
      : {}),
  };
}
