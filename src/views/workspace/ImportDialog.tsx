// The import dialog: open or drop files, or paste text; then a progress bar while the worker reads them,
// and what became of each file. The dialog can be closed while an import runs: it goes on.
import { useMessages } from '../i18n/lang-context.tsx';
import { useEffect, useId, useMemo, useRef } from 'react';
import { SHOW_IMPORTED_LIMIT } from '../../view-model/scope-address.ts';
import { noticeScope } from '../../workspace/scope.ts';
import type { ImportProgress } from '../../worker/protocol.ts';
import { ImportResults } from './ImportResults.tsx';
import { ImportSources } from './ImportSources.tsx';
import { TechnicalDetail } from '../shared/TechnicalDetail.tsx';
import { useImporter } from './import-context.tsx';
import { useWorkspace } from './workspace-context.tsx';
import '../ModalDialog.css';
import './ImportDialog.css';
import './workspace.css';

/** The bar counts files; a long file (a PDF of many pages) moves it page by page. */
function Progress({
  done,
  total,
  current,
  cancel,
}: {
  done: number;
  total: number;
  current: ImportProgress | null;
  cancel: () => void;
}) {
  const m = useMessages();
  const within = current && current.total > 0 ? current.done / current.total : 0;
  const at = current ? Math.max(done, current.file + within) : done;
  return (
    <div className="import-progress">
      <progress className="import-bar" value={at} max={total} aria-label={m.import.progress} />
      <p className="ws-hint" role="status">
        {m.import.readingFiles(Math.min(total, Math.floor(at) + 1), total)}
        {current && current.total > 1 ? (
          <span className="import-current"> {m.import.page(current.name, current.done, current.total)}</span>
        ) : null}
      </p>
      <button type="button" className="ws-button import-cancel" onClick={cancel}>
        {m.import.cancel}
      </button>
    </div>
  );
}

function DoneActions({ close }: { close: () => void }) {
  const { setScope } = useWorkspace();
  const m = useMessages();
  const { importer } = useImporter();
  const { importedIds } = importer.state;
  const shown = importedIds.length > 0 && importedIds.length <= SHOW_IMPORTED_LIMIT;
  return (
    <>
      {shown ? <p className="ws-hint">{m.import.importedInView}</p> : null}
      {importedIds.length > SHOW_IMPORTED_LIMIT ? (
        <button
          type="button"
          className="ws-button"
          onClick={() => {
            setScope(noticeScope(importedIds));
            close();
          }}
        >
          {m.import.showImported(importedIds.length)}
        </button>
      ) : null}
      <button type="button" className="ws-button" onClick={importer.reset}>
        {m.import.importMore}
      </button>
    </>
  );
}

export function ImportDialog() {
  const { open: importOpen, setOpen: setImportOpen, importer } = useImporter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const m = useMessages();
  const { phase, done, total, outcomes, error, current, cancelled, held } = importer.state;
  const heldNames = useMemo(() => new Set(held.map((h) => h.name)), [held]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (importOpen && !element.open) element.showModal();
    if (!importOpen && element.open) element.close();
  }, [importOpen]);

  const close = () => setImportOpen(false);
  return (
    <dialog
      ref={dialog}
      className="modal-dialog import-dialog"
      aria-labelledby={titleId}
      onClose={close}
      data-phase={phase}
    >
      <header className="modal-head import-head">
        <h2 id={titleId}>{m.import.importTitle}</h2>
        <button type="button" className="ws-link" onClick={close}>
          {m.app.close}
        </button>
      </header>
      <div className="import-body">
        {phase === 'idle' ? <ImportSources /> : null}
        {phase === 'importing' ? (
          <Progress done={done} total={total} current={current} cancel={importer.cancel} />
        ) : null}
        {error ? (
          <div className="ws-error import-stopped" role="alert" data-reason={error.reason}>
            <p>{m.importProblems.stopped(error.reason)}</p>
            <TechnicalDetail text={error.detail} />
          </div>
        ) : null}
        {cancelled > 0 ? (
          <p className="ws-hint import-cancelled" role="status">
            {m.import.cancelled(cancelled)}
          </p>
        ) : null}
        <ImportResults outcomes={outcomes} held={heldNames} onKeep={(name) => void importer.keep(name)} />
      </div>
      {phase === 'done' ? (
        <footer className="modal-foot import-foot">
          <DoneActions close={close} />
          <button type="button" className="ws-button is-primary" onClick={close}>
            {m.import.done}
          </button>
        </footer>
      ) : null}
    </dialog>
  );
}
