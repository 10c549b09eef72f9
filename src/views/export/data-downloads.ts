// The data files the export dialog offers: the CLI's formats from the shared writers (so a file from
// the app and one from `npm run parse` are the same bytes), and the matrices as the screen orders them.
import { computeWorkload, type WorkloadWeights } from '../../analysis/workload.ts';
import { toAgencyTaskMatrixCsv, toCoassignmentMatrixCsv } from '../../export/data/matrix-csv.ts';
import { findDataFormat, type DataFormatName } from '../../export/data/formats.ts';
import { agencyTaskMatrix, coassignmentMatrix, type ColumnMode, type RowOrder } from '../../graph/matrix.ts';
import type { NoticeModel } from '../../notice/model.ts';

/** The matrices' settings on screen: columns, row orders and the weights behind the load order. */
export interface MatrixSettings {
  readonly columns: ColumnMode;
  readonly order: RowOrder;
  readonly coassignmentOrder: RowOrder;
  readonly weights: WorkloadWeights;
}

export interface DataDownload {
  readonly id: string;
  readonly label: string;
  readonly labelZh: string;
  readonly hint: string;
  /** What the file holds, in its name. */
  readonly what: string;
  readonly extension: string;
  readonly mediaType: string;
  readonly build: (model: NoticeModel, matrix: MatrixSettings) => string;
}

function shared(name: DataFormatName, what: string, label: string, labelZh: string): DataDownload {
  const format = findDataFormat(name);
  if (!format) throw new Error(`No data format named ${name}.`);
  return {
    id: name,
    label,
    labelZh,
    hint: format.description,
    what,
    extension: format.extension,
    mediaType: format.mediaType,
    build: (model) => format.build(model),
  };
}

export const DATA_DOWNLOADS: readonly DataDownload[] = [
  shared('csv', 'assignments', 'Assignments', '分工条目'),
  shared('workload', 'workload', 'Workload table', '工作量表'),
  shared('metrics', 'measures', 'Measures table', '指标表'),
  {
    id: 'matrix',
    label: 'Agency × task matrix',
    labelZh: '单位×任务矩阵',
    hint: 'the role in each cell, rows and columns as on screen',
    what: 'matrix',
    extension: 'csv',
    mediaType: 'text/csv',
    build: (model, s) =>
      toAgencyTaskMatrixCsv(agencyTaskMatrix(model, computeWorkload(model, s.weights), s.columns), s.order),
  },
  {
    id: 'coassignment',
    label: 'Agency × agency matrix',
    labelZh: '单位×单位矩阵',
    hint: 'items two agencies share, in the order on screen',
    what: 'coassignment',
    extension: 'csv',
    mediaType: 'text/csv',
    build: (model, s) => {
      const base = agencyTaskMatrix(model, computeWorkload(model, s.weights), 'task');
      return toCoassignmentMatrixCsv(coassignmentMatrix(model, base), s.coassignmentOrder);
    },
  },
  shared('json', 'model', 'Model', '数据模型'),
  shared('graphml', 'network', 'Network', '网络'),
  shared('gexf', 'network', 'Network', '网络'),
];
