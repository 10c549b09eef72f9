// What the diagram view on screen shows right now — layout positions, filtered and dimmed elements, row
// order, what is scrolled or zoomed into view — read by the export dialog when it draws the file, so
// the file is the picture on screen. Views register a reader; only the mounted view has one.
import { useEffect } from 'react';
import type { WorkloadWeights } from '../../analysis/workload.ts';
import type { ColumnMode, RowOrder } from '../../graph/matrix.ts';
import type { LaneOrder } from '../../graph/scenes/deadline-scene.ts';
import type { NoticeStretch } from '../../analysis/deadlines.ts';
import type { Positions } from '../../graph/positions.ts';
import type { GraphSettings } from '../shared/graph-settings.ts';

export interface GraphScreen {
  readonly view: 'graph';
  readonly settings: GraphSettings;
  /** Tasks folded into their sections, as drawn. */
  readonly folded: boolean;
  /** The ego view's agency, when there is one. */
  readonly ego: string | null;
  /** Where every node is drawn, the user's drags included. */
  readonly positions: Positions;
  /** The display classes on screen (hidden, dimmed, focused …). */
  readonly classes: ReadonlyMap<string, readonly string[]>;
  /** The nodes drawn, with the section each task sits in (a section box stays while a task shows). */
  readonly nodes: readonly { readonly id: string; readonly parent?: string | undefined }[];
  /** Nodes inside the visible part of the stage; null when the whole graph is framed. */
  readonly inView: ReadonlySet<string> | null;
}

export interface RowsScreen {
  readonly view: 'matrix' | 'coassignment' | 'ranking' | 'deadlines';
  readonly weights: WorkloadWeights;
  /** The deadlines in time: the day items are past due on, the lanes' order, the notices' stretches. */
  readonly deadlines?: {
    readonly asOf: string;
    readonly order: LaneOrder;
    readonly parts: readonly NoticeStretch[];
  };
  readonly order?: RowOrder;
  /** The agency whose row sorts a matrix, when one does. */
  readonly sortBy?: string | null;
  readonly columns?: ColumnMode;
  readonly threshold?: number;
  /** The agency selected (its id), drawn highlighted. */
  readonly highlight: string | null;
  /** The ids of the agencies whose rows are scrolled into view, top to bottom; null when all are. */
  readonly rowsInView: readonly string[] | null;
  /** The ids of the agency × task matrix's columns scrolled into view; null when all are (or none scroll). */
  readonly columnsInView?: readonly string[] | null;
}

export type DiagramScreen = GraphScreen | RowsScreen;

type ScreenReader = () => DiagramScreen;

/** One view is on screen at a time; its reader is kept under its name. */
const readers = new Map<string, ScreenReader>();

/** Registers the view's reader while the view is mounted. */
export function useExportScreen(view: DiagramScreen['view'], read: ScreenReader): void {
  useEffect(() => {
    readers.set(view, read);
    return () => {
      if (readers.get(view) === read) readers.delete(view);
    };
  }, [view, read]);
}

/** What the named view shows now, or null when it is not mounted. */
export function readScreen(view: string): DiagramScreen | null {
  return readers.get(view)?.() ?? null;
}
