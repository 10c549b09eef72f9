// One notice in the notices panel: ticked when in view, its name (click: view it alone), where it came
// from, and — on demand — renaming and deleting it.
import { useMessages } from '../i18n/lang-context.tsx';
import type { Messages } from '../i18n/messages.ts';
import { memo, useState } from 'react';
import type { NoticeSummary } from '../../workspace/records.ts';
import { addedMinute, type Twin } from '../../view-model/notice-twins.ts';

interface Props {
  readonly notice: NoticeSummary;
  readonly inView: boolean;
  /** Its place among the notices of the same name, when others share it. */
  readonly twin?: Twin | undefined;
  readonly onToggle: (notice: NoticeSummary) => void;
  readonly onOnly: (notice: NoticeSummary) => void;
  readonly onRename: (notice: NoticeSummary, name: string) => void;
  readonly onDelete: (notice: NoticeSummary) => void;
}

/** Where the notice came from: the file's name (the user's words, marked as such), its format, the day —
 *  and for one of several of the same name, its number among them and the minute it was added. */
function Origin({ notice, twin, m }: { notice: NoticeSummary; twin: Twin | undefined; m: Messages }) {
  const encoding = notice.format === 'text' && notice.encoding ? ` ${notice.encoding.toUpperCase()}` : '';
  const format = m.notices.formatNames[notice.format];
  // For a twin the minute tells it apart, so it comes before the format, where the narrow panel cuts.
  const rest = twin
    ? ` · ${addedMinute(notice.addedAt)} · ${format}${encoding}`
    : ` · ${format}${encoding} · ${notice.addedAt.slice(0, 10)}`;
  return (
    <span className="notice-origin">
      {twin ? (
        <span className="notice-twin" title={m.notices.twinHint(twin.of)}>
          {m.notices.twin(twin.n, twin.of)}
        </span>
      ) : null}
      {notice.fileName ? <span data-notice-text="">{notice.fileName}</span> : format}
      {rest}
    </span>
  );
}

export const NoticeRow = memo(function NoticeRow({
  notice,
  inView,
  twin,
  onToggle,
  onOnly,
  onRename,
  onDelete,
}: Props) {
  const [mode, setMode] = useState<'show' | 'rename' | 'delete'>('show');
  const [name, setName] = useState(notice.name);
  const m = useMessages();
  return (
    <li className={inView ? 'notice-row is-in-view' : 'notice-row'} data-notice={notice.id}>
      <input
        type="checkbox"
        className="notice-in-view"
        checked={inView}
        aria-label={m.notices.show(notice.name)}
        onChange={() => onToggle(notice)}
      />
      {mode === 'rename' ? (
        <form
          className="ws-row notice-rename"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) onRename(notice, name.trim());
            setMode('show');
          }}
        >
          <input className="ws-input" value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="ws-button">
            {m.notices.rename}
          </button>
        </form>
      ) : (
        <div className="notice-row-text">
          <button
            type="button"
            className="notice-name"
            title={m.notices.viewOnly(notice.name)}
            onClick={() => onOnly(notice)}
          >
            {notice.name}
          </button>
          <Origin notice={notice} twin={twin} m={m} />
        </div>
      )}
      {mode === 'show' ? (
        <span className="notice-row-actions">
          <button type="button" className="ws-link" onClick={() => setMode('rename')}>
            {m.notices.rename}
          </button>
          <button type="button" className="ws-link" onClick={() => setMode('delete')}>
            {m.notices.delete}
          </button>
        </span>
      ) : null}
      {mode === 'delete' ? (
        <div className="notice-confirm">
          <span>{m.notices.deleteConfirm}</span>
          <button type="button" className="ws-button is-danger" onClick={() => onDelete(notice)}>
            {m.notices.delete}
          </button>
          <button type="button" className="ws-button" onClick={() => setMode('show')}>
            {m.notices.keep}
          </button>
        </div>
      ) : null}
    </li>
  );
});
