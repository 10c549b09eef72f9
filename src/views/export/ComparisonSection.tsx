// The Compare view's diagram in the export dialog: the framed comparison (load before and after, the
// coordination network with links gained and lost) as SVG, PNG or PDF, its labels in either language,
// with the network as laid out on screen — the file the view's own buttons save.
import { useMemo, useState } from 'react';
import { comparisonDiagram, comparisonTitle } from '../../export/diagram/comparison-diagram.ts';
import type { Scene } from '../../graph/scene.ts';
import type { Positions } from '../../graph/positions.ts';
import { useLang, useMessages } from '../i18n/lang-context.tsx';
import type { Messages } from '../i18n/messages.ts';
import { saveComparisonDiagram, type ComparisonFormat } from './comparison-files.ts';
import type { ComparisonScreen } from './comparison-screen.ts';
import { DiagramPreview } from './DiagramPreview.tsx';
import { DownloadAction, FormatField, LabelLangField, TitleField } from './diagram-fields.tsx';
import type { LabelLang } from './diagram-form.ts';
import { pngSize } from './svg-to-png.ts';
import type { ExportTask } from './useExportTask.ts';

/** The comparison's files are drawn at twice the size on white, on A4 (see comparison-files.ts). */
function fileHint(format: ComparisonFormat, scene: Scene, m: Messages): string {
  if (format === 'svg') return m.export.svgHint(Math.round(scene.width), Math.round(scene.height));
  if (format === 'pdf') return m.export.pdfHint('A4', scene.width >= scene.height);
  const size = pngSize(scene.width, scene.height, 2);
  return `${size.width} × ${size.height} px`;
}

interface Props {
  readonly screen: ComparisonScreen;
  readonly task: ExportTask;
}

export function ComparisonSection({ screen, task }: Props) {
  const m = useMessages();
  const [format, setFormat] = useState<ComparisonFormat>('png');
  const [lang, setLang] = useState<LabelLang>(useLang().lang);
  const [title, setTitle] = useState<string | null>(null);
  const { positions } = screen;
  const heading = m.export.diagram(m.app.views['compare'] ?? 'compare');
  return (
    <section className="export-section is-diagram is-comparison" aria-labelledby="export-diagram-title">
      <h3 id="export-diagram-title" className="export-section-title">
        {heading}
      </h3>
      {positions ? (
        <Ready
          screen={screen}
          positions={positions}
          task={task}
          form={{ format, lang, title }}
          set={{ format: setFormat, lang: setLang, title: setTitle }}
        />
      ) : (
        <p className="ws-hint export-no-diagram" role="status">
          {screen.error ? m.export.comparisonFailed : m.export.comparisonLaying}
        </p>
      )}
    </section>
  );
}

interface Form {
  readonly format: ComparisonFormat;
  readonly lang: LabelLang;
  /** The title the user typed; null keeps the default, which follows the language. */
  readonly title: string | null;
}

function Ready({
  screen,
  positions,
  task,
  form,
  set,
}: Props & {
  positions: Positions;
  form: Form;
  set: {
    format: (f: ComparisonFormat) => void;
    lang: (l: LabelLang) => void;
    title: (t: string) => void;
  };
}) {
  const m = useMessages();
  const { comparison, labelA, labelB } = screen;
  const fallbackTitle = comparisonTitle({ lang: form.lang, labelA, labelB });
  const title = form.title?.trim() || fallbackTitle;
  const scene = useMemo(
    () => comparisonDiagram(comparison, { lang: form.lang, labelA, labelB, positions, title }),
    [comparison, form.lang, labelA, labelB, positions, title],
  );
  const download = () =>
    void task.run(form.format.toUpperCase(), async () =>
      m.compare.diagramSaved(
        await saveComparisonDiagram(comparison, {
          format: form.format,
          lang: form.lang,
          labelA,
          labelB,
          positions,
          title,
        }),
      ),
    );
  return (
    <div className="export-diagram">
      <DiagramPreview scene={scene} transparent={false} />
      <div className="export-fields">
        <FormatField value={form.format} onChange={set.format} />
        <TitleField value={form.title ?? fallbackTitle} onChange={set.title} />
        <LabelLangField value={form.lang} onChange={set.lang} />
        <DownloadAction
          format={form.format}
          disabled={task.busy !== null}
          onClick={download}
          hint={fileHint(form.format, scene, m)}
        />
      </div>
    </div>
  );
}
