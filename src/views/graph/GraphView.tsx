// The "Network" view: the agency–task network, the coordination network or one agency's ego view,
// with its toolbar, legend and the side panel that traces a selection to its sentences.
import { useEffect, useMemo, useRef, useState } from 'react';
import { agenciesByLoad } from '../../graph/navigation.ts';
import type { Point } from '../../graph/positions.ts';
import { useAtlas } from '../atlas.tsx';
import { useLang, useMessages } from '../i18n/lang-context.tsx';
import { withEnglishAgencyNames } from '../../notice/agency-english.ts';
import { useGraphExportScreen } from '../export/useViewExportScreen.ts';
import { EgoPrompt } from './EgoPrompt.tsx';
import { FOLD_NOTE_INSET, FoldNote, foldNoteShown } from './FoldNote.tsx';
import { GraphCanvas, type GraphControls } from './GraphCanvas.tsx';
import { GraphLegend, useStageLegend } from './GraphLegend.tsx';
import { GraphPanel } from './GraphPanel.tsx';
import { GraphStageControls } from './GraphStageControls.tsx';
import { GraphToolbar } from './GraphToolbar.tsx';
import { GraphTooltip } from './GraphTooltip.tsx';
import { KeyedCaption } from './KeyedCaption.tsx';
import { readGraphSettings } from '../shared/graph-settings.ts';
import { readDragged, readViewport, settingsFromKey, settingsKey } from './graph-view-state.ts';
import { prewarmLayout } from '../../layout/compute-layout.ts';
import { COORDINATION_STYLESHEET } from './stylesheet-coordination.ts';
import { NETWORK_STYLESHEET } from './stylesheet-network.ts';
import { useGraphData } from './useGraphData.ts';
import { useGraphDisplay } from './useGraphDisplay.ts';
import { useGraphEvents } from './useGraphEvents.ts';
import { useGraphKeys } from './useGraphKeys.ts';
import { TechnicalDetail } from '../shared/TechnicalDetail.tsx';
import { useGraphLayout } from '../shared/useGraphLayout.ts';
import { usePanelSubject } from './usePanelSubject.ts';
import { useRefitOnScope } from './useRefitOnScope.ts';
import './GraphView.css';

