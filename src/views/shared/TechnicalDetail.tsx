// An error's own technical line (a reader's, the browser's: in English) kept under a fold, so the
// message says what went wrong in the interface's language and the detail is there for a bug report.
import { useMessages } from '../i18n/lang-context.tsx';

export function TechnicalDetail({ text }: { readonly text: string }) {
  const m = useMessages();
  if (!text.trim()) return null;
  return (
    <details className="technical-detail">
      <summary>{m.app.technicalDetail}</summary>
      <code lang="en">{text}</code>
    </details>
  );
}
