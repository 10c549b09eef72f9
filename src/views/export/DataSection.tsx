// The data files: items, workload, the two matrices as on screen, the model, the network for
// Gephi and yEd. Each button writes its file at once; the writers are the CLI's.
import { useLang, useMessages } from '../i18n/lang-context.tsx';
import type { Messages } from '../i18n/messages.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { DATA_DOWNLOADS, type DataDownload, type MatrixSettings } from './data-downloads.ts';
import { downloadBlob, textBlob } from '../shared/download.ts';
import { exportFileName } from './file-names.ts';
import type { ExportTask } from './useExportTask.ts';

interface Props {
  readonly model: NoticeModel;
  readonly matrix: MatrixSettings;
  readonly task: ExportTask;
}

async function save(
  download: DataDownload,
  model: NoticeModel,
  matrix: MatrixSettings,
  m: Messages,
): Promise<string> {
  const content = await download.build(model, matrix);
  const blob =
    typeof content === 'string'
      ? textBlob(content, download.mediaType)
      : new Blob([content as Uint8Array<ArrayBuffer>], { type: download.mediaType });
  const name = exportFileName(model.notice, download.what, download.extension, new Date());
  downloadBlob(blob, name);
  return m.export.saved(name, m.export.size(blob.size));
}

export function DataSection({ model, matrix, task }: Props) {
  const m = useMessages();
  const { lang } = useLang();
  return (
    <section className="export-section" aria-labelledby="export-data-title">
      <h3 id="export-data-title" className="export-section-title">
        {m.export.data}
      </h3>
      <p className="ws-hint">{m.export.dataIntro}</p>
      <ul className="export-data-list">
        {DATA_DOWNLOADS.map((d) => (
          <li key={`${d.id}-${d.extension}`}>
            <button
              type="button"
              className="export-data-button"
              data-format={d.id}
              disabled={task.busy !== null}
              title={d.hint}
              onClick={() => void task.run(d.extension.toUpperCase(), () => save(d, model, matrix, m))}
            >
              <span className="export-data-name">{lang === 'zh' ? d.labelZh : d.label}</span>
              <span className="export-data-ext">.{d.extension}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
