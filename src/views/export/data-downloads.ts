// The data files the export dialog offers: the CLI's formats from the shared writers (so a file from
// the app and one from `npm run parse` are the same bytes), and the matrices as the screen orders them.
import { computeWorkload, type WorkloadWeights } from '../../analysis/workload.ts';
import { toAgencyTaskMatrixCsv, toCoassignmentMatrixCsv } from '../../export/data/matrix-csv.ts';
import { findDataFormat, type DataFormatName } from '../../export/data/formats.ts';
import { NETWORK_FILE_PICTURE } from '../../export/data/network-drawing.ts';
import { graphPositions } from '../../export/diagram/diagram.ts';
import { computeLayout } from '../../layout/compute-layout.ts';
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
  /** Text, or bytes for a binary file (the workbook); a promise when a layout or a library is awaited. */
  readonly build: (
    model: NoticeModel,
    matrix: MatrixSettings,
  ) => string | Uint8Array | Promise<string | Uint8Array>;
}

/** The network files are laid out as the network view lays out by default: fcose in its worker. */
function networkPositions(model: NoticeModel) {
  return graphPositions(model, NETWORK_FILE_PICTURE, (g, look, context) =>
    computeLayout('fcose', g, look, context),
  );
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
    build: format.laidOut
      ? async (model) => format.build(model, { positions: await networkPositions(model) })
      : (model) => format.build(model),
  };
}

/** The Excel workbook in one language; exceljs (large) loads on the first click. */
function workbook(lang: 'zh' | 'en'): DataDownload {
  return {
    id: `xlsx-${lang}`,
    label: lang === 'zh' ? 'Workbook, Chinese' : 'Workbook, English',
    labelZh: lang === 'zh' ? '工作簿（中文）' : '工作簿（英文）',
    hint: 'Excel: the RACI matrix, the ranking, the measures and every assignment, a sheet each',
    what: `workbook-${lang}`,
    extension: 'xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    build: async (model) => {
      const { noticeWorkbook } = await import('../../export/sheets/workbook.ts');
      return noticeWorkbook(model, { lang });
    },
  };
}

export const DATA_DOWNLOADS: readonly DataDownload[] = [
  workbook('zh'),
  workbook('en'),
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
  shared('graphml-yed', 'network-yed', 'Network for yEd', '网络（yEd）'),
  shared('gexf', 'network', 'Network', '网络'),
  shared('gexf12', 'network-gexf12', 'Network, GEXF 1.2', '网络（GEXF 1.2）'),
];
