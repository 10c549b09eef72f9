// The right-hand panel: the source text, with the passages the parser did not read and its other
// findings one click away.
import { useMessages } from './i18n/lang-context.tsx';
import { useEffect, useId, useMemo, useState } from 'react';
import type { SelectionFocus } from '../view-model/selection-focus.ts';
import { PASSAGE_CODES, readingCounts, unreadPassages } from '../view-model/unread-passages.ts';
import type { ItemId, NoticeModel } from '../notice/model.ts';
import { useOptionalAtlas } from './atlas.tsx';
import { DiagnosticsList } from './DiagnosticsList.tsx';
import { DiagnosticsToggle } from './DiagnosticsToggle.tsx';
import { PASSAGES_PARAM } from './ReadingStatus.tsx';
import type { ItemSelection, LineFocus } from './selection.ts';
import { SourceText } from './SourceText.tsx';
import { UnreadPassages } from './UnreadPassages.tsx';
import { NoticeChecks } from './NoticeChecks.tsx';
import { noticeChecks } from '../analysis/checks.ts';
import './shared/panel.css';

interface Props {
  readonly model: NoticeModel;
  readonly selection: ItemSelection | null;
  readonly focus: SelectionFocus | null;
  readonly lineFocus: LineFocus | null;
  readonly onSelect: (item: ItemId) => void;
  readonly onShowLine: (line: number) => void;
}

export function SourcePanel({ model, selection, focus, lineFocus, onSelect, onShowLine }: Props) {
  const listId = useId();
  const m = useMessages();
  const passagesId = useId();
  const checksId = useId();
  // The checks other than passages not read, which have their own list.
  const checks = useMemo(() => noticeChecks(model).filter((c) => c.kind !== 'not-read'), [model]);
  const [checksOpen, setChecksOpen] = useState(false);
  const atlas = useOptionalAtlas();
  const passages = useMemo(() => unreadPassages(model), [model]);
  const counts = readingCounts(model, passages);
  // The list is open unless closed: the address keeps the choice (`passages=closed`), and the header's
  // "passages not read" opens it again (`passages=open`) and shows the first passage.
  const param = atlas?.params[PASSAGES_PARAM];
  const showChecks = checksOpen || param === 'checks';
  const setShowChecks = (show: boolean) => {
    setChecksOpen(show);
    if (!show && param === 'checks') atlas?.setParam(PASSAGES_PARAM, null);
  };
  const [ownChoice, setOwnChoice] = useState(true);
  const showPassages = atlas ? param !== 'closed' : ownChoice;
  const setShowPassages = (show: boolean) =>
    atlas ? atlas.setParam(PASSAGES_PARAM, show ? 'open' : 'closed') : setOwnChoice(show);
  // Open at first only when something may be wrong; notes alone stay folded away.
  // Passages not read have a list of their own above: the findings open for anything else.
  const [open, setOpen] = useState(() =>
    model.diagnostics.some((d) => d.level !== 'info' && !PASSAGE_CODES.has(d.code)),
  );
  const firstLine = param === 'open' ? (passages[0]?.line ?? null) : null;
  useEffect(() => {
    if (firstLine !== null) onShowLine(firstLine);
  }, [firstLine, onShowLine]);
  return (
    <section className="panel source-panel" aria-label={m.outline.sourceText}>
      <div className="panel-bar">
        <h2 className="panel-title">{m.outline.sourceText}</h2>
        <div className="panel-bar-actions">
          {passages.length > 0 ? (
            <button
              type="button"
              className="panel-toggle passages-toggle"
              aria-expanded={showPassages}
              aria-controls={passagesId}
              onClick={() => setShowPassages(!showPassages)}
            >
              <span className="diagnostics-dot level-warning" aria-hidden="true" />
              <span className="panel-toggle-label">{m.outline.notRead}</span>
              <span className="diagnostics-summary">
                {[
                  counts.notRead > 0 ? `${counts.notRead}` : '',
                  counts.toCheck > 0 ? m.outline.toCheck(counts.toCheck) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <span className="diagnostics-caret" aria-hidden="true" />
            </button>
          ) : null}
          {checks.length > 0 ? (
            <button
              type="button"
              className="panel-toggle checks-toggle"
              aria-expanded={showChecks}
              aria-controls={checksId}
              onClick={() => setShowChecks(!showChecks)}
            >
              <span className="panel-toggle-label">{m.outline.checksToggle}</span>
              <span className="diagnostics-summary">{checks.length}</span>
              <span className="diagnostics-caret" aria-hidden="true" />
            </button>
          ) : null}
          <DiagnosticsToggle
            diagnostics={model.diagnostics}
            open={open}
            controls={listId}
            onToggle={() => setOpen((was) => !was)}
          />
        </div>
      </div>
      {showPassages && passages.length > 0 ? (
        <UnreadPassages id={passagesId} passages={passages} onShowLine={onShowLine} />
      ) : null}
      {showChecks ? (
        <NoticeChecks id={checksId} model={model} checks={checks} onShowLine={onShowLine} />
      ) : null}
      {open ? <DiagnosticsList id={listId} diagnostics={model.diagnostics} onShowLine={onShowLine} /> : null}
      {/* Focusable, so the text scrolls by keyboard where it holds nothing else to focus. */}
      <div className="panel-scroll" tabIndex={0} role="region" aria-label={m.outline.noticeText}>
        <SourceText
          model={model}
          selection={selection}
          focus={focus}
          lineFocus={lineFocus}
          onSelect={onSelect}
        />
      </div>
    </section>
  );
}
