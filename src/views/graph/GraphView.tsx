// The "Network" view: the agency–task network, the coordination network or one agency's ego view,
// with its toolbar, legend and the side panel that traces a selection to its sentences.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SelectionRef } from '../../app/url-state.ts';
import { graphClasses } from '../../graph/graph-classes.ts';
import { isFiltering, visibleElements } from '../../graph/graph-filter.ts';
import type { Point } from '../../graph/layout-types.ts';
import { useAtlas } from '../atlas.tsx';
import type { AdapterEvents } from './cy-adapter.ts';
import { GraphCanvas, type GraphControls } from './GraphCanvas.tsx';
import { GraphLegend, useGraphLegend } from './GraphLegend.tsx';
import { GraphPanel } from './GraphPanel.tsx';
import { GraphStageControls } from './GraphStageControls.tsx';
import { GraphToolbar } from './GraphToolbar.tsx';
import { GraphTooltip } from './GraphTooltip.tsx';
import { nextSubject, toGraphSelection } from './graph-selection.ts';
import { readGraphSettings } from './graph-settings.ts';
import { chooseRenderer } from './renderer-choice.ts';
import { COORDINATION_STYLESHEET } from './stylesheet-coordination.ts';
import { NETWORK_STYLESHEET } from './stylesheet-network.ts';
import { useGraphData } from './useGraphData.ts';
import { useElementWidth } from './useElementWidth.ts';
import { useGraphKeys } from './useGraphKeys.ts';
import { useGraphLayout } from './useGraphLayout.ts';
import { prewarmLayoutWorker } from './layout-client.ts';
import './GraphView.css';

