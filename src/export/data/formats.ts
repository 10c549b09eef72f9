// The table of data export formats, shared by the CLI (`--format`) and the app's export menu.
// A new format (e.g. `workload`) is one entry here.
import type { Positions } from '../../graph/positions.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { toAssignmentsCsv } from './assignments-csv.ts';
import { toChecksCsv } from './checks-csv.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toYedGraphml } from './graphml-yed.ts';
import { toMetricsCsv } from './metrics-csv.ts';
import { toModelJson } from './model-json.ts';
import { toWorkloadCsv } from './workload-csv.ts';

export interface DataFormat {
  readonly name: string;
  readonly extension: string;
  readonly mediaType: string;
  readonly description: string;
  /** Draws the network laid out: the caller passes the app's layout (see NETWORK_FILE_PICTURE);
   *  without one the writer falls back to the layered layout. */
  readonly laidOut?: boolean;
  readonly build: (model: NoticeModel, drawing?: { readonly positions?: Positions }) => string;
}

export const DATA_FORMATS = [
  {
    name: 'json',
    extension: 'json',
    mediaType: 'application/json',
    description: 'the whole model (fengong-atlas/notice v1)',
    build: toModelJson,
  },
  {
    name: 'csv',
    extension: 'csv',
    mediaType: 'text/csv',
    description: 'one row per item, agency and role',
    build: toAssignmentsCsv,
  },
  {
    name: 'graphml',
    extension: 'graphml',
    mediaType: 'application/graphml+xml',
    description: 'agency–task network for Cytoscape, yEd, Gephi',
    build: toGraphml,
  },
  {
    name: 'graphml-yed',
    extension: 'graphml',
    mediaType: 'application/graphml+xml',
    description: 'the network for yEd: labels, colours and the layout',
    laidOut: true,
    build: (model, drawing) => toYedGraphml(model, drawing?.positions),
  },
  {
    name: 'gexf',
    extension: 'gexf',
    mediaType: 'application/gexf+xml',
    description: 'agency–task network for Gephi (GEXF 1.3), coloured, sized and laid out',
    laidOut: true,
    build: (model, drawing) => toGexf(model, { ...drawing }),
  },
  {
    name: 'gexf12',
    extension: 'gexf',
    mediaType: 'application/gexf+xml',
    description: 'the same network as GEXF 1.2 for older readers (networkx 2.x)',
    laidOut: true,
    build: (model, drawing) => toGexf(model, { ...drawing, version: '1.2' }),
  },
  {
    name: 'workload',
    extension: 'csv',
    mediaType: 'text/csv',
    description: 'one row per agency: items led and joined, load, overload flag',
    build: toWorkloadCsv,
  },
  {
    name: 'metrics',
    extension: 'csv',
    mediaType: 'text/csv',
    description:
      'one row per agency: roles, tasks, sections, partners, weighted degree, betweenness, load, bloc',
    build: (model) => toMetricsCsv(model),
  },
  {
    name: 'checks',
    extension: 'csv',
    mediaType: 'text/csv',
    description:
      'checks of the notice: no lead, several leads, one body written two ways, passages not read…',
    build: toChecksCsv,
  },
] as const satisfies readonly DataFormat[];

export type DataFormatName = (typeof DATA_FORMATS)[number]['name'];

export function findDataFormat(name: string): DataFormat | null {
  return DATA_FORMATS.find((f) => f.name === name) ?? null;
}
