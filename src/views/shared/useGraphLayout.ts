// Positions for the graph under the chosen layout, computed off the main thread when large. While a
// new layout is on its way the previous picture stays (and stays interactive).
import { useEffect, useState } from 'react';
import type { GraphLook } from '../../graph/look.ts';
import type { LayoutName, Positions } from '../../layout/layout-input.ts';
import type { GraphData } from '../../graph/network.ts';
import { loadLabelFonts } from './label-fonts.ts';
import { computeLayout, type LayoutContext } from '../../layout/compute-layout.ts';

export interface PlacedGraph {
  readonly graph: GraphData;
  readonly layout: LayoutName;
  readonly positions: Positions;
}

export function useGraphLayout(
  graph: GraphData,
  look: GraphLook,
  layout: LayoutName,
  context: LayoutContext,
): { placed: PlacedGraph | null; pending: boolean; error: string | null } {
  const [placed, setPlaced] = useState<PlacedGraph | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Runs again when the look changes too: sizes are part of a layout, and a change of colours alone
  // finds its positions in the cache.
  useEffect(() => {
    let current = true;
    Promise.all([computeLayout(layout, graph, look, context), loadLabelFonts(look)]).then(
      ([positions]) => {
        if (!current) return;
        setPlaced({ graph, layout, positions });
        setError(null);
      },
      (reason: unknown) => current && setError(String(reason)),
    );
    return () => {
      current = false;
    };
  }, [graph, look, layout, context]);
  const pending = !placed || placed.graph !== graph || placed.layout !== layout;
  return { placed, pending, error };
}
