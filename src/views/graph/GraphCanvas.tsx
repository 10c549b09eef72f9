// The React side of the Cytoscape adapter: creates it on mount, destroys it on unmount, and hands it
// the graph, positions, classes and viewport as they change. Says what it has drawn in `data-drawn`
// (and marks `graph-drawn` on the performance timeline the first time), for tests and benchmarks.
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { GraphLook } from '../../graph/look.ts';
import type { Positions } from '../../graph/positions.ts';
import type { GraphData } from '../../graph/network.ts';
import { createGraphAdapter, type AdapterEvents, type GraphAdapter } from './cy-adapter.ts';
import { toElements } from './elements.ts';
import type { RendererChoice } from './renderer-choice.ts';
import type { StyleRule } from './stylesheet-base.ts';
import type { PlacedGraph } from '../shared/useGraphLayout.ts';
import { sameViewport, type Insets, type Viewport } from './viewport.ts';

export type GraphControls = Pick<GraphAdapter, 'fit' | 'zoomBy' | 'reveal'>;

interface Props {
  readonly graph: GraphData;
  readonly look: GraphLook;
  readonly placed: PlacedGraph | null;
  /** Nodes the user dragged, where they left them (over the layout's positions). */
  readonly dragged: Positions;
  /** The viewport the address asks for; a change the canvas did not report itself is applied. */
  readonly viewport: Viewport | null;
  readonly classes: ReadonlyMap<string, readonly string[]>;
  readonly stylesheet: readonly StyleRule[];
  readonly renderer: RendererChoice;
  readonly events: AdapterEvents;
  readonly controlsRef: RefObject<GraphControls | null>;
  /** Names what is being drawn (e.g. `tasks fcose`); the stage's `data-drawn` shows it once drawn.
   *  Empty while the view only holds the stage for a picture still being prepared. */
  readonly drawKey: string;
  /** Room the legend takes at the stage's edge, kept free when fitting. */
  readonly insets: Insets;
}

interface Drawn {
  readonly graph: GraphData;
  readonly look: GraphLook;
  readonly placed: PlacedGraph;
}

const withDrags = (layout: Positions, dragged: Positions): Positions =>
  dragged.size === 0 ? layout : new Map([...layout, ...[...dragged].filter(([id]) => layout.has(id))]);

export function GraphCanvas(props: Props) {
  const { graph, look, placed, dragged, viewport, classes, stylesheet, renderer, controlsRef, insets } =
    props;
  const container = useRef<HTMLDivElement>(null);
  const adapter = useRef<GraphAdapter | null>(null);
  const drawn = useRef<Drawn | null>(null);
  // The viewport the canvas last reported: an address viewport equal to it is the canvas's own echo.
  const reported = useRef<Viewport | null>(null);
  const latest = useRef(props);
  const initialStyle = useRef(stylesheet);
  const [drawnKey, setDrawnKey] = useState('');
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const created = createGraphAdapter(container.current as HTMLDivElement, renderer, initialStyle.current, {
      onTap: (target) => latest.current.events.onTap(target),
      onDoubleTap: (id) => latest.current.events.onDoubleTap(id),
      onHover: (id, at) => latest.current.events.onHover(id, at),
      onViewport: (view) => {
        reported.current = view;
        latest.current.events.onViewport?.(view);
      },
      onDragEnd: (moved) => latest.current.events.onDragEnd?.(moved),
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
    const { dragged: drags, viewport: asked, drawKey, classes: current } = latest.current;
    const positions = withDrags(placed.positions, drags);
    const before = drawn.current;
    let fit = false;
    if (!before || before.graph !== graph) {
      // A viewport in the address that the canvas did not set itself comes from a reload or a saved view.
      const restore = asked && !sameViewport(asked, reported.current) ? asked : null;
      target.setGraph(toElements(graph, look, positions), restore ?? 'keep');
      fit = !restore;
    } else if (before.look !== look) {
      target.setGraph(toElements(graph, look, positions), 'keep');
    } else if (before.placed !== placed) {
      target.setPositions(positions, true);
      setTimeout(() => target.fit(undefined, true), 400);
    }
    drawn.current = { graph, look, placed };
    // Replacing the elements dropped their classes: put the current ones back.
    target.applyClasses(current);
    // Framed once the classes are on, so a focus or a filter in the address frames what it leaves.
    if (fit) target.fit();
    target.afterRender(() => {
      setDrawnKey(drawKey);
      // An empty key is a stand-in (the blocs are still being found): not the picture asked for.
      if (drawKey && performance.getEntriesByName('graph-drawn').length === 0)
        performance.mark('graph-drawn');
    });
  }, [graph, look, placed]);

  useEffect(() => {
    if (drawn.current) adapter.current?.applyClasses(classes);
  }, [classes]);

  useEffect(() => {
    if (!drawn.current || !viewport || sameViewport(viewport, reported.current)) return;
    reported.current = viewport;
    adapter.current?.setViewport(viewport);
  }, [viewport]);

  useEffect(() => {
    if (drawn.current && dragged.size > 0) adapter.current?.setPositions(dragged, false);
  }, [dragged]);

  return <div className="graph-canvas" ref={container} data-drawn={drawnKey} />;
}