// Opened straight onto the graph (a link, a reload): start the layout worker while the notice is still
// being parsed, so the first layout does not also wait for the worker to load.
if (typeof window !== 'undefined' && /(^|[#&])view=graph(&|$)/.test(window.location.hash))
  prewarmLayoutWorker();

export function GraphView() {
  const atlas = useAtlas();
  const { model, workloads, selection, select, params, setParam } = atlas;
  const settings = useMemo(() => readGraphSettings(params), [params]);
  const data = useGraphData(model, workloads, settings);
  const { graph, look } = data;
  // Coordination links are not tied to tasks: the layered layout has no layers to show there.
  const layout =
    settings.mode === 'coordination' && settings.layout === 'layered' ? 'fcose' : settings.layout;
  const egoCentre = settings.mode === 'ego' ? data.ego : null;
  const layoutContext = useMemo(
    () => ({ agencySection: data.agencySection, centre: egoCentre }),
    [data.agencySection, egoCentre],
  );
  const { placed, pending, error } = useGraphLayout(graph, look, layout, layoutContext);
  const [hover, setHover] = useState<{ id: string; at: Point } | null>(null);
  const [matches, setMatches] = useState<ReadonlySet<string>>(new Set());
  const controlsRef = useRef<GraphControls | null>(null);

  const [subject, setSubject] = useState<SelectionRef | null>(selection);
  const [seenSeq, setSeenSeq] = useState(selection?.seq ?? -1);
  if ((selection?.seq ?? -1) !== seenSeq) {
    setSeenSeq(selection?.seq ?? -1);
    setSubject(nextSubject(subject, selection, model, graph));
  }

  const graphSelection = useMemo(() => toGraphSelection(selection, graph, model), [selection, graph, model]);
  const visible = useMemo(
    () =>
      isFiltering(settings.filter)
        ? visibleElements(graph, settings.filter, data.itemSection, data.ego)
        : null,
    [graph, settings.filter, data.itemSection, data.ego],
  );
  const classes = useMemo(
    () =>
      graphClasses(graph, {
        selected: graphSelection,
        hover: hover?.id ?? null,
        matches,
        visible,
        unboxed: layout === 'circle' || layout === 'concentric',
        ego: settings.mode === 'ego' ? data.ego : null,
      }),
    [graph, graphSelection, hover, matches, visible, layout, settings.mode, data.ego],
  );
  const renderer = useMemo(() => chooseRenderer(graph.nodes.length + graph.edges.length), [graph]);
  const stylesheet = settings.mode === 'coordination' ? COORDINATION_STYLESHEET : NETWORK_STYLESHEET;
  const stage = useRef<HTMLDivElement>(null);
  const stageWidth = useElementWidth(stage);
  // The legend runs across the top, leaving the top right corner to the zoom buttons; fitting keeps
  // the graph below it.
  const legend = useGraphLegend(graph, settings, stageWidth - 200);
  const legendHeight = legend?.height ?? 0;
  const insets = useMemo(
    () => ({ top: legendHeight ? legendHeight + 4 : 0, right: 0, bottom: 0, left: 0 }),
    [legendHeight],
  );

  const showEgo = useCallback(
    (agency: string) => {
      setParam('graph', 'ego');
      setParam('ego', agency);
      select({ kind: 'agency', id: agency }, 'graph');
    },
    [setParam, select],
  );
  const events = useMemo<AdapterEvents>(
    () => ({
      onTap: (target) => {
        if (!target) return select(null, 'graph');
        if (target.kind === 'edge') return select({ kind: 'edge', id: target.id }, 'graph');
        const node = graph.nodes.find((n) => n.id === target.id);
        if (node) select({ kind: node.kind, id: node.id }, 'graph');
      },
      onDoubleTap: (id) => {
        if (graph.nodes.some((n) => n.id === id && n.kind === 'agency')) showEgo(id);
      },
      onHover: (id, at) => setHover(id && at ? { id, at } : null),
    }),
    [graph, select, showEgo],
  );

  // Whatever selected a node (search, outline, keyboard), bring it into view once it is drawn.
  const selectedNode = graphSelection?.kind === 'node' ? graphSelection.id : null;
  useEffect(() => {
    if (selectedNode && !pending) controlsRef.current?.reveal(selectedNode);
  }, [selectedNode, selection?.seq, pending]);

  const onKeyDown = useGraphKeys({
    graph,
    placed,
    visible,
    selected: selectedNode,
    select,
    controlsRef,
    showEgo,
  });
  const visibleIds = visible ? [...visible] : undefined;

  return (
    <div className="graph-view">
      <GraphToolbar settings={settings} folded={data.folded} egoName={data.ego} onMatches={setMatches} />
      <div className="graph-main">
        <div
          className="graph-stage"
          ref={stage}
          tabIndex={0}
          role="application"
          aria-label="Network graph: arrow keys move between nodes, Enter opens an agency’s ego view, Escape clears"
          onKeyDown={onKeyDown}
          data-mode={settings.mode}
          data-layout={layout}
        >
          <GraphCanvas
            graph={graph}
            look={look}
            placed={placed}
            classes={classes}
            stylesheet={stylesheet}
            renderer={renderer}
            events={events}
            controlsRef={controlsRef}
            drawKey={`${settings.mode} ${layout}${data.folded ? ' folded' : ''}`}
            insets={insets}
          />
          {graph.nodes.length === 0 ? <EgoPrompt onPick={showEgo} /> : null}
          {pending && graph.nodes.length > 0 ? <p className="graph-status">正在布局 Laying out…</p> : null}
          {error ? <p className="graph-status is-error">The layout failed: {error}</p> : null}
          <GraphLegend legend={legend} />
          <GraphStageControls
            onFit={() => controlsRef.current?.fit(visibleIds, true)}
            onZoom={(factor) => controlsRef.current?.zoomBy(factor)}
            onReset={() => {
              for (const key of ['sections', 'lead', 'minload', 'kinds']) setParam(key, null);
              select(null, 'graph');
              setTimeout(() => controlsRef.current?.fit(undefined, true), 0);
            }}
          />
          {hover ? <GraphTooltip graph={graph} nodeId={hover.id} at={hover.at} /> : null}
        </div>
        <GraphPanel graph={graph} subject={subject} onEgo={showEgo} />
      </div>
    </div>
  );
}

function EgoPrompt({ onPick }: { onPick: (agency: string) => void }) {
  const { model, workloads } = useAtlas();
  const heaviest = [...model.agencies]
    .filter((a) => !a.generic)
    .sort((a, b) => (workloads.get(b.id)?.load ?? 0) - (workloads.get(a.id)?.load ?? 0))
    .slice(0, 8);
  return (
    <div className="graph-prompt">
      <p>选择一个机构查看其个体网络 · Choose an agency to see its tasks and partners:</p>
      <ul>
        {heaviest.map((a) => (
          <li key={a.id}>
            <button type="button" onClick={() => onPick(a.id)}>
              {a.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
