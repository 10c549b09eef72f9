// The measures table for spreadsheets (as Gephi's data table): one row per agency, heaviest first,
// with every figure the app computes for it — roles, reach, weighted degree, betweenness, load, the
// overload flag and its coordination bloc — so a director's question can be answered in Excel.
import { MEASURES, measureTable, rowsByLoad } from '../../analysis/measures.ts';
import { computeWorkload, type Workload } from '../../analysis/workload.ts';
import type { AgencyId, NoticeModel } from '../../notice/model.ts';
import { csvTable, type CsvCell } from './csv.ts';

export const METRICS_CSV_COLUMNS = [
  'agency',
  'led',
  'cooperated',
  'responsible',
  'items',
  'tasks',
  'sections',
  'partners',
  'weighted_degree',
  'betweenness',
  'load',
  'flagged',
  'bloc',
  'bloc_named_by',
] as const;

/** With the app's defaults (weights 3/1/2, 5 MADs) unless the workloads on screen are given;
 *  heaviest first; betweenness normalised to [0, 1], 4 decimals. */
export function toMetricsCsv(
  model: NoticeModel,
  workloads: ReadonlyMap<AgencyId, Workload> = computeWorkload(model),
): string {
  const table = measureTable(model, workloads);
  const names = new Map(model.agencies.map((a) => [a.id, a.name]));
  const cells = rowsByLoad(table, workloads).map((row): CsvCell[] => {
    const head = row.bloc === null ? undefined : table.blocs[row.bloc - 1]?.agencies[0];
    return [
      row.name,
      ...MEASURES.map((m) => (m === 'betweenness' ? Number(row.values[m].toFixed(4)) : row.values[m])),
      row.flagged,
      row.bloc ?? '',
      head === undefined ? '' : (names.get(head) ?? head),
    ];
  });
  return csvTable(METRICS_CSV_COLUMNS, cells);
}
