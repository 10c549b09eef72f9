// Positions for the graph under the chosen layout, computed off the main thread when large. While a
// new layout is on its way the previous picture stays (and stays interactive).
import { useEffect, useState } from 'react';
import type { GraphLook } from '../../graph/graph-look.ts';
import type { LayoutName, Positions } from '../../graph/layout-types.ts';
import type { GraphData } from '../../graph/network.ts';
import { loadLabelFonts } from './label-fonts.ts';
import { computeLayout } from './layout-client.ts';

export interface PlacedGraph {
  readonly graph: GraphData;
  readonly layout: LayoutName;
  readonly positions: Positions;
}

export function useGraphLayout(
  graph: GraphData,
  look: GraphLook,
  layout: LayoutName,
  agencySection: ReadonlyMap<string, number>,
): { placed: PlacedGraph | null; pending: boolean; error: string | null } {
  const [placed, setPlaced] = useState<PlacedGraph | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    Promise.all([computeLayout(layout, graph, look, agencySection), loadLabelFonts(look)]).then(
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
    // The look's sizes are part of the layout job; colours alone do not change positions, but cost nothing here.
  }, [graph, look, layout, agencySection]);
  const pending = !placed || placed.graph !== graph || placed.layout !== layout;
  return { placed, pending, error };
}
