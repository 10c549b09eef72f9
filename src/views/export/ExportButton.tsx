// The Export button in the top bar. The dialog and everything it uses (writers, PDF library, font)
// arrive by import() when the button is first pressed, so the first screen carries none of it.
import { lazy, Suspense, useState } from 'react';
import { useMessages } from '../i18n/lang-context.tsx';
import { PartBoundary } from '../PartBoundary.tsx';

const ExportDialog = lazy(() => import('./ExportDialog.tsx'));

export function ExportButton() {
  const [open, setOpen] = useState(false);
  const m = useMessages();
  const close = () => setOpen(false);
  return (
    <>
      <button
        type="button"
        className="ws-button export-open"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        {m.app.exportButton}
      </button>
      {open ? (
        <PartBoundary part={m.app.exportButton} inline onDismiss={close}>
          <Suspense fallback={<span className="ws-hint">{m.app.exportOpening}</span>}>
            <ExportDialog onClose={close} />
          </Suspense>
        </PartBoundary>
      ) : null}
    </>
  );
}
