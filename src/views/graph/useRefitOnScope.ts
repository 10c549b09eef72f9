// When what is shown changes in place (a focus taken or left, a filter), frame what is left: hidden
// elements keep their places, so a small neighbourhood would otherwise sit in a corner of the stage.
import { useEffect, useRef, type RefObject } from 'react';
import type { GraphData } from '../../graph/network.ts';
import type { GraphControls } from './GraphCanvas.tsx';

export function useRefitOnScope(
  graph: GraphData,
  visible: ReadonlySet<string> | null,
  pending: boolean,
  controlsRef: RefObject<GraphControls | null>,
): void {
  const last = useRef<{ graph: GraphData; visible: ReadonlySet<string> | null } | null>(null);
  useEffect(() => {
    const before = last.current;
    last.current = { graph, visible };
    // A new graph is framed when it is drawn; only a change of scope on the same graph refits here.
    // The canvas (a child) has applied the new classes by now, so fitting sees what is visible.
    if (!before || before.graph !== graph || before.visible === visible || pending) return;
    controlsRef.current?.fit(undefined, true);
  }, [graph, visible, pending, controlsRef]);
}
