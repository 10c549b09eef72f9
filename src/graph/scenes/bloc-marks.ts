// Coordination blocs in a matrix ordered by bloc: a band in the bloc's colour beside each bloc's row
// labels, a rule between blocs across the cells, and a key naming each bloc by its heaviest agency.
// The colours come from the caller (the views' bloc palette), so every view paints a bloc alike.
import { MUTED_INK } from '../appearance.ts';
import type { MatrixBloc, MatrixRow } from '../matrix.ts';
import type { SceneMark } from '../scene.ts';
import type { MatrixFrame } from './layered-scene.ts';
import type { LegendEntry } from './legend.ts';

export type BlocColor = (bloc: number) => string;

export interface BlocRun {
  readonly bloc: number | null;
  /** Row positions [start, end). */
  readonly start: number;
  readonly end: number;
}

/** Neighbouring rows of the same bloc, top to bottom. */
export function blocRuns(rows: readonly MatrixRow[], rowOrder: readonly number[]): BlocRun[] {
  const runs: { bloc: number | null; start: number; end: number }[] = [];
  rowOrder.forEach((r, p) => {
    const bloc = rows[r]?.bloc ?? null;
    const last = runs[runs.length - 1];
    if (last && last.bloc === bloc) last.end = p + 1;
    else runs.push({ bloc, start: p, end: p + 1 });
  });
  return runs;
}

/** Bands left of the row labels, `x` from the scene's left edge, one per run. */
export function blocBandMarks(runs: readonly BlocRun[], frame: MatrixFrame, x: number, color: BlocColor) {
  return runs.flatMap((run): SceneMark[] =>
    run.bloc === null
      ? []
      : [
          {
            type: 'rect',
            x,
            y: frame.top + run.start * frame.cellHeight + 2,
            width: 5,
            height: (run.end - run.start) * frame.cellHeight - 4,
            radius: 2,
            fill: color(run.bloc),
            title: `Bloc ${run.bloc}`,
          },
        ],
  );
}

/** Rules between blocs across `width` of cells and totals. */
export function blocRuleMarks(runs: readonly BlocRun[], frame: MatrixFrame, width: number): SceneMark[] {
  const d = runs
    .slice(1)
    .map((run) => `M${frame.left},${frame.top + run.start * frame.cellHeight}h${width}`)
    .join('');
  return d ? [{ type: 'path', d, stroke: MUTED_INK, strokeWidth: 1.2 }] : [];
}

/** The key: a swatch per bloc and the name of its heaviest agency. */
export function blocEntries(blocs: readonly MatrixBloc[], color: BlocColor): LegendEntry[] {
  return blocs.map((b) => ({
    key: (cx: number, cy: number): SceneMark[] => [
      { type: 'rect', x: cx - 3, y: cy - 6, width: 6, height: 12, radius: 2, fill: color(b.id) },
    ],
    label: `${b.id} ${b.name}`,
  }));
}
