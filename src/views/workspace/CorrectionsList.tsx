// The corrections in view, newest first: each in words, where it applied and where it could not (with
// the reason), and a way to undo it. Undoing takes it out of the list; the later ones apply again.
import { useMessages } from '../i18n/lang-context.tsx';
import { useMemo } from 'react';
import { correctionRows, type CorrectionRow } from '../../view-model/corrected-notices.ts';
import { useWorkspace } from './workspace-context.tsx';

function Where({ row, several }: { row: CorrectionRow; several: boolean }) {
  const m = useMessages();
  const skipped = row.notices.filter((n) => !n.applied);
  const notes = row.notices.filter((n) => n.applied && n.detail);
  return (
    <>
      {several ? (
        <span className="correction-where">
          {row.notices.length === 1 ? row.notices[0]?.noticeName : m.inspect.notices(row.notices.length)}
        </span>
      ) : null}
      {skipped.map((n, i) => (
        <span key={`${n.noticeId}-${i}`} className="correction-skipped">
          {m.inspect.notApplied(several ? n.noticeName : null, n.detail ?? '')}
        </span>
      ))}
      {notes.map((n, i) => (
        <span key={`${n.noticeId}-${i}`} className="correction-note">
          {n.detail}
        </span>
      ))}
    </>
  );
}

export function CorrectionsList() {
  const { scoped, corrections } = useWorkspace();
  const m = useMessages();
  const rows = useMemo(() => (scoped ? correctionRows(scoped.notices) : []), [scoped]);
  const several = (scoped?.notices.length ?? 0) > 1;
  return (
    <section className="inspector-corrections" aria-label={m.inspect.corrections}>
      <div className="ws-row inspector-corrections-head">
        <h3 className="inspector-subtitle">{m.inspect.correctionsInView(rows.length)}</h3>
        {corrections.canUndo ? (
          <button type="button" className="ws-button undo-last" onClick={() => void corrections.undoLast()}>
            {m.inspect.undoLast}
          </button>
        ) : null}
      </div>
      {rows.length === 0 ? <p className="ws-hint">{m.inspect.noCorrections}</p> : null}
      <ol className="correction-list">
        {rows.map((row) => (
          <li
            key={row.key}
            className={row.notices.every((n) => n.applied) ? 'correction' : 'correction is-skipped'}
          >
            <span className="correction-text">{row.text}</span>
            <Where row={row} several={several} />
            <button
              type="button"
              className="ws-link correction-undo"
              onClick={() => void corrections.remove(row)}
            >
              {m.inspect.undo}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
