// The diagram export's settings as the dialog holds them, and what they mean for the file: its
// extension, what its name says, and whether the setting applies to the chosen format. Pure.
import type { DiagramScreen } from './export-screen.ts';

export type ImageFormat = 'png' | 'svg' | 'pdf';
export type LabelLang = 'zh' | 'en';
export type Area = 'whole' | 'view';
export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

export interface DiagramForm {
  readonly format: ImageFormat;
  readonly lang: LabelLang;
  /** The title the user typed; null keeps the default title (which follows the language). */
  readonly title: string | null;
  readonly scale: 1 | 2 | 3 | 4;
  readonly background: 'white' | 'transparent';
  readonly area: Area;
  readonly paper: Paper;
  /** Null follows the diagram's shape: landscape when it is wider than tall. */
  readonly orientation: Orientation | null;
  /** SVG: labels as glyph outlines, for viewers without a Chinese font (Inkscape, rsvg). */
  readonly outlineText: boolean;
  /** The network's layout in the file: as on screen, or laid out afresh by force or in layers. */
  readonly layout: DiagramLayout;
}

export const DEFAULT_FORM: DiagramForm = {
  format: 'png',
  lang: 'zh',
  title: null,
  scale: 2,
  background: 'white',
  area: 'whole',
  paper: 'A4',
  orientation: null,
  outlineText: false,
  layout: 'screen',
};

export type DiagramLayout = 'screen' | 'fcose' | 'layered';
export const DIAGRAM_LAYOUTS: readonly DiagramLayout[] = ['screen', 'fcose', 'layered'];

/** Whether the dialog offers a layout: for the agency–task network (coordination links have no
 *  layers, and an ego view keeps the view's own picture). */
export function offersLayout(screen: DiagramScreen): boolean {
  return screen.view === 'graph' && screen.settings.mode === 'tasks';
}

/** The paper's orientation for a diagram: the user's choice, else the one its shape fits best. */
export function pageOrientation(form: DiagramForm, size: { width: number; height: number }): Orientation {
  return form.orientation ?? (size.width >= size.height ? 'landscape' : 'portrait');
}

/** The views that draw a diagram, and the word for each in a file name. */
export const DIAGRAM_VIEWS: Readonly<Record<DiagramScreen['view'], string>> = {
  graph: 'network',
  matrix: 'agency-task-matrix',
  coassignment: 'agency-agency-matrix',
  ranking: 'load-ranking',
  deadlines: 'deadlines',
};

export function isDiagramView(view: string): view is DiagramScreen['view'] {
  return Object.hasOwn(DIAGRAM_VIEWS, view);
}

/** A graph in the ego or coordination mode names itself so in the file name. */
export function diagramFileWord(screen: DiagramScreen): string {
  if (screen.view !== 'graph') return DIAGRAM_VIEWS[screen.view];
  if (screen.settings.mode === 'coordination') return 'coordination-network';
  return screen.settings.mode === 'ego' ? 'ego-network' : DIAGRAM_VIEWS.graph;
}

/** Whether the screen shows less than the whole diagram (zoomed in, scrolled): only then is "current
 *  view" a choice. */
export function hasPartialView(screen: DiagramScreen): boolean {
  if (screen.view !== 'graph') return screen.rowsInView !== null || (screen.columnsInView ?? null) !== null;
  return screen.inView !== null && screen.inView.size < screen.positions.size;
}
