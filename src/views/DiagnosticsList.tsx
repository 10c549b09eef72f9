// What the parser noticed while reading: each finding with its place; choosing one shows that line.
import { sayDiagnostic } from './i18n/findings.ts';
import { useMessages } from './i18n/lang-context.tsx';
import { NoticeWords } from './i18n/NoticeWords.tsx';
import type { Diagnostic } from '../notice/model.ts';
import './DiagnosticsList.css';

interface Props {
  readonly id: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly onShowLine: (line: number) => void;
}

export function DiagnosticsList({ id, diagnostics, onShowLine }: Props) {
  const m = useMessages();
  if (diagnostics.length === 0) {
    return (
      <p id={id} className="diagnostics-none">
        {m.outline.nothingToReport}
      </p>
    );
  }
  return (
    <ul id={id} className="diagnostics-list" aria-label={m.outline.diagnostics}>
      {diagnostics.map((d, i) => (
        <li key={`${d.offset}:${d.code}:${i}`}>
          <button type="button" onClick={() => onShowLine(d.line)} data-code={d.code}>
            <span className={`diagnostic-level level-${d.level}`}>{m.findings.levels[d.level]}</span>
            <span className="diagnostic-place">
              {d.line}:{d.column}
            </span>
            <span className="diagnostic-message">
              <NoticeWords text={sayDiagnostic(d, m)} words={d.args ?? []} />
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
