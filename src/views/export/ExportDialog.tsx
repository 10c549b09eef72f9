// The export dialog: the diagram on screen as PNG, SVG or PDF (title, labels, size and paper chosen
// here), the briefing pack, and the data files. A modal <dialog>: Esc closes it, Tab stays inside, and
// focus goes back to the Export button. Loaded by import() when the user first exports.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useAtlas } from '../atlas.tsx';
import {
  COASSIGNMENT_ORDER_PARAM,
  MATRIX_ORDER_PARAM,
  readColumnMode,
  readRowOrder,
} from '../shared/matrix-params.ts';
import { readWeights } from '../shared/ranking-params.ts';
import { BriefingSection } from './BriefingSection.tsx';
import { ComparisonSection } from './ComparisonSection.tsx';
import { useComparisonOnScreen } from './comparison-screen.ts';
import { DataSection } from './DataSection.tsx';
import { DiagramSection } from './DiagramSection.tsx';
import { isDiagramView } from './diagram-form.ts';
import { readScreen } from './export-screen.ts';
import { useLaidOutScreen } from './useLaidOutScreen.ts';
import { useMessages } from '../i18n/lang-context.tsx';
import type { MatrixSettings } from './data-downloads.ts';
import { useExportTask, type ExportTaskError } from './useExportTask.ts';
import { TechnicalDetail } from '../shared/TechnicalDetail.tsx';
import '../ModalDialog.css';
import '../workspace/workspace.css';
import '../shared/Segmented.css';
import './ExportDialog.css';

function TaskStatus({
  busy,
  done,
  error,
}: {
  busy: string | null;
  done: string | null;
  error: ExportTaskError | null;
}) {
  const m = useMessages();
  return (
    <div className="export-status" role="status" aria-live="polite">
      {busy ? <span className="export-busy">{m.export.making(busy)}</span> : null}
      {!busy && done ? <span className="export-done">{done}</span> : null}
      {!busy && !done && !error ? <span className="ws-hint export-idle">{m.export.idle}</span> : null}
      {error ? (
        <span className="ws-error" role="alert">
          {error.message}
          <TechnicalDetail text={error.detail} />
        </span>
      ) : null}
    </div>
  );
}

export default function ExportDialog({ onClose }: { readonly onClose: () => void }) {
  const { model, params, view } = useAtlas();
  // What the view showed when the dialog opened: the dialog covers it, so it cannot change meanwhile.
  const [opened] = useState(() => (isDiagramView(view) ? readScreen(view) : null));
  const { screen, laying } = useLaidOutScreen(model, opened);
  // The Compare view draws no diagram of the notice in view: its own comparison diagram is offered.
  const comparison = useComparisonOnScreen();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const m = useMessages();
  const task = useExportTask();
  const matrix = useMemo<MatrixSettings>(
    () => ({
      columns: readColumnMode(params),
      order: readRowOrder(params, MATRIX_ORDER_PARAM),
      coassignmentOrder: readRowOrder(params, COASSIGNMENT_ORDER_PARAM),
      weights: readWeights(params),
    }),
    [params],
  );

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="modal-dialog export-dialog" aria-labelledby={titleId} onClose={onClose}>
      <header className="modal-head export-head">
        <h2 id={titleId}>{m.export.title}</h2>
        <button type="button" className="ws-link" onClick={() => dialog.current?.close()}>
          {m.app.close}
        </button>
      </header>
      <div className="export-body">
        {view === 'compare' && comparison ? (
          <ComparisonSection screen={comparison} task={task} />
        ) : laying ? (
          <p className="ws-hint export-no-diagram" role="status">
            {m.export.laying}
          </p>
        ) : screen ? (
          <DiagramSection model={model} screen={screen} viewLabel={m.app.views[view] ?? view} task={task} />
        ) : (
          <p className="ws-hint export-no-diagram">{m.export.noDiagram}</p>
        )}
        <BriefingSection model={model} screen={screen} task={task} />
        <DataSection model={model} matrix={matrix} task={task} />
      </div>
      <footer className="modal-foot export-foot">
        <TaskStatus busy={task.busy} done={task.done} error={task.error} />
      </footer>
    </dialog>
  );
}
