// The import dialog: open or drop files, or paste text; then a progress bar while the worker reads them,
// and what became of each file. The dialog can be closed while an import runs: it goes on.
import { useEffect, useId, useRef } from 'react';
import { SHOW_IMPORTED_LIMIT } from '../../app/workspace-address.ts';
import { noticeScope } from '../../workspace/scope.ts';
import { ImportResults } from './ImportResults.tsx';
import { ImportSources } from './ImportSources.tsx';
import { useImporter } from './import-context.tsx';
import { useWorkspace } from './workspace-context.tsx';
import '../ModalDialog.css';
import './ImportDialog.css';
import './workspace.css';

function Progress({ done, total }: { done: number; total: number }) {
  return (
    <div className="import-progress">
      <progress className="import-bar" value={done} max={total} aria-label="Import progress" />
      <p className="ws-hint" role="status">
        Reading {done} of {total} {total === 1 ? 'file' : 'files'}…
      </p>
    </div>
  );
}

function DoneActions({ close }: { close: () => void }) {
  const { setScope } = useWorkspace();
  const { importer } = useImporter();
  const { importedIds } = importer.state;
  const shown = importedIds.length > 0 && importedIds.length <= SHOW_IMPORTED_LIMIT;
  return (
    <>
      {shown ? <p className="ws-hint">The imported notices are now in view.</p> : null}
      {importedIds.length > SHOW_IMPORTED_LIMIT ? (
        <button
          type="button"
          className="ws-button"
          onClick={() => {
            setScope(noticeScope(importedIds));
            close();
          }}
        >
          Show the {importedIds.length} imported notices
        </button>
      ) : null}
      <button type="button" className="ws-button" onClick={importer.reset}>
        Import more
      </button>
    </>
  );
}

export function ImportDialog() {
  const { open: importOpen, setOpen: setImportOpen, importer } = useImporter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { phase, done, total, outcomes, error } = importer.state;

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
        <h2 id={titleId}>Import notices</h2>
        <button type="button" className="ws-link" onClick={close}>
          Close
        </button>
      </header>
      <div className="import-body">
        {phase === 'idle' ? <ImportSources /> : null}
        {phase === 'importing' ? <Progress done={done} total={total} /> : null}
        {error ? <p className="ws-error">{error}</p> : null}
        <ImportResults outcomes={outcomes} />
      </div>
      {phase === 'done' ? (
        <footer className="modal-foot import-foot">
          <DoneActions close={close} />
          <button type="button" className="ws-button is-primary" onClick={close}>
            Done
          </button>
        </footer>
      ) : null}
    </dialog>
  );
}
