// The legend across the top of the graph: the roles' lines, the colours in use and what size means,
// drawn from graphLegend, the same marks the exported scene carries.
import { useLang, useMessages } from '../i18n/lang-context.tsx';
import { useMemo, type RefObject } from 'react';
import type { BlocColouring } from '../../graph/bloc-colouring.ts';
import { graphLegend, type Legend } from '../../graph/scenes/network-legend.ts';
import { noticeColouring } from '../../graph/notice-letters.ts';
import { legendSpec } from '../../graph/picture.ts';
import type { GraphData } from '../../graph/network.ts';
import { useAtlas } from '../atlas.tsx';
import type { GraphSettings } from '../shared/graph-settings.ts';
import { SceneSvg } from '../shared/SvgMarks.tsx';
import { useElementWidth } from '../shared/useElementWidth.ts';
import type { Insets } from './viewport.ts';

/** The legend for what the graph shows, in lines up to `maxWidth` wide; null when it shows nothing. */
export function useGraphLegend(
  graph: GraphData,
  settings: GraphSettings,
  maxWidth: number,
  blocs: BlocColouring | null = null,
): Legend | null {
  const { model, workspace } = useAtlas();
  const { lang } = useLang();
  return useMemo(() => {
    if (graph.nodes.length === 0 || maxWidth <= 0) return null;
    const sections = model.sections.map((s) => ({ ordinal: s.ordinal, title: s.title }));
    const labels = new Map([...workspace.tags].map(([id, tag]) => [id as string, tag.label]));
    const byNotice = settings.colorBy === 'notice' ? noticeColouring(model, labels) : null;
    return graphLegend({ ...legendSpec(graph, settings, sections, blocs, byNotice), lang }, maxWidth);
  }, [graph, settings, model, workspace.tags, maxWidth, blocs, lang]);
}

/** The legend for a stage, in lines as wide as the stage leaves beside the zoom buttons, and the room
 *  it takes at the top, which fitting keeps the graph clear of. */
export function useStageLegend(
  graph: GraphData,
  settings: GraphSettings,
  stage: RefObject<HTMLElement | null>,
  blocs: BlocColouring | null = null,
): { legend: Legend | null; insets: Insets } {
  const legend = useGraphLegend(graph, settings, useElementWidth(stage) - 200, blocs);
  const height = legend?.height ?? 0;
  const insets = useMemo(() => ({ top: height ? height + 4 : 0, right: 0, bottom: 0, left: 0 }), [height]);
  return { legend, insets };
}

export function GraphLegend({ legend }: { legend: Legend | null }) {
  const m = useMessages();
  if (!legend) return null;
  return (
    <figure className="graph-legend" aria-label={m.graph.legend}>
      <SceneSvg width={legend.width} height={legend.height} marks={legend.marks} label={m.graph.legend} />
    </figure>
  );
}
