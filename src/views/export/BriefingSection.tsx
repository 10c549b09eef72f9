// The briefing pack: one PDF with a cover, the coordination graph, the agency × task matrix, the
// most-loaded agencies with what their load means, and the projects. Made in a worker.
import { useState } from 'react';
import { useLang, useMessages } from '../i18n/lang-context.tsx';
import type { Messages } from '../i18n/messages.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { Segmented } from '../shared/Segmented.tsx';
import { makeBriefing } from './briefing-client.ts';
import { briefingLayout } from './briefing-request.ts';
import type { LabelLang, Paper } from './diagram-form.ts';
import { downloadBlob } from '../shared/download.ts';
import type { DiagramScreen } from './export-screen.ts';
import { exportFonts } from './export-font.ts';
import { exportFileName } from './file-names.ts';
import { svgToPng } from './svg-to-png.ts';
import type { ExportTask } from './useExportTask.ts';

interface Props {
  readonly model: NoticeModel;
  /** The graph on screen: its positions go into the pack when it shows the coordination network. */
  readonly screen: DiagramScreen | null;
  readonly task: ExportTask;
}

async function saveBriefing(
  model: NoticeModel,
  lang: LabelLang,
  paper: Paper,
  screen: DiagramScreen | null,
  m: Messages,
) {
  const started = performance.now();
  // The pack draws the coordination network as the view does by default: the screen's positions
  // serve when the screen shows that network so laid out (drags included).
  const same =
    screen?.view === 'graph' && screen.settings.mode === 'coordination' && screen.settings.layout === 'fcose';
  const bytes = await makeBriefing(model, { lang, paper, positions: same ? screen.positions : null });
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
  const name = exportFileName(model.notice, 'briefing', 'pdf', new Date(), lang);
  downloadBlob(blob, name);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return m.export.savedIn(name, m.export.size(blob.size), seconds);
}

/** The same briefing as PowerPoint slides, made on the main thread: its diagrams become PNGs through
 *  the page's canvas, which a worker lacks. pptxgenjs loads only when asked for. */
async function saveSlides(model: NoticeModel, lang: LabelLang, m: Messages) {
  const started = performance.now();
  const { briefingPptx, rasterPng } = await import('../../export/slides/briefing-pptx.ts');
  const png = rasterPng(exportFonts, svgToPng);
  const bytes = await briefingPptx(model, { lang, layout: briefingLayout(null), png });
  const type = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const name = exportFileName(model.notice, 'briefing', 'pptx', new Date(), lang);
  downloadBlob(blob, name);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return m.export.savedIn(name, m.export.size(blob.size), seconds);
}

export function BriefingSection({ model, screen, task }: Props) {
  const m = useMessages();
  // The pack is in the interface's language unless the user picks the other.
  const [lang, setLang] = useState<LabelLang>(useLang().lang);
  const [paper, setPaper] = useState<Paper>('A4');
  return (
    <section className="export-section" aria-labelledby="export-briefing-title">
      <h3 id="export-briefing-title" className="export-section-title">
        {m.export.briefing}
      </h3>
      <p className="ws-hint">{m.export.briefingIntro}</p>
      <ol className="export-briefing-contents">
        {m.export.briefingContents.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <div className="export-briefing-row">
        <Segmented<LabelLang>
          label={m.export.labels}
          name="briefing-lang"
          value={lang}
          options={[
            { value: 'zh', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
          onChange={setLang}
        />
        <Segmented<Paper>
          label={m.export.paper}
          name="briefing-paper"
          value={paper}
          options={[
            { value: 'A4', label: 'A4' },
            { value: 'A3', label: 'A3' },
          ]}
          onChange={setPaper}
        />
        <button
          type="button"
          className="ws-button export-briefing"
          disabled={task.busy !== null}
          onClick={() =>
            void task.run(m.export.briefingTask, () => saveBriefing(model, lang, paper, screen, m))
          }
        >
          {m.export.makeBriefing}
        </button>
        <button
          type="button"
          className="ws-button export-briefing-pptx"
          disabled={task.busy !== null}
          onClick={() => void task.run(m.export.slidesTask, () => saveSlides(model, lang, m))}
        >
          {m.export.makeSlides}
        </button>
      </div>
    </section>
  );
}
