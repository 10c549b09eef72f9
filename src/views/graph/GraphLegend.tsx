// The legend across the top of the graph: the roles' lines, the colours in use and what size means,
// drawn from graphLegend, the same marks the exported scene carries.
import { useMemo, type RefObject } from 'react';
import type { AgencyKind } from '../../notice/model.ts';
import { PROJECT_KINDS } from '../../graph/appearance.ts';
import { graphLegend, type Legend, type LegendSpec } from '../../graph/graph-legend.ts';
import type { GraphData } from '../../graph/network.ts';
import { useAtlas } from '../atlas.tsx';
import type { GraphSettings } from './graph-settings.ts';
import { SceneSvg } from './SceneSvg.tsx';
import { useElementWidth } from './useElementWidth.ts';
import type { Insets } from './viewport.ts';

const KIND_ORDER: readonly AgencyKind[] = ['regional', 'central', 'enterprise', 'generic'];

export function legendSpec(
  graph: GraphData,
  settings: GraphSettings,
  sections: LegendSpec['sections'],
): LegendSpec {
  const kinds = new Set(graph.nodes.map((n) => n.agencyKind).filter((k) => k !== undefined));
  const projectKinds = new Set(graph.nodes.map((n) => n.projectKind).filter((k) => k !== undefined));
  return {
    projectKinds: PROJECT_KINDS.filter((k) => projectKinds.has(k)),
    edgeKinds: new Set(graph.edges.map((e) => e.kind)),
    directed: settings.direction,
    colorBy: settings.colorBy,
    agencyKinds: KIND_ORDER.filter((k) => kinds.has(k)),
    sections,
  };
}

/** The legend for what the graph shows, in lines up to `maxWidth` wide; null when it shows nothing. */
export function useGraphLegend(graph: GraphData, settings: GraphSettings, maxWidth: number): Legend | null {
  const { model } = useAtlas();
  return useMemo(() => {
    if (graph.nodes.length === 0 || maxWidth <= 0) return null;
    const sections = model.sections.map((s) => ({ ordinal: s.ordinal, title: s.title }));
    return graphLegend(legendSpec(graph, settings, sections), maxWidth);
  }, [graph, settings, model, maxWidth]);
}

/** The legend for a stage, in lines as wide as the stage leaves beside the zoom buttons, and the room
 *  it takes at the top, which fitting keeps the graph clear of. */
export function useStageLegend(
  graph: GraphData,
  settings: GraphSettings,
  stage: RefObject<HTMLElement | null>,
): { legend: Legend | null; insets: Insets } {
  const legend = useGraphLegend(graph, settings, useElementWidth(stage) - 200);
  const height = legend?.height ?? 0;
  const insets = useMemo(() => ({ top: height ? height + 4 : 0, right: 0, bottom: 0, left: 0 }), [height]);
  return { legend, insets };
}

export function GraphLegend({ legend }: { legend: Legend | null }) {
  if (!legend) return null;
  return (
    <figure className="graph-legend" aria-label="Legend">
      <SceneSvg width={legend.width} height={legend.height} marks={legend.marks} label="Legend" />
    </figure>
  );
}
