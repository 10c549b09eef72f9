// The measures of each agency in one row (as Gephi's data table): its roles, reach, weighted degree,
// betweenness, load, the overload flag and its coordination bloc. The app's table and the CLI's
// metrics CSV are both made from it, so the two never differ.
import { coordinationBlocs, type Bloc } from './blocs.ts';
import { overloadStats, overloadVerdicts } from './overload.ts';
import { rankByLoad, type Workload } from './workload.ts';
import type { AgencyId, NoticeModel } from '../notice/model.ts';

export const MEASURES = [
  'led',
  'cooperated',
  'responsible',
  'items',
  'tasks',
  'sections',
  'partners',
  'strength',
  'betweenness',
  'load',
] as const;

export type Measure = (typeof MEASURES)[number];

/** The counts a click opens: the items (or tasks, sections, partners) behind the number. */
export type Countable = Exclude<Measure, 'strength' | 'betweenness' | 'load'>;

export interface MeasureRow {
  readonly agency: AgencyId;
  readonly name: string;
  readonly generic: boolean;
  readonly flagged: boolean;
  readonly bloc: number | null;
  readonly values: Readonly<Record<Measure, number>>;
}

export interface MeasureTable {
  readonly rows: readonly MeasureRow[];
  readonly blocs: readonly Bloc[];
}

export function measureTable(model: NoticeModel, workloads: ReadonlyMap<AgencyId, Workload>): MeasureTable {
  const list = [...workloads.values()];
  const verdicts = overloadVerdicts(list, model.agencies, overloadStats(list, model.agencies));
  const { blocs, blocOf } = coordinationBlocs(model);
  const rows = model.agencies.flatMap((agency): MeasureRow[] => {
    const w = workloads.get(agency.id);
    if (!w) return [];
    return [
      {
        agency: agency.id,
        name: agency.name,
        generic: agency.generic,
        flagged: verdicts.get(agency.id)?.flagged ?? false,
        bloc: blocOf.get(agency.id) ?? null,
        values: {
          led: w.led,
          cooperated: w.cooperated,
          responsible: w.responsible,
          items: w.items,
          tasks: w.tasks,
          sections: w.sections,
          partners: w.partners,
          strength: w.strength,
          betweenness: w.betweenness,
          load: w.load,
        },
      },
    ];
  });
  return { rows, blocs };
}

/** The rows heaviest first, as the ranking orders agencies (load, then the ranking's own ties). */
export function rowsByLoad(table: MeasureTable, workloads: ReadonlyMap<AgencyId, Workload>): MeasureRow[] {
  const byAgency = new Map(table.rows.map((r) => [r.agency, r]));
  return rankByLoad(workloads).flatMap((w) => byAgency.get(w.agencyId) ?? []);
}
