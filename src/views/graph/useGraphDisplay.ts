// The display state of the drawn graph: what the selection is in graph terms, what the focus and the
// filters leave, the classes every element carries, and how to render a graph of this size.
import { useMemo } from 'react';
import { graphClasses, type GraphSelection } from '../../graph/classes.ts';
import { isFiltering, visibleElements } from '../../graph/filter.ts';
import { itemDeadlines, itemsDueBy } from '../../analysis/deadlines.ts';
import { focusScope } from '../../graph/focus.ts';
import type { LayoutName } from '../../layout/layout-input.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { useAtlas, type Selection } from '../atlas.tsx';
import { toGraphSelection } from './graph-selection.ts';
import type { GraphSettings } from '../shared/graph-settings.ts';
import { chooseRenderer, type RendererChoice } from './renderer-choice.ts';
import type { GraphViewData } from './useGraphData.ts';

export interface GraphDisplay {
  readonly graphSelection: GraphSelection | null;
  readonly visible: ReadonlySet<string> | null;
  /** The agency the picture is focused on, when it is drawn (the ego view has no focus of its own). */
  readonly focus: string | null;
  readonly classes: ReadonlyMap<string, readonly string[]>;
  readonly renderer: RendererChoice;
}

interface Inputs {
  readonly model: NoticeModel;
  readonly data: GraphViewData;
  readonly settings: GraphSettings;
  readonly layout: LayoutName;
  readonly selection: Selection | null;
  readonly hover: string | null;
  readonly matches: ReadonlySet<string>;
  /** The node the keyboard is on. */
  readonly keyed: string | null;
}

export function useGraphDisplay({
  model,
  data,
  settings,
  layout,
  selection,
  hover,
  matches,
  keyed,
}: Inputs): GraphDisplay {
  const { graph, itemSection, ego } = data;
  const graphSelection = useMemo(() => toGraphSelection(selection, graph, model), [selection, graph, model]);
  const asked = settings.mode === 'ego' ? null : settings.focus;
  const scope = useMemo(
    () => (asked ? focusScope(graph, asked, settings.steps) : null),
    [graph, asked, settings.steps],
  );
  const focus = scope ? asked : null;
  const { dueBy } = settings.filter;
  const { parts } = useAtlas().workspace;
  // Each item read against its own notice's year (the parts of the workspace in view).
  const due = useMemo(
    () => (dueBy ? itemsDueBy(itemDeadlines(model, parts), dueBy) : new Set<string>()),
    [model, parts, dueBy],
  );
  const visible = useMemo(
    () =>
      scope || isFiltering(settings.filter)
        ? visibleElements(graph, settings.filter, itemSection, focus ?? ego, scope, due)
        : null,
    [graph, settings.filter, itemSection, ego, focus, scope, due],
  );
  const egoClass = settings.mode === 'ego' ? ego : null;
  const classes = useMemo(
    () =>
      graphClasses(graph, {
        selected: graphSelection,
        hover,
        matches,
        visible,
        // Ring layouts scatter a section's tasks round the ring: a box round them would cover everything.
        unboxed: layout === 'circle' || layout === 'concentric',
        ego: egoClass,
        keyed,
      }),
    [graph, graphSelection, hover, matches, visible, layout, egoClass, keyed],
  );
  // A new renderer (a new Cytoscape) only when the graph crosses the size where drawing must change.
  const { large, webgl } = chooseRenderer(graph.nodes.length + graph.edges.length);
  const renderer = useMemo(() => ({ large, webgl }), [large, webgl]);
  return { graphSelection, visible, focus, classes, renderer };
}
