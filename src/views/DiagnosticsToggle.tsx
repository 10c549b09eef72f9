// The button that shows or hides the diagnostics, with their count by level.
import { useMessages } from './i18n/lang-context.tsx';
import { diagnosticCounts, worstLevel } from '../view-model/diagnostic-summary.ts';
import type { Diagnostic } from '../notice/model.ts';
import './DiagnosticsList.css';

interface Props {
  readonly diagnostics: readonly Diagnostic[];
  readonly open: boolean;
  readonly controls: string;
  readonly onToggle: () => void;
}

export function DiagnosticsToggle({ diagnostics, open, controls, onToggle }: Props) {
  const worst = worstLevel(diagnostics);
  const m = useMessages();
  return (
    <button
      type="button"
      className="panel-toggle diagnostics-toggle"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      {worst ? <span className={`diagnostics-dot level-${worst}`} aria-hidden="true" /> : null}
      <span className="panel-toggle-label">{m.outline.diagnostics}</span>
      <span className="diagnostics-summary">{m.findings.summary(diagnosticCounts(diagnostics))}</span>
      <span className="diagnostics-caret" aria-hidden="true" />
    </button>
  );
}
