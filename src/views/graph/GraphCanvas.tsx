// The React side of the Cytoscape adapter: creates it on mount, destroys it on unmount, and hands it
// the graph, positions and classes as they change. Says what it has drawn in `data-drawn` (and marks
// `graph-drawn` on the performance timeline the first time), for tests and benchmarks.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { GraphLook } from '../../graph/graph-look.ts';
import type { GraphData } from '../../graph/network.ts';
import { createGraphAdapter, type AdapterEvents, type GraphAdapter } from './cy-adapter.ts';
import { toElements } from './elements.ts';
import type { RendererChoice } from './renderer-choice.ts';
import type { StyleRule } from './stylesheet-base.ts';
import type { PlacedGraph } from './useGraphLayout.ts';
import type { Insets } from './viewport.ts';

export type GraphControls = Pick<GraphAdapter, 'fit' | 'zoomBy' | 'reveal'>;

interface Props {
  readonly graph: GraphData;
  readonly look: GraphLook;
  readonly placed: PlacedGraph | null;
  readonly classes: ReadonlyMap<string, readonly string[]>;
  readonly stylesheet: readonly StyleRule[];
  readonly renderer: RendererChoice;
  readonly events: AdapterEvents;
  readonly controlsRef: RefObject<GraphControls | null>;
  /** Names what is being drawn (e.g. `tasks fcose`); the stage's `data-drawn` shows it once drawn. */
  readonly drawKey: string;
  /** Room the legend takes at the stage's edge, kept free when fitting. */
  readonly insets: Insets;
}

interface Drawn {
  readonly graph: GraphData;
  readonly look: GraphLook;
  readonly placed: PlacedGraph;
}

export function GraphCanvas(props: Props) {
  const { graph, look, placed, classes, stylesheet, renderer, events, controlsRef, drawKey, insets } = props;
  const container = useRef<HTMLDivElement>(null);
  const adapter = useRef<GraphAdapter | null>(null);
  const drawn = useRef<Drawn | null>(null);
  const latestEvents = useRef(events);
  const latestClasses = useRef(classes);
  const initialStyle = useRef(stylesheet);
  const [drawnKey, setDrawnKey] = useState('');
  useEffect(() => {
    latestEvents.current = events;
    latestClasses.current = classes;
  }, [events, classes]);

  useEffect(() => {
    const created = createGraphAdapter(container.current as HTMLDivElement, renderer, initialStyle.current, {
      onTap: (target) => latestEvents.current.onTap(target),
      onDoubleTap: (id) => latestEvents.current.onDoubleTap(id),
      onHover: (id, at) => latestEvents.current.onHover(id, at),
    });
    adapter.current = created;
    controlsRef.current = created;
    return () => {
      created.destroy();
      adapter.current = null;
      controlsRef.current = null;
      drawn.current = null;
    };
  }, [renderer, controlsRef]);

  // With the renderer too: a new Cytoscape starts from the first stylesheet this canvas was given.
  useEffect(() => adapter.current?.setStyle(stylesheet), [stylesheet, renderer]);
  // Before the graph effect below, so the first fit already keeps clear of the legend.
  useEffect(() => adapter.current?.setInsets(insets), [insets, renderer]);

  useEffect(() => {
    const target = adapter.current;
    if (!target || !placed || placed.graph !== graph) return;
    const before = drawn.current;
    if (!before || before.graph !== graph) {
      target.setGraph(toElements(graph, look, placed.positions), true);
    } else if (before.look !== look) {
      target.setGraph(toElements(graph, look, placed.positions), false);
    } else if (before.placed !== placed) {
      target.setPositions(placed.positions, true);
      setTimeout(() => target.fit(undefined, true), 400);
    }
    drawn.current = { graph, look, placed };
    // Replacing the elements dropped their classes: put the current ones back.
    target.applyClasses(latestClasses.current);
    target.afterRender(() => {
      setDrawnKey(drawKey);
      if (performance.getEntriesByName('graph-drawn').length === 0) performance.mark('graph-drawn');
    });
  }, [graph, look, placed, drawKey]);

  useEffect(() => {
    if (drawn.current) adapter.current?.applyClasses(classes);
  }, [classes]);

  return <div className="graph-canvas" ref={container} data-drawn={drawnKey} />;
}
