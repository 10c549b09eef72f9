// The page the panning benchmark drives: the app's own graph code (look, worker layout, adapter,
// coordination stylesheet, renderer choice) on a synthetic network of 2,000 agencies and 20,000 links.
// `?plain` turns the large-graph viewport options off, for comparison. It reports through `window`.
import '@fontsource/noto-sans-sc/400.css';
import { graphLook } from '../../src/graph/look.ts';
import { createGraphAdapter } from '../../src/views/graph/cy-adapter.ts';
import { toElements } from '../../src/views/graph/elements.ts';
import { computeLayout } from '../../src/layout/compute-layout.ts';
import { chooseRenderer } from '../../src/views/graph/renderer-choice.ts';
import { COORDINATION_STYLESHEET } from '../../src/views/graph/stylesheet-coordination.ts';
import { syntheticCoordination } from './graph-synthetic.ts';

export interface PanBenchWindow {
  graphBench?: { layoutMs: number; large: boolean; webgl: boolean; nodes: number; edges: number };
  /** Starts recording frames; the returned function stops and gives each frame's length in ms. */
  recordFrames?: () => () => number[];
}

const scope = window as unknown as PanBenchWindow;
const AGENCIES = 2000;
const LINKS = 20000;

/** Times between the renderer's redraws: a frame is a picture actually drawn, not a tick of the
 *  browser's animation clock (which keeps its 60 Hz even when the renderer skips ticks). Cytoscape is
 *  reached through the container, white-box, as the browser tests do: the app exposes it nowhere. */
function recordFrames(): () => number[] {
  type Cy = import('cytoscape').Core;
  const cy = (document.getElementById('graph') as HTMLElement & { _cyreg: { cy: Cy } })._cyreg.cy;
  const times: number[] = [];
  const onRender = () => times.push(performance.now());
  cy.on('render', onRender);
  return () => {
    cy.off('render', onRender);
    return times.slice(1).map((t, i) => t - (times[i] as number));
  };
}

async function start(): Promise<void> {
  const graph = syntheticCoordination(AGENCIES, LINKS, 7);
  const look = graphLook(graph, {
    colorBy: 'kind',
    agencySection: new Map(),
    direction: true,
    taskTitles: false,
  });
  const began = performance.now();
  const positions = await computeLayout('fcose', graph, look, { agencySection: new Map(), centre: null });
  const layoutMs = performance.now() - began;
  const chosen = chooseRenderer(graph.nodes.length + graph.edges.length);
  const renderer = new URLSearchParams(window.location.search).has('plain')
    ? { large: false, webgl: false }
    : chosen;
  const adapter = createGraphAdapter(
    document.getElementById('graph') as HTMLElement,
    renderer,
    COORDINATION_STYLESHEET,
    {
      onTap: () => undefined,
      onDoubleTap: () => undefined,
      onHover: () => undefined,
    },
  );
  adapter.setGraph(toElements(graph, look, positions), 'fit');
  adapter.afterRender(() => {
    scope.recordFrames = recordFrames;
    scope.graphBench = { layoutMs, ...renderer, nodes: graph.nodes.length, edges: graph.edges.length };
  });
}

void start();
