// The hooks the diagram views call to hand the export dialog what they show: the graph's positions,
// classes and what the stage frames; a chart's settings and the rows its window shows. Reading happens
// only when the user exports, so the views pay nothing per frame.
import { useCallback, type RefObject } from 'react';
import type { Positions } from '../../graph/positions.ts';
import type { GraphData } from '../../graph/network.ts';
import type { GraphSettings } from '../shared/graph-settings.ts';
import type { PlacedGraph } from '../shared/useGraphLayout.ts';
import { useExportScreen, type GraphScreen, type RowsScreen } from './export-screen.ts';
import {
  columnsInWindow,
  nodesInViewport,
  rowsInWindow,
  type ColumnBand,
  type RowBand,
  type StageViewport,
} from './in-view.ts';

interface GraphInputs {
  readonly settings: GraphSettings;
  /** The graph the view shows now (the drawn one may still be the previous graph). */
  readonly graph: GraphData;
  readonly folded: boolean;
  readonly ego: string | null;
  readonly placed: PlacedGraph | null;
  readonly dragged: Positions;
  readonly classes: ReadonlyMap<string, readonly string[]>;
  /** The zoom and pan on screen; null while the graph is fitted to the stage. */
  readonly viewport: StageViewport | null;
  readonly stage: RefObject<HTMLElement | null>;
}

/** Layout positions with the user's drags over them, as the canvas draws them; none while the graph
 *  on screen is still being laid out. */
function drawnPositions(graph: GraphData, placed: PlacedGraph | null, dragged: Positions): Positions {
  if (!placed || placed.graph !== graph) return new Map();
  if (dragged.size === 0) return placed.positions;
  return new Map([...placed.positions, ...[...dragged].filter(([id]) => placed.positions.has(id))]);
}

/** Read when the user exports: the stage's size is measured then, not on every render. */
function readGraphScreen(inputs: GraphInputs): GraphScreen {
  const { settings, graph, folded, ego, placed, dragged, classes, viewport, stage } = inputs;
  const positions = drawnPositions(graph, placed, dragged);
  const box = stage.current;
  const size = box ? { width: box.clientWidth, height: box.clientHeight } : null;
  const inView = viewport && size ? nodesInViewport(positions, viewport, size) : null;
  return {
    view: 'graph',
    settings,
    folded,
    ego,
    positions,
    classes,
    nodes: graph.nodes,
    inView,
  };
}

export function useGraphExportScreen(inputs: GraphInputs): void {
  const { settings, graph, folded, ego, placed, dragged, classes, viewport, stage } = inputs;
  const read = useCallback(
    () => readGraphScreen({ settings, graph, folded, ego, placed, dragged, classes, viewport, stage }),
    [settings, graph, folded, ego, placed, dragged, classes, viewport, stage],
  );
  useExportScreen('graph', read);
}

interface RowsInputs extends Omit<RowsScreen, 'rowsInView' | 'columnsInView'> {
  /** Each row's agency and its band in the scrolling window's coordinates. */
  readonly rows: readonly RowBand[];
  /** The sticky head at the top of the window. */
  readonly top: number;
  /** For a chart that scrolls across too: each column's id and band, right of sticky heads `left` wide. */
  readonly across?: { readonly bands: readonly ColumnBand[]; readonly left: number };
  readonly scroller: RefObject<HTMLElement | null>;
}

/** Read when the user exports: the window's scroll position is read then. */
function readRowsScreen(inputs: RowsInputs): RowsScreen {
  const { rows, top, across, scroller, ...settings } = inputs;
  const box = scroller.current;
  const seen = box
    ? rowsInWindow(rows, { scrollTop: box.scrollTop, clientHeight: box.clientHeight, top })
    : null;
  const seenAcross =
    box && across
      ? columnsInWindow(across.bands, {
          scrollLeft: box.scrollLeft,
          clientWidth: box.clientWidth,
          left: across.left,
        })
      : null;
  // A window that shows every row (every column) shows the whole diagram.
  return {
    ...settings,
    rowsInView: seen && seen.length < rows.length ? seen : null,
    columnsInView: seenAcross && across && seenAcross.length < across.bands.length ? seenAcross : null,
  };
}

export function useRowsExportScreen(inputs: RowsInputs): void {
  const {
    view,
    weights,
    order,
    sortBy,
    columns,
    threshold,
    deadlines,
    highlight,
    rows,
    top,
    across,
    scroller,
  } = inputs;
  const read = useCallback(
    () =>
      readRowsScreen({
        view,
        weights,
        order,
        ...(sortBy ? { sortBy } : {}),
        columns,
        threshold,
        ...(deadlines ? { deadlines } : {}),
        highlight,
        rows,
        top,
        ...(across ? { across } : {}),
        scroller,
      }),
    [view, weights, order, sortBy, columns, threshold, deadlines, highlight, rows, top, across, scroller],
  );
  useExportScreen(view, read);
}