// Opened onto the graph (the default view, a link, a reload): load the layout while the notice is still
// being read, so the first layout does not also wait for fcose to arrive.
if (typeof window !== 'undefined' && /(^|[#&])view=graph(&|$)|^(?!.*view=)/.test(window.location.hash))
  prewarmLayout();

/** What Reset clears: the filters, and where the user has been and what they dragged. */
const RESET_KEYS = ['sections', 'lead', 'minload', 'kinds', 'minshared', 'focus', 'zoom', 'pan', 'positions'];

export function GraphView() {
  const { model, workloads, selection, select, params, setParam } = useAtlas();
  const m = useMessages();
  // Keyed on the settings alone: panning rewrites the address, and must not rebuild the graph's state.
  const key = settingsKey(params);
  const settings = useMemo(() => readGraphSettings(settingsFromKey(key)), [key]);
  const viewport = useMemo(() => readViewport(params.zoom, params.pan), [params.zoom, params.pan]);
  const dragged = useMemo(() => readDragged(params.positions), [params.positions]);
  const { lang } = useLang();
  // The English interface names agencies in English where the lexicon knows them, as the English export
  // does; the tooltip adds the name the notice gives, and the panel and search keep it.
  const named = useMemo(() => (lang === 'en' ? withEnglishAgencyNames(model) : model), [model, lang]);
  const data = useGraphData(named, workloads, settings);
  const { graph, look } = data;
  // Coordination links are not tied to tasks: the layered layout has no layers to show there.
  const layout =
    settings.mode === 'coordination' && settings.layout === 'layered' ? 'fcose' : settings.layout;
  const centre = settings.mode === 'ego' ? data.ego : null;
  const context = useMemo(
    () => ({ agencySection: data.agencySection, centre, offPage: data.folded }),
    [data.agencySection, centre, data.folded],
  );
  const { placed, pending, error } = useGraphLayout(graph, look, layout, context);
  const [hover, setHover] = useState<{ id: string; at: Point } | null>(null);
  const [matches, setMatches] = useState<ReadonlySet<string>>(new Set());
  // The node the keyboard is on: ringed and named, selected only by Enter, as a click would.
  const [keyed, setKeyed] = useState<string | null>(null);
  const display = useGraphDisplay({
    model,
    data,
    settings,
    layout,
    selection,
    hover: hover?.id ?? null,
    matches,
    keyed,
  });
  const subject = usePanelSubject(selection, model, graph);
  const { showEgo, toggleOpen, events } = useGraphEvents({
    graph,
    select,
    setParam,
    setHover,
    dragged,
    open: settings.open,
  });
  const controlsRef = useRef<GraphControls | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  const { legend, insets: legendInsets } = useStageLegend(graph, settings, stage, data.blocs);
  const noted = foldNoteShown({ settings, aggregation: data.aggregation, size: data.size });
  // The side panel's drawer, when the stage is narrow, covers its right edge while open.
  const [cover, setCover] = useState(0);
  const insets = useMemo(
    () => ({
      ...legendInsets,
      bottom: noted ? FOLD_NOTE_INSET : legendInsets.bottom,
      right: Math.max(legendInsets.right, cover),
    }),
    [legendInsets, noted, cover],
  );
  useGraphExportScreen({
    settings,
    graph,
    folded: data.folded,
    ego: data.ego,
    placed,
    dragged,
    classes: display.classes,
    viewport,
    stage,
  });

  // Whatever selected a node (search, outline, keyboard), bring it into view once it is drawn.
  const selectedNode = display.graphSelection?.kind === 'node' ? display.graphSelection.id : null;
  useEffect(() => {
    if (selectedNode && !pending) controlsRef.current?.reveal(selectedNode);
  }, [selectedNode, selection?.seq, pending]);
  // The drawer a pick opens covers the stage's right edge once the pick is drawn: reveal that pick again
  // in the part left free, once. Opening or shutting the drawer later leaves where the user has panned.
  const revealedUnderCover = useRef<number | null>(null);
  const pickSeq = selection?.seq ?? null;
  useEffect(() => {
    if (cover === 0 || !selectedNode || pending || revealedUnderCover.current === pickSeq) return;
    revealedUnderCover.current = pickSeq;
    controlsRef.current?.reveal(selectedNode);
  }, [cover, selectedNode, pickSeq, pending]);
  const { visible } = display;
  useRefitOnScope(graph, visible, pending, controlsRef);
  const picked = selection?.kind === 'agency' && graph.nodes.some((n) => n.id === selection.id);
  const edges = useMemo(
    () => ({
      shown: visible ? graph.edges.filter((e) => visible.has(e.id)).length : graph.edges.length,
      total: graph.edges.length,
      maxWeight: Math.max(1, ...graph.edges.map((e) => e.weight)),
    }),
    [graph, visible],
  );
  const onKeyDown = useGraphKeys({
    graph,
    placed,
    visible,
    selected: selectedNode,
    select,
    controlsRef,
    showEgo,
    toggleOpen,
    keyed,
    setKeyed,
  });
  const loadOrder = useMemo(() => agenciesByLoad(graph, visible), [graph, visible]);
  useEffect(() => {
    if (keyed && !pending) controlsRef.current?.reveal(keyed);
  }, [keyed, pending]);
  const reset = () => {
    RESET_KEYS.forEach((k) => setParam(k, null));
    select(null, 'graph');
    setTimeout(() => controlsRef.current?.fit(undefined, true), 0);
  };

  return (
    <div className="graph-view">
      <GraphToolbar
        settings={settings}
        folded={data.folded}
        egoName={data.ego}
        onMatches={setMatches}
        focus={display.focus}
        picked={picked ? (selection?.id ?? null) : null}
        edges={edges}
      />
      <div className="graph-main">
        <div
          className="graph-stage"
          ref={stage}
          tabIndex={0}
          role="application"
          aria-label={m.graph.stageLabel}
          onKeyDown={onKeyDown}
          onBlur={(e) => e.target === e.currentTarget && setKeyed(null)}
          // The pointer takes over from the keyboard: its ring would mark a node the user has left.
          onPointerDown={() => setKeyed(null)}
          data-mode={settings.mode}
          data-layout={layout}
          data-focus={display.focus ?? undefined}
        >
          <GraphCanvas
            graph={graph}
            look={look}
            placed={placed}
            dragged={dragged}
            viewport={viewport}
            classes={display.classes}
            stylesheet={settings.mode === 'coordination' ? COORDINATION_STYLESHEET : NETWORK_STYLESHEET}
            renderer={display.renderer}
            events={events}
            controlsRef={controlsRef}
            drawKey={data.preparing ? '' : `${settings.mode} ${layout}${data.folded ? ' folded' : ''}`}
            insets={insets}
          />
          {graph.nodes.length === 0 && !data.preparing ? <EgoPrompt onPick={showEgo} /> : null}
          {(pending && graph.nodes.length > 0) || data.preparing ? (
            <p className="graph-status">{m.graph.layingOut}</p>
          ) : null}
          {error ? (
            <div className="graph-status is-error" role="alert">
              <p>{m.graph.layoutFailed}</p>
              <TechnicalDetail text={error} />
            </div>
          ) : null}
          <GraphLegend legend={legend} />
          <FoldNote settings={settings} aggregation={data.aggregation} size={data.size} />
          <GraphStageControls
            onFit={() => controlsRef.current?.fit(visible ? [...visible] : undefined, true)}
            onZoom={(factor) => controlsRef.current?.zoomBy(factor)}
            onReset={reset}
          />
          {hover ? (
            <GraphTooltip
              graph={graph}
              nodeId={hover.id}
              at={hover.at}
              noticeName={named === model ? undefined : model.agencies.find((a) => a.id === hover.id)?.name}
            />
          ) : null}
          <KeyedCaption graph={graph} keyed={keyed} order={loadOrder} />
        </div>
        <GraphPanel graph={graph} subject={subject} onEgo={showEgo} onCover={setCover} />
      </div>
    </div>
  );
}
