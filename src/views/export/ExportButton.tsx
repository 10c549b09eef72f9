// The Export button in the top bar. The dialog and everything it uses (writers, PDF library, font)
// arrive by import() when the button is first pressed, so the first screen carries none of it.
import { Component, lazy, Suspense, useState, type ReactNode } from 'react';

const ExportDialog = lazy(() => import('./ExportDialog.tsx'));

/** A dialog that cannot load (a chunk missing after an update, say) says so instead of taking the page
 *  down with it. */
class ExportBoundary extends Component<
  { readonly onClose: () => void; readonly children: ReactNode },
  { readonly error: string | null }
> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <span className="ws-error export-failed" role="alert">
        Export could not open: {this.state.error}{' '}
        <button type="button" className="ws-link" onClick={this.props.onClose}>
          Dismiss
        </button>
      </span>
    );
  }
}

export function ExportButton() {
  const [open, setOpen] = useState(false);
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
        Export <span lang="zh-CN">导出</span>
      </button>
      {open ? (
        <ExportBoundary onClose={close}>
          <Suspense fallback={<span className="ws-hint">Opening export…</span>}>
            <ExportDialog onClose={close} />
          </Suspense>
        </ExportBoundary>
      ) : null}
    </>
  );
}
