// The graph the view shows, built from the notice and the settings: the agency–task network (folded
// when there are too many nodes to read: graph/aggregate.ts), the coordination network, or an ego view.
import { useEffect, useMemo, useState } from 'react';
import type { Workload } from '../../analysis/workload.ts';
import type { AgencyId, NoticeModel } from '../../notice/model.ts';
import type { Blocs } from '../../analysis/blocs.ts';
import { blocColouringOf, type BlocColouring } from '../../graph/bloc-colouring.ts';
import { dominantSections } from '../../graph/colors.ts';
import { agencyNoticeColors } from '../../graph/notice-letters.ts';
import { graphLook, type GraphLook } from '../../graph/look.ts';
import { foldsAgencies } from '../../graph/aggregate.ts';
import { pictureBase, withBlocNodes, withLayer, type FoldSummary } from '../../graph/picture.ts';
import { agencyTaskNetwork, coordinationNetwork, type GraphData } from '../../graph/network.ts';
import { findBlocs, knownBlocs } from '../../worker/blocs-client.ts';
import type { GraphSettings } from '../shared/graph-settings.ts';

export interface GraphViewData {
  readonly graph: GraphData;
  readonly look: GraphLook;
  readonly folded: boolean;
  /** What is folded, for the note that says so. */
  readonly aggregation: FoldSummary | null;
  /** The blocs a large network folds into, or its agencies are coloured by, are still being found:
   *  nothing is drawn yet. */
  readonly preparing: boolean;
  /** Nodes of the network unfolded: what unfolding all would draw. */
  readonly size: number;
  readonly agencySection: ReadonlyMap<string, number>;
  /** Each item's section ordinal, for filtering coordination links by section. */
  readonly itemSection: ReadonlyMap<string, number>;
  /** The ego view's agency, when it is in the notice. */
  readonly ego: string | null;
  /** The coordination blocs, when agencies are coloured by them. */
  readonly blocs: BlocColouring | null;
}

const EMPTY: GraphData = { nodes: [], edges: [] };
/** Blocs that could not be found (the worker and the page both failed): nothing folds into them and
 *  every agency is drawn in the grey of no bloc, rather than no picture at all. */
const NO_BLOCS: Blocs = { blocs: [], blocOf: new Map() };

/** The model's blocs once found, off the main thread (a Louvain run takes a 500-agency notice hundreds
 *  of milliseconds: issue #15); null while they are looked for, and when not wanted. */
function useBlocs(model: NoticeModel, wanted: boolean): Blocs | null {
  const [found, setFound] = useState<{ model: NoticeModel; blocs: Blocs } | null>(null);
  const blocs = found?.model === model ? found.blocs : knownBlocs(model);
  useEffect(() => {
    if (!wanted || blocs) return;
    let live = true;
    findBlocs(model).then(
      (b) => live && setFound({ model, blocs: b }),
      () => live && setFound({ model, blocs: NO_BLOCS }),
    );
    return () => {
      live = false;
    };
  }, [wanted, blocs, model]);
  return wanted ? blocs : null;
}

export function useGraphData(
  model: NoticeModel,
  workloads: ReadonlyMap<AgencyId, Workload>,
  settings: GraphSettings,
): GraphViewData {
  const agencySection = useMemo(() => dominantSections(model) as ReadonlyMap<string, number>, [model]);
  const itemSection = useMemo(() => {
    const ordinal = new Map(model.sections.map((s) => [s.id as string, s.ordinal]));
    return new Map(model.items.map((a) => [a.id as string, ordinal.get(a.sectionId ?? '') ?? 0]));
  }, [model]);
  const full = useMemo(() => agencyTaskNetwork(model, workloads), [model, workloads]);
  // Built only when drawn: on a large notice it costs as much as the whole picture it is not part of.
  const coordinated = settings.mode === 'coordination';
  const coordination = useMemo(
    () => (coordinated ? coordinationNetwork(model, workloads) : EMPTY),
    [model, workloads, coordinated],
  );
  // Memoised on the settings that change the graph, not on the settings object, which is new per render.
  const { mode, steps, ego: egoSetting, fold, open, projects } = settings;
  // The blocs are found only when a network must be folded into them or is coloured by them, once per
  // notice, in the blocs worker. Meanwhile nothing is drawn.
  const wantsBlocs = useMemo(
    () =>
      mode !== 'ego' &&
      foldsAgencies(mode === 'coordination' ? coordination : full, {
        fold: mode === 'coordination' && fold === 'on' ? 'auto' : fold,
        open,
      }),
    [mode, coordination, full, fold, open],
  );
  const byBloc = settings.colorBy === 'bloc';
  const blocsFound = useBlocs(model, wantsBlocs || byBloc);
  const preparing = (wantsBlocs || byBloc) && !blocsFound;
  const picture = useMemo(
    () =>
      preparing
        ? null
        : pictureBase(
            model,
            { mode, steps, ego: egoSetting, fold, open },
            { full, coordination, blocOf: () => blocsFound?.blocOf ?? new Map() },
          ),
    [preparing, model, mode, steps, egoSetting, fold, open, full, coordination, blocsFound],
  );
  const { base, folded, aggregation, size, ego } = picture ?? {
    base: EMPTY,
    folded: false,
    aggregation: null,
    size: 0,
    ego: null,
  };
  const graph = useMemo(
    () => withLayer(base, model, { ...settings, mode, projects }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the layer toggle and mode matter here
    [base, model, mode, projects],
  );
  const blocs = useMemo(
    () => (byBloc && blocsFound ? blocColouringOf(model, blocsFound) : null),
    [model, byBloc, blocsFound],
  );
  const colourByNotice = settings.colorBy === 'notice';
  const byNotice = useMemo(
    () => (colourByNotice ? agencyNoticeColors(model) : null),
    [model, colourByNotice],
  );
  const look = useMemo(
    () =>
      graphLook(graph, {
        colorBy: settings.colorBy,
        agencySection,
        ...(byNotice ? { agencyNotice: byNotice } : {}),
        ...(blocs ? { agencyBloc: withBlocNodes(blocs.agencyBloc, graph) } : {}),
        direction: settings.direction,
        taskTitles: settings.taskTitles,
      }),
    [graph, settings.colorBy, settings.direction, settings.taskTitles, agencySection, blocs, byNotice],
  );
  return { graph, look, folded, aggregation, preparing, size, agencySection, itemSection, ego, blocs };
}
