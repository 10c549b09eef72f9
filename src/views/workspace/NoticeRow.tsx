// One notice in the notices panel: ticked when in view, its name (click: view it alone), where it came
// from, and — on demand — renaming and deleting it.
import { memo, useState } from 'react';
import type { NoticeSummary } from '../../workspace/records.ts';

const FORMAT_LABELS: Record<NoticeSummary['format'], string> = {
  text: 'text',
  html: 'web page',
  mhtml: 'web archive',
  docx: 'Word',
  doc: 'Word 97–2003',
  rtf: 'RTF',
  pdf: 'PDF',
  ofd: 'OFD',
  sheet: 'spreadsheet',
  paste: 'pasted',
};

interface Props {
  readonly notice: NoticeSummary;
  readonly inView: boolean;
  readonly onToggle: (notice: NoticeSummary) => void;
  readonly onOnly: (notice: NoticeSummary) => void;
  readonly onRename: (notice: NoticeSummary, name: string) => void;
  readonly onDelete: (notice: NoticeSummary) => void;
}

function origin(notice: NoticeSummary): string {
  const encoding = notice.format === 'text' && notice.encoding ? ` ${notice.encoding.toUpperCase()}` : '';
  const from = notice.fileName ?? FORMAT_LABELS[notice.format];
  return `${from} · ${FORMAT_LABELS[notice.format]}${encoding} · ${notice.addedAt.slice(0, 10)}`;
}

export const NoticeRow = memo(function NoticeRow({
  notice,
  inView,
  onToggle,
  onOnly,
  onRename,
  onDelete,
}: Props) {
  const [mode, setMode] = useState<'show' | 'rename' | 'delete'>('show');
  const [name, setName] = useState(notice.name);
  return (
    <li className={inView ? 'notice-row is-in-view' : 'notice-row'} data-notice={notice.id}>
      <input
        type="checkbox"
        className="notice-in-view"
        checked={inView}
        aria-label={`Show ${notice.name}`}
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
            Rename
          </button>
        </form>
      ) : (
        <div className="notice-row-text">
          <button
            type="button"
            className="notice-name"
            title={`View only: ${notice.name}`}
            onClick={() => onOnly(notice)}
          >
            {notice.name}
          </button>
          <span className="notice-origin">{origin(notice)}</span>
        </div>
      )}
      {mode === 'show' ? (
        <span className="notice-row-actions">
          <button type="button" className="ws-link" onClick={() => setMode('rename')}>
            Rename
          </button>
          <button type="button" className="ws-link" onClick={() => setMode('delete')}>
            Delete
          </button>
        </span>
      ) : null}
      {mode === 'delete' ? (
        <div className="notice-confirm">
          <span>Delete this notice with its corrections and notes?</span>
          <button type="button" className="ws-button is-danger" onClick={() => onDelete(notice)}>
            Delete
          </button>
          <button type="button" className="ws-button" onClick={() => setMode('show')}>
            Keep
          </button>
        </div>
      ) : null}
    </li>
  );
});
