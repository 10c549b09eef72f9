// The graph the view shows, built from the notice and the settings: the agency–task network (tasks
// folded into sections when there are too many to label), the coordination network, or an ego view.
import { useMemo } from 'react';
import type { Workload } from '../../analysis/workload.ts';
import type { AgencyId, NoticeModel } from '../../notice/model.ts';
import { blocColouring, type BlocColouring } from '../../graph/bloc-colouring.ts';
import { dominantSections } from '../../graph/colors.ts';
import { graphLook, type GraphLook } from '../../graph/look.ts';
import { pictureBase, withLayer } from '../../graph/picture.ts';
import { agencyTaskNetwork, coordinationNetwork, type GraphData } from '../../graph/network.ts';
import type { GraphSettings } from '../shared/graph-settings.ts';

export interface GraphViewData {
  readonly graph: GraphData;
  readonly look: GraphLook;
  readonly folded: boolean;
  readonly agencySection: ReadonlyMap<string, number>;
  /** Each item's section ordinal, for filtering coordination links by section. */
  readonly itemSection: ReadonlyMap<string, number>;
  /** The ego view's agency, when it is in the notice. */
  readonly ego: string | null;
  /** The coordination blocs, when agencies are coloured by them. */
  readonly blocs: BlocColouring | null;
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
  const coordination = useMemo(() => coordinationNetwork(model, workloads), [model, workloads]);
  // Memoised on the settings that change the graph, not on the settings object, which is new per render.
  const { mode, steps, ego: egoSetting, fold, projects } = settings;
  const { base, folded, ego } = useMemo(
    () => pictureBase(model, { ...settings, mode, steps, ego: egoSetting, fold }, { full, coordination }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the rest of settings does not shape the graph
    [model, mode, steps, egoSetting, fold, full, coordination],
  );
  const graph = useMemo(
    () => withLayer(base, model, { ...settings, mode, projects }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the layer toggle and mode matter here
    [base, model, mode, projects],
  );
  const byBloc = settings.colorBy === 'bloc';
  const blocs = useMemo(() => (byBloc ? blocColouring(model) : null), [model, byBloc]);
  const look = useMemo(
    () =>
      graphLook(graph, {
        colorBy: settings.colorBy,
        agencySection,
        ...(blocs ? { agencyBloc: blocs.agencyBloc } : {}),
        direction: settings.direction,
        taskTitles: settings.taskTitles,
      }),
    [graph, settings.colorBy, settings.direction, settings.taskTitles, agencySection, blocs],
  );
  return { graph, look, folded, agencySection, itemSection, ego, blocs };
}
