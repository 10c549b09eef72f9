// The diagram on screen as a file: format, labels, title and size or paper, a live preview of the
// framed diagram (title, notice, legend, source line), and the Download button.
import { useMemo, useState } from 'react';
import { useLabelLayout } from './useLaidOutScreen.ts';
import type { Scene } from '../../graph/scene.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { Segmented } from '../matrix/Segmented.tsx';
import { DiagramPreview } from './DiagramPreview.tsx';
import {
  DEFAULT_FORM,
  diagramFileWord,
  hasPartialView,
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

const FORMATS = [
  { value: 'png', label: 'PNG', hint: 'A picture, for slides and messages' },
  { value: 'svg', label: 'SVG', hint: 'Vector, labels as text, for editing and print' },
  { value: 'pdf', label: 'PDF', hint: 'Vector on A4 or A3, with the Chinese font embedded' },
] as const;
const LANGS = [
  { value: 'zh', label: '中文' },
  { value: 'en', label: 'English' },
] as const;
const SCALES = [1, 2, 3, 4].map((n) => ({ value: String(n) as '1' | '2' | '3' | '4', label: `${n}×` }));

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="export-field">
      <span className="export-label">{label}</span>
      <div>{children}</div>
    </div>
  );
}

/** What the file will be: the PNG's pixels (and a lowered scale, when the canvas limits call for
 *  one), the SVG's size, the PDF's paper. */
function fileHint(form: DiagramForm, scene: Scene): string {
  if (form.format === 'svg')
    return `${Math.round(scene.width)} × ${Math.round(scene.height)}, fonts embedded`;
  if (form.format === 'pdf') return `${form.paper} ${pageOrientation(form, scene)}, vector, fonts embedded`;
  const size = pngSize(scene.width, scene.height, form.scale);
  const lowered = size.scale < form.scale ? ` (${size.scale}×, the largest the browser can draw)` : '';
  return `${size.width} × ${size.height} px${lowered}`;
}

export function DiagramSection({ model, screen, viewLabel, task }: Props) {
  const [form, setForm] = useState<DiagramForm>(DEFAULT_FORM);
  const set = <K extends keyof DiagramForm>(key: K, value: DiagramForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const fallbackTitle = defaultDiagramTitle(model, screen, form.lang);
  const partial = hasPartialView(screen);
  const laid = useLabelLayout(model, screen, form.lang);
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
      ),
    );

  return (
    <section className="export-section is-diagram" aria-labelledby="export-diagram-title">
      <h3 id="export-diagram-title" className="export-section-title">
        Diagram <span lang="zh-CN">图</span> — {viewLabel}
      </h3>
      <div className="export-diagram">
        <DiagramPreview
          scene={scene}
          transparent={form.format === 'png' && form.background === 'transparent'}
        />
        <div className="export-fields">
          <Field label="Format">
            <Segmented
              label="Format"
              name="format"
              value={form.format}
              options={FORMATS}
              onChange={(v) => set('format', v)}
            />
          </Field>
          <label className="export-field">
            <span className="export-label">Title 标题</span>
            <input
              className="ws-input export-title"
              value={form.title ?? fallbackTitle}
              onChange={(e) => set('title', e.target.value)}
              spellCheck={false}
            />
          </label>
          <Field label="Labels 标签">
            <Segmented
              label="Labels"
              name="lang"
              value={form.lang}
              options={LANGS}
              onChange={(v) => set('lang', v)}
            />
          </Field>
          {relaid ? (
            <p className="ws-hint export-relaid" role="status">
              {laid.laying
                ? 'Laying the network out for the English labels… 正在布局'
                : 'English names take more room: the network is laid out afresh for them (nodes you dragged are not kept).'}
            </p>
          ) : null}
          <div className="export-options">
            {form.format === 'png' ? (
              <>
                <Field label="Scale">
                  <Segmented
                    label="Scale"
                    name="scale"
                    value={String(form.scale) as '1' | '2' | '3' | '4'}
                    options={SCALES}
                    onChange={(v) => set('scale', Number(v) as DiagramForm['scale'])}
                  />
                </Field>
                <Field label="Background">
                  <Segmented
                    label="Background"
                    name="background"
                    value={form.background}
                    options={[
                      { value: 'white', label: 'White 白色' },
                      { value: 'transparent', label: 'Transparent 透明' },
                    ]}
                    onChange={(v) => set('background', v)}
                  />
                </Field>
              </>
            ) : null}
            {form.format === 'svg' ? (
              <label className="export-field export-check" title="Inkscape and rsvg ignore the embedded font">
                <input
                  type="checkbox"
                  name="outlineText"
                  checked={form.outlineText}
                  onChange={(e) => set('outlineText', e.target.checked)}
                />
                <span>
                  Text as outlines <span lang="zh-CN">文字转曲</span>
                  <span className="ws-hint">
                    {' '}
                    — for Inkscape and viewers without Chinese fonts; text is no longer selectable
                  </span>
                </span>
              </label>
            ) : null}
            {form.format === 'pdf' ? (
              <>
                <Field label="Paper 纸张">
                  <Segmented
                    label="Paper"
                    name="paper"
                    value={form.paper}
                    options={[
                      { value: 'A4', label: 'A4' },
                      { value: 'A3', label: 'A3' },
                    ]}
                    onChange={(v) => set('paper', v)}
                  />
                </Field>
                <Field label="Orientation">
                  <Segmented
                    label="Orientation"
                    name="orientation"
                    value={pageOrientation(form, scene)}
                    options={[
                      { value: 'landscape', label: 'Landscape 横向' },
                      { value: 'portrait', label: 'Portrait 纵向' },
                    ]}
                    onChange={(v) => set('orientation', v)}
                  />
                </Field>
              </>
            ) : null}
            <Field label="Area 范围">
              <Segmented
                label="Area"
                name="area"
                value={partial ? form.area : 'whole'}
                options={[
                  { value: 'whole', label: 'Whole 全图' },
                  ...(partial ? [{ value: 'view' as const, label: 'In view 当前视图' }] : []),
                ]}
                onChange={(v) => set('area', v)}
              />
            </Field>
          </div>
          <div className="export-actions">
            <button
              type="button"
              className="ws-button is-primary export-download"
              data-format={form.format}
              disabled={task.busy !== null || laid.laying}
              onClick={download}
            >
              Download {form.format.toUpperCase()}
            </button>
            <span className="ws-hint">{fileHint(form, scene)}</span>
          </div>
        </div>
      </div>
    </section>
  );
}
