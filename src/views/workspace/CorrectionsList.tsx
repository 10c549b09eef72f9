// The corrections in view, newest first: each in words, where it applied and where it could not (with
// the reason), and a way to undo it. Undoing takes it out of the list; the later ones apply again.
import { useMessages } from '../i18n/lang-context.tsx';
import { useMemo } from 'react';
import {
  correctionRows,
  type CorrectedNotice,
  type CorrectionRow,
} from '../../view-model/corrected-notices.ts';
import {
  caveatQuotes,
  caveatWords,
  correctionWords,
  quotedWords,
} from '../../view-model/correction-words.ts';
import { NoticeWords } from '../i18n/NoticeWords.tsx';
import { useWorkspace } from './workspace-context.tsx';

function Where({
  row,
  notices,
  several,
}: {
  row: CorrectionRow;
  notices: readonly CorrectedNotice[];
  several: boolean;
}) {
  const m = useMessages();
  const skipped = row.notices.filter((n) => !n.applied);
  // Each caveat worded from its code (the core's `detail` is its English, for logs).
  const caveats = row.notices.flatMap((n) => {
    const notice = notices.find((c) => c.id === n.noticeId);
    if (!n.applied || !notice) return [];
    return (n.caveats ?? []).map((caveat) => {
      const words = caveatWords(caveat, notice);
      const text = m.corrections.caveat(words);
      return {
        key: n.noticeId,
        text: several ? m.corrections.caveatIn(n.noticeName, text) : text,
        quoted: [...caveatQuotes(words), ...(several ? [n.noticeName] : [])],
      };
    });
  });
  return (
    <>
      {several ? (
        <span className="correction-where">
          {row.notices.length === 1 ? row.notices[0]?.noticeName : m.inspect.notices(row.notices.length)}
        </span>
      ) : null}
      {skipped.map((n, i) => (
        <span key={`${n.noticeId}-${i}`} className="correction-skipped">
          {m.inspect.notApplied(
            several ? n.noticeName : null,
            n.code ? m.corrections.skipped[n.code] : (n.detail ?? ''),
          )}
        </span>
      ))}
      {caveats.map((c, i) => (
        <span key={`${c.key}-${i}`} className="correction-note">
          <NoticeWords text={c.text} words={c.quoted} />
        </span>
      ))}
    </>
  );
}

/** The correction in the interface's language, the notice's names marked as its own. */
function CorrectionText({ row, notices }: { row: CorrectionRow; notices: readonly CorrectedNotice[] }) {
  const m = useMessages();
  const notice = notices.find((n) => n.id === row.notices[0]?.noticeId);
  if (!notice) return <span className="correction-text">{row.text}</span>;
  const words = correctionWords(row.op, notice);
  return (
    <span className="correction-text">
      <NoticeWords text={m.corrections.describe(words)} words={quotedWords(words)} />
    </span>
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
            <CorrectionText row={row} notices={scoped?.notices ?? []} />
            <Where row={row} notices={scoped?.notices ?? []} several={several} />
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
