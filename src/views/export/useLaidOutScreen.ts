// The screen the dialog exports, with the network laid out if the view had not finished laying it out
// when the dialog opened (the layout runs in its worker meanwhile; the file then shows the positions
// the view is about to show) — and laid out afresh round English labels when those are asked for.
import { useEffect, useState } from 'react';
import { graphPositions, type LabelLang, type LayoutFn } from '../../export/diagram/diagram.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { computeLayout } from '../../layout/compute-layout.ts';
import type { GraphScreen, DiagramScreen } from './export-screen.ts';
import type { DiagramLayout } from './diagram-form.ts';

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

/** The screen with its network laid out afresh when the file asks for it: round English labels, which
 *  take more room than Chinese ones (the positions on screen would crowd them), or by the layout the
 *  dialog chose; the screen itself otherwise. `laying` while the layout runs. */
export function useLabelLayout(
  model: NoticeModel,
  screen: DiagramScreen,
  lang: LabelLang,
  layout: DiagramLayout = 'screen',
): { screen: DiagramScreen; laying: boolean } {
  const [relaid, setRelaid] = useState<{ from: DiagramScreen; key: string; screen: DiagramScreen } | null>(
    null,
  );
  const chosen = screen.view === 'graph' && layout !== 'screen' && layout !== screen.settings.layout;
  const wanted = screen.view === 'graph' && (lang === 'en' || chosen);
  // What the positions were made for: the labels' language and the layout.
  const key = `${lang} ${layout}`;
  const fresh = relaid?.from === screen && relaid.key === key;
  useEffect(() => {
    if (!wanted || screen.view !== 'graph' || fresh) return;
    let live = true;
    const run: LayoutFn = chosen
      ? (g, look, context) => computeLayout(layout, g, look, context)
      : viewLayout(screen);
    graphPositions(model, screen.settings, run, { lang })
      .then((positions) => live && setRelaid({ from: screen, key, screen: { ...screen, positions } }))
      .catch(() => live && setRelaid({ from: screen, key, screen }));
    return () => {
      live = false;
    };
  }, [model, screen, wanted, fresh, key, chosen, layout, lang]);
  if (!wanted) return { screen, laying: false };
  return fresh ? { screen: relaid.screen, laying: false } : { screen, laying: true };
}
