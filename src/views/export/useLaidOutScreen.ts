// The screen the dialog exports, with the network laid out if the view had not finished laying it out
// when the dialog opened (the layout runs in its worker meanwhile; the file then shows the positions
// the view is about to show).
import { useEffect, useState } from 'react';
import { graphPositions } from '../../export/diagram/diagram.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { computeLayout } from '../../layout/compute-layout.ts';
import type { DiagramScreen } from './export-screen.ts';

export function useLaidOutScreen(
  model: NoticeModel,
  initial: DiagramScreen | null,
): { screen: DiagramScreen | null; laying: boolean } {
  const [screen, setScreen] = useState(initial);
  const missing = initial?.view === 'graph' && initial.positions.size === 0 && initial.nodes.length > 0;
  const [laying, setLaying] = useState(missing);
  useEffect(() => {
    if (!missing || initial?.view !== 'graph') return;
    let live = true;
    const { settings } = initial;
    // As the view does: coordination links have no layers, so a layered setting lays them out by fcose.
    const name =
      settings.mode === 'coordination' && settings.layout === 'layered' ? 'fcose' : settings.layout;
    graphPositions(model, settings, (g, look, context) => computeLayout(name, g, look, context))
      .then((positions) => live && setScreen({ ...initial, positions }))
      .catch(() => undefined)
      .finally(() => live && setLaying(false));
    return () => {
      live = false;
    };
  }, [model, initial, missing]);
  return { screen, laying };
}
