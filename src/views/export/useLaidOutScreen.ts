// The screen the dialog exports, with the network laid out if the view had not finished laying it out
// when the dialog opened (the layout runs in its worker meanwhile; the file then shows the positions
// the view is about to show) — and laid out afresh round English labels when those are asked for.
import { useEffect, useState } from 'react';
import { graphPositions, type LabelLang, type LayoutFn } from '../../export/diagram/diagram.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { computeLayout } from '../../layout/compute-layout.ts';
import type { GraphScreen, DiagramScreen } from './export-screen.ts';

/** The view's layout, as the view runs it: coordination links have no layers, so a layered setting
 *  lays them out by fcose. */
function viewLayout(screen: GraphScreen): LayoutFn {
  const { settings } = screen;
  const name = settings.mode === 'coordination' && settings.layout === 'layered' ? 'fcose' : settings.layout;
  return (g, look, context) => computeLayout(name, g, look, context);
}

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
    graphPositions(model, initial.settings, viewLayout(initial))
      .then((positions) => live && setScreen({ ...initial, positions }))
      .catch(() => undefined)
      .finally(() => live && setLaying(false));
    return () => {
      live = false;
    };
  }, [model, initial, missing]);
  return { screen, laying };
}

/** The screen with its network laid out round English labels, which take more room than Chinese ones
 *  (the positions on screen would crowd them); the screen itself for Chinese labels and other views.
 *  `laying` while the English layout runs. */
export function useLabelLayout(
  model: NoticeModel,
  screen: DiagramScreen,
  lang: LabelLang,
): { screen: DiagramScreen; laying: boolean } {
  const [english, setEnglish] = useState<{ from: DiagramScreen; screen: DiagramScreen } | null>(null);
  const wanted = lang === 'en' && screen.view === 'graph';
  useEffect(() => {
    if (!wanted || screen.view !== 'graph' || english?.from === screen) return;
    let live = true;
    graphPositions(model, screen.settings, viewLayout(screen), { lang: 'en' })
      .then((positions) => live && setEnglish({ from: screen, screen: { ...screen, positions } }))
      .catch(() => live && setEnglish({ from: screen, screen }));
    return () => {
      live = false;
    };
  }, [model, screen, wanted, english]);
  if (!wanted) return { screen, laying: false };
  return english?.from === screen ? { screen: english.screen, laying: false } : { screen, laying: true };
}
