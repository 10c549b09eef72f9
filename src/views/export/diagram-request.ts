// What the screen shows, as the options of the core's diagramScene: the same graph positions and
// classes, the same matrix order and columns, the same weights — so the file is the picture on screen.
// "Current view" keeps only the nodes on the stage, or the rows and columns in the window. Pure.
import type { DiagramOptions } from '../../export/diagram/diagram.ts';
import { blocColor } from '../shared/bloc-colors.ts';
import type { DiagramForm } from './diagram-form.ts';
import type { DiagramScreen } from './export-screen.ts';
import { hideOutside } from './in-view.ts';

export function diagramOptions(
  screen: DiagramScreen,
  form: DiagramForm,
  defaultTitle: string,
): DiagramOptions {
  const title = form.title?.trim() || defaultTitle;
  const base = { view: screen.view, lang: form.lang, title };
  if (screen.view === 'graph') {
    const inView = form.area === 'view' ? screen.inView : null;
    return {
      ...base,
      graph: {
        settings: screen.settings,
        positions: screen.positions,
        classes: inView ? hideOutside(screen.classes, screen.nodes, inView) : screen.classes,
      },
    };
  }
  return {
    ...base,
    weights: screen.weights,
    ...(screen.order ? { matrixOrder: screen.order } : {}),
    ...(screen.sortBy ? { sortBy: screen.sortBy } : {}),
    ...(screen.order === 'bloc' ? { blocColor } : {}),
    ...(screen.columns ? { matrixColumns: screen.columns } : {}),
    ...(screen.threshold !== undefined ? { threshold: screen.threshold } : {}),
    ...(screen.deadlines ? { deadlines: screen.deadlines } : {}),
    ...(screen.highlight ? { highlight: screen.highlight } : {}),
    ...(form.area === 'view' && screen.rowsInView ? { rows: screen.rowsInView } : {}),
    ...(form.area === 'view' && screen.columnsInView ? { columns: screen.columnsInView } : {}),
  };
}
