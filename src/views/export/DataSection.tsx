// The data files: assignments, workload, the two matrices as on screen, the model, the network for
// Gephi and yEd. Each button writes its file at once; the writers are the CLI's.
import type { NoticeModel } from '../../notice/model.ts';
import { DATA_DOWNLOADS, type DataDownload, type MatrixSettings } from './data-downloads.ts';
import { downloadBlob, textBlob } from './download.ts';
import { exportFileName } from './file-names.ts';
import { fileSize, type ExportTask } from './useExportTask.ts';

interface Props {
  readonly model: NoticeModel;
  readonly matrix: MatrixSettings;
  readonly task: ExportTask;
}

async function save(download: DataDownload, model: NoticeModel, matrix: MatrixSettings): Promise<string> {
  const content = await download.build(model, matrix);
  const blob =
    typeof content === 'string'
      ? textBlob(content, download.mediaType)
      : new Blob([content as Uint8Array<ArrayBuffer>], { type: download.mediaType });
  const name = exportFileName(model.notice, download.what, download.extension, new Date());
  downloadBlob(blob, name);
  return `Saved ${name} (${fileSize(blob.size)})`;
}

export function DataSection({ model, matrix, task }: Props) {
  return (
    <section className="export-section" aria-labelledby="export-data-title">
      <h3 id="export-data-title" className="export-section-title">
        Data <span lang="zh-CN">数据</span>
      </h3>
      <p className="ws-hint">
        The same files as the command line: CSV in UTF-8 with a BOM (Excel shows the Chinese), the model as
        JSON, the network as GraphML (plain, or for yEd with labels and layout) and GEXF (1.3, or 1.2 for
        older readers) coloured and laid out as on screen. Matrices keep the columns and row order on screen.
      </p>
      <ul className="export-data-list">
        {DATA_DOWNLOADS.map((d) => (
          <li key={`${d.id}-${d.extension}`}>
            <button
              type="button"
              className="export-data-button"
              data-format={d.id}
              disabled={task.busy !== null}
              title={d.hint}
              onClick={() => void task.run(d.extension.toUpperCase(), () => save(d, model, matrix))}
            >
              <span className="export-data-name">
                {d.label} <span lang="zh-CN">{d.labelZh}</span>
              </span>
              <span className="export-data-ext">.{d.extension}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
