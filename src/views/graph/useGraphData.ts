// The graph the view shows, built from the notice and the settings: the agency–task network (tasks
// folded into sections when there are too many to label), the coordination network, or an ego view.
import { useMemo } from 'react';
import type { Workload } from '../../analysis/workload.ts';
import type { AgencyId, NoticeModel } from '../../notice/model.ts';
import { foldTasks, shouldFold } from '../../graph/graph-aggregate.ts';
import { dominantSections } from '../../graph/graph-colors.ts';
import { graphLook, type GraphLook } from '../../graph/graph-look.ts';
import { agencyTaskNetwork, coordinationNetwork, egoNetwork, type GraphData } from '../../graph/network.ts';
import { withProjects } from '../../graph/project-layer.ts';
import type { GraphSettings } from './graph-settings.ts';

export interface GraphViewData {
  readonly graph: GraphData;
  readonly look: GraphLook;
  readonly folded: boolean;
  readonly agencySection: ReadonlyMap<string, number>;
  /** Each item's section ordinal, for filtering coordination links by section. */
  readonly itemSection: ReadonlyMap<string, number>;
  /** The ego view's agency, when it is in the notice. */
  readonly ego: string | null;
}

const EMPTY: GraphData = { nodes: [], edges: [] };

export function useGraphData(
  model: NoticeModel,
  workloads: ReadonlyMap<AgencyId, Workload>,
  settings: GraphSettings,
): GraphViewData {
  const agencySection = useMemo(() => dominantSections(model) as ReadonlyMap<string, number>, [model]);
  const itemSection = useMemo(() => {
    const ordinal = new Map(model.sections.map((s) => [s.id as string, s.ordinal]));
    return new Map(model.assignments.map((a) => [a.id as string, ordinal.get(a.sectionId ?? '') ?? 0]));
  }, [model]);
  const full = useMemo(() => agencyTaskNetwork(model, workloads), [model, workloads]);
  const coordination = useMemo(() => coordinationNetwork(model, workloads), [model, workloads]);
  const ego = settings.ego && model.agencies.some((a) => a.id === settings.ego) ? settings.ego : null;
  const folded =
    settings.mode === 'tasks' && (settings.fold === 'on' || (settings.fold === 'auto' && shouldFold(full)));
  const base = useMemo(() => {
    if (settings.mode === 'coordination') return coordination;
    if (settings.mode === 'ego') return ego ? egoNetwork(full, ego, settings.steps) : EMPTY;
    return folded ? foldTasks(full) : full;
  }, [settings.mode, settings.steps, coordination, full, ego, folded]);
  // The project layer sits on the whole network, not on one agency's neighbourhood.
  const layered = settings.projects && settings.mode !== 'ego';
  const graph = useMemo(() => (layered ? withProjects(base, model) : base), [layered, base, model]);
  const look = useMemo(
    () =>
      graphLook(graph, {
        colorBy: settings.colorBy,
        agencySection,
        direction: settings.direction,
        taskTitles: settings.taskTitles,
      }),
    [graph, settings.colorBy, settings.direction, settings.taskTitles, agencySection],
  );
  return { graph, look, folded, agencySection, itemSection, ego };
}
