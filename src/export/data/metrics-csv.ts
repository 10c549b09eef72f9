// The measures table for spreadsheets (as Gephi's data table): one row per agency, heaviest first,
// with every figure the app computes for it — roles, reach, weighted degree, betweenness, load, the
// overload flag and its coordination bloc — so a director's question can be answered in Excel.
import { measureTable } from '../../analysis/measures.ts';
import { computeWorkload, rankByLoad, type Workload } from '../../analysis/workload.ts';
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
  const { rows, blocs } = measureTable(model, workloads);
  const byAgency = new Map(rows.map((r) => [r.agency, r]));
  const names = new Map(model.agencies.map((a) => [a.id, a.name]));
  const cells = rankByLoad(workloads).flatMap((w): CsvCell[][] => {
    const row = byAgency.get(w.agencyId);
    if (!row) return [];
    const head = row.bloc === null ? undefined : blocs[row.bloc - 1]?.agencies[0];
    const v = row.values;
    return [
      [
        row.name,
        v.led,
        v.cooperated,
        v.responsible,
        v.items,
        v.tasks,
        v.sections,
        v.partners,
        v.strength,
        Number(v.betweenness.toFixed(4)),
        v.load,
        row.flagged,
        row.bloc ?? '',
        head === undefined ? '' : (names.get(head) ?? head),
      ],
    ];
  });
  return csvTable(METRICS_CSV_COLUMNS, cells);
}
