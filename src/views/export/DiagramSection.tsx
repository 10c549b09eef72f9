// The diagram on screen as a file: format, labels, title and size or paper, a live preview of the
// framed diagram (title, notice, legend, source line), and the Download button.
import { useMemo, useState } from 'react';
import { useLang, useMessages } from '../i18n/lang-context.tsx';
import type { Messages } from '../i18n/messages.ts';
import { useLabelLayout } from './useLaidOutScreen.ts';
import type { Scene } from '../../graph/scene.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { Segmented } from '../shared/Segmented.tsx';
import { DiagramPreview } from './DiagramPreview.tsx';
import { DownloadAction, Field, FormatField, LabelLangField, TitleField } from './diagram-fields.tsx';
import {
  DEFAULT_FORM,
  diagramFileWord,
  DIAGRAM_LAYOUTS,
  hasPartialView,
  offersLayout,
  pageOrientation,
  type DiagramForm,
} from './diagram-form.ts';
import { buildDiagramScene, defaultDiagramTitle, saveDiagram } from './diagram-files.ts';
import { viewName } from '../../export/diagram/diagram.ts';
import type { DiagramScreen } from './export-screen.ts';
import { pngSize } from './svg-to-png.ts';
import type { ExportTask } from './useExportTask.ts';

interface Props {
  readonly model: NoticeModel;
  readonly screen: DiagramScreen;
  readonly viewLabel: string;
  readonly task: ExportTask;
}

function layouts(m: Messages) {
  return DIAGRAM_LAYOUTS.map((value) => ({
    value,
    label: m.export.layouts[value],
    hint: m.export.layoutHints[value],
  }));
}
const SCALES = [1, 2, 3, 4].map((n) => ({ value: String(n) as '1' | '2' | '3' | '4', label: `${n}×` }));

/** What the file will be: the PNG's pixels (and a lowered scale, when the canvas limits call for
 *  one), the SVG's size, the PDF's paper. */
function fileHint(form: DiagramForm, scene: Scene, m: Messages): string {
  if (form.format === 'svg') return m.export.svgHint(Math.round(scene.width), Math.round(scene.height));
  if (form.format === 'pdf')
    return m.export.pdfHint(form.paper, pageOrientation(form, scene) === 'landscape');
  const size = pngSize(scene.width, scene.height, form.scale);
  const lowered = size.scale < form.scale ? m.export.pngLowered(size.scale) : '';
  return `${size.width} × ${size.height} px${lowered}`;
}

export function DiagramSection({ model, screen, viewLabel, task }: Props) {
  const m = useMessages();
  const uiLang = useLang().lang;
  // The diagram's labels start in the interface's language; the user may pick the other for the file.
  const [form, setForm] = useState<DiagramForm>(() => ({ ...DEFAULT_FORM, lang: uiLang }));
  const set = <K extends keyof DiagramForm>(key: K, value: DiagramForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const fallbackTitle = defaultDiagramTitle(model, screen, form.lang);
  const partial = hasPartialView(screen);
  const layout = offersLayout(screen) ? form.layout : 'screen';
  const laid = useLabelLayout(model, screen, form.lang, layout);
  const scene = useMemo(
    () => buildDiagramScene(model, laid.screen, form, fallbackTitle),
    [model, laid.screen, form, fallbackTitle],
  );
  const relaid = form.lang === 'en' && screen.view === 'graph';
  const download = () =>
    void task.run(form.format.toUpperCase(), () =>
      saveDiagram(
        model,
        scene,
        form,
        form.title?.trim() || fallbackTitle,
        diagramFileWord(screen),
        viewName(screen.view, form.lang, screen.view === 'graph' ? screen.settings : undefined),
        m,
      ),
    );

  return (
    <section className="export-section is-diagram" aria-labelledby="export-diagram-title">
      <h3 id="export-diagram-title" className="export-section-title">
        {m.export.diagram(viewLabel)}
      </h3>
      <div className="export-diagram">
        <DiagramPreview
          scene={scene}
          transparent={form.format === 'png' && form.background === 'transparent'}
        />
        <div className="export-fields">
          <FormatField value={form.format} onChange={(v) => set('format', v)} />
          <TitleField value={form.title ?? fallbackTitle} onChange={(v) => set('title', v)} />
          <LabelLangField value={form.lang} onChange={(v) => set('lang', v)} />
          {relaid ? (
            <p className="ws-hint export-relaid" role="status">
              {laid.laying ? m.export.relaying : m.export.relaid}
            </p>
          ) : null}
          {offersLayout(screen) ? (
            <Field label={m.export.layout}>
              <Segmented
                label={m.export.layout}
                name="layout"
                value={form.layout}
                options={layouts(m)}
                onChange={(v) => set('layout', v)}
              />
            </Field>
          ) : null}
          {layout !== 'screen' && !relaid && laid.laying ? (
            <p className="ws-hint" role="status">
              {m.export.relayingLayout}
            </p>
          ) : null}
          <div className="export-options">
            {form.format === 'png' ? (
              <>
                <Field label={m.export.scale}>
                  <Segmented
                    label={m.export.scale}
                    name="scale"
                    value={String(form.scale) as '1' | '2' | '3' | '4'}
                    options={SCALES}
                    onChange={(v) => set('scale', Number(v) as DiagramForm['scale'])}
                  />
                </Field>
                <Field label={m.export.background}>
                  <Segmented
                    label={m.export.background}
                    name="background"
                    value={form.background}
                    options={[
                      { value: 'white', label: m.export.white },
                      { value: 'transparent', label: m.export.transparent },
                    ]}
                    onChange={(v) => set('background', v)}
                  />
                </Field>
              </>
            ) : null}
            {form.format === 'svg' ? (
              <label className="export-field export-check" title={m.export.outlinesTitle}>
                <input
                  type="checkbox"
                  name="outlineText"
                  checked={form.outlineText}
                  onChange={(e) => set('outlineText', e.target.checked)}
                />
                <span>
                  {m.export.outlines}
                  <span className="ws-hint">{m.export.outlinesHint}</span>
                </span>
              </label>
            ) : null}
            {form.format === 'pdf' ? (
              <>
                <Field label={m.export.paper}>
                  <Segmented
                    label={m.export.paper}
                    name="paper"
                    value={form.paper}
                    options={[
                      { value: 'A4', label: 'A4' },
                      { value: 'A3', label: 'A3' },
                    ]}
                    onChange={(v) => set('paper', v)}
                  />
                </Field>
                <Field label={m.export.orientation}>
                  <Segmented
                    label={m.export.orientation}
                    name="orientation"
                    value={pageOrientation(form, scene)}
                    options={[
                      { value: 'landscape', label: m.export.landscape },
                      { value: 'portrait', label: m.export.portrait },
                    ]}
                    onChange={(v) => set('orientation', v)}
                  />
                </Field>
              </>
            ) : null}
            <Field label={m.export.area}>
              <Segmented
                label={m.export.area}
                name="area"
                value={partial ? form.area : 'whole'}
                options={[
                  { value: 'whole', label: m.export.whole },
                  ...(partial ? [{ value: 'view' as const, label: m.export.inView }] : []),
                ]}
                onChange={(v) => set('area', v)}
              />
            </Field>
          </div>
          <DownloadAction
            format={form.format}
            disabled={task.busy !== null || laid.laying}
            onClick={download}
            hint={fileHint(form, scene, m)}
          />
        </div>
      </div>
    </section>
  );
}
