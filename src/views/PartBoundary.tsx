// A part of the page that fails — a lazy chunk that cannot be fetched (the server gone, a new version
// deployed under an open tab), or a view that throws — says what failed and offers a reload; the rest
// of the app keeps working. The message says which of the two it was in the interface's language; the
// browser's own words (English, whatever the interface) are kept under a fold.
import { Component, type ReactNode } from 'react';
import { useMessages } from './i18n/lang-context.tsx';
import { TechnicalDetail } from './shared/TechnicalDetail.tsx';

// What Chromium, Firefox, Safari and Vite say when a lazy module or its stylesheet does not arrive.
const NOT_LOADED =
  /dynamically imported module|importing a module script failed|chunk|failed to fetch|unable to preload css/i;

/** How a part failed: its code did not arrive, or it threw. */
export function partFailure(error: string): 'not-loaded' | 'broke' {
  return NOT_LOADED.test(error) ? 'not-loaded' : 'broke';
}

interface PartBoundaryProps {
  /** What the part is, for the message: "The corridor map", "Export". */
  readonly part: string;
  /** Set when the part can simply be closed (a dialog); otherwise only a reload is offered. */
  readonly onDismiss?: () => void;
  /** Inline (a span in a bar) or a block in place of a view. */
  readonly inline?: boolean;
  readonly children: ReactNode;
}

export class PartBoundary extends Component<PartBoundaryProps, { readonly error: string | null }> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <PartFailed
        part={this.props.part}
        error={error}
        inline={this.props.inline}
        onDismiss={this.props.onDismiss}
      />
    );
  }
}

function PartFailed({
  part,
  error,
  inline,
  onDismiss,
}: {
  part: string;
  error: string;
  inline: boolean | undefined;
  onDismiss: (() => void) | undefined;
}) {
  const m = useMessages();
  const Tag = inline ? 'span' : 'div';
  return (
    <Tag className={inline ? 'ws-error part-failed' : 'part-failed is-block'} role="alert">
      {m.outline.couldNotOpen(part, m.app.partFailure[partFailure(error)])}{' '}
      <button type="button" className="ws-link" onClick={() => window.location.reload()}>
        {m.outline.reloadPage}
      </button>
      {onDismiss ? (
        <>
          {' '}
          <button type="button" className="ws-link" onClick={onDismiss}>
            {m.notices.dismiss}
          </button>
        </>
      ) : null}
      <TechnicalDetail text={error} />
    </Tag>
  );
}
