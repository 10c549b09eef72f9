// The workspace at a glance: a sortable table of every notice — title, issuer, date, items, agencies,
// the heaviest agency and its share of the load, checks — from which two notices open in the compare
// view, or several are shown together.
import { useMessages } from '../i18n/lang-context.tsx';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  CORPUS_COLUMNS,
  firstDirection,
  sortCorpusRows,
  type CorpusColumn,
  type CorpusRow,
  type CorpusSort,
} from '../../view-model/corpus-rows.ts';
import { addedMinute, noticeTwins, type Twin } from '../../view-model/notice-twins.ts';
import type { NoticeId } from '../../workspace/notice-id.ts';
import type { NoticeSummary } from '../../workspace/records.ts';
import { noticeScope } from '../../workspace/scope.ts';
import { useAtlas } from '../atlas.tsx';
import { useCorpusRows } from './useCorpusRows.ts';
import { useWorkspace } from './workspace-context.tsx';
import '../ModalDialog.css';
import './NoticesTable.css';

const NUMERIC: ReadonlySet<CorpusColumn> = new Set(['items', 'agencies', 'share', 'diagnostics']);

/** A row whose title another row shares: its number among them, and the stored notice it reads. */
interface TwinRow {
  readonly twin: Twin;
  readonly notice: NoticeSummary | undefined;
}

/** Rows of the same title, told apart by the file each came from and when it was added. */
function useTwinRows(rows: readonly CorpusRow[]): ReadonlyMap<NoticeId, TwinRow> {
  const { notices } = useWorkspace();
  return useMemo(() => {
    const byId = new Map(notices.map((n) => [n.id, n]));
    const twins = noticeTwins(
      rows,
      (row) => row.title,
      (row) => byId.get(row.id)?.addedAt ?? '',
    );
    return new Map([...twins].map(([row, twin]) => [row.id, { twin, notice: byId.get(row.id) }]));
  }, [rows, notices]);
}

function TwinLine({ row, twin: { twin, notice } }: { row: CorpusRow; twin: TwinRow }) {
  const m = useMessages();
  const source = notice?.fileName ?? row.name;
  return (
    <span className="corpus-twin">
      <span className="notice-twin" title={m.notices.twinHint(twin.of)}>
        {m.notices.twin(twin.n, twin.of)}
      </span>
      <span data-notice-text="">{source}</span>
      {notice ? ` · ${m.notices.addedAt(addedMinute(notice.addedAt))}` : null}
    </span>
  );
}

function Cell({ row, column, twin }: { row: CorpusRow; column: CorpusColumn; twin: TwinRow | undefined }) {
  const m = useMessages();
  switch (column) {
    case 'title':
      return (
        <>
          <span className="corpus-title" title={row.title}>
            {row.title}
          </span>
          {twin ? <TwinLine row={row} twin={twin} /> : null}
        </>
      );
    case 'issuer':
      return <>{row.issuer ?? m.union.none}</>;
    case 'date':
      return <>{row.published ?? m.union.none}</>;
    case 'heaviest':
      return <>{row.heaviest?.name ?? m.union.none}</>;
    case 'share':
      return row.heaviest ? (
        <span className="corpus-share">
          <span className="corpus-share-bar" style={{ width: `${Math.round(row.heaviest.share * 100)}%` }} />
          <span className="corpus-share-text">{`${Math.round(row.heaviest.share * 100)}%`}</span>
        </span>
      ) : (
        <>{m.union.none}</>
      );
    default:
      return <>{row[column]}</>;
  }
}

function Table({
  rows,
  picked,
  onPick,
}: {
  rows: readonly CorpusRow[];
  picked: readonly NoticeId[];
  onPick: (id: NoticeId) => void;
}) {
  const m = useMessages();
  const [sort, setSort] = useState<CorpusSort>({ column: 'date', descending: true });
  const sorted = useMemo(() => sortCorpusRows(rows, sort), [rows, sort]);
  const twins = useTwinRows(rows);
  const by = (column: CorpusColumn) =>
    setSort((s) =>
      s.column === column
        ? { column, descending: !s.descending }
        : { column, descending: firstDirection(column) },
    );
  return (
    <table className="corpus-table">
      <thead>
        <tr>
          <th className="corpus-pick" aria-hidden="true" />
          {CORPUS_COLUMNS.map((column) => {
            const label = m.union.columns[column] ?? column;
            const active = sort.column === column;
            return (
              <th
                key={column}
                data-column={column}
                className={NUMERIC.has(column) ? 'is-number' : undefined}
                aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button
                  type="button"
                  className="corpus-sort"
                  title={m.union.sortBy(label)}
                  onClick={() => by(column)}
                >
                  {label}
                  <span className="corpus-sort-arrow" aria-hidden="true">
                    {active ? (sort.descending ? '▼' : '▲') : ''}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => {
          const checked = picked.includes(row.id);
          return (
            <tr key={row.id} data-notice={row.id} className={checked ? 'is-picked' : undefined}>
              <td className="corpus-pick">
                <input
                  type="checkbox"
                  checked={checked}
                  aria-label={m.union.pick(row.name)}
                  onChange={() => onPick(row.id)}
                />
              </td>
              {CORPUS_COLUMNS.map((column) => (
                <td
                  key={column}
                  data-column={column}
                  className={NUMERIC.has(column) ? 'is-number' : undefined}
                >
                  <Cell row={row} column={column} twin={twins.get(row.id)} />
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function TableBody({ onClose }: { onClose: () => void }) {
  const m = useMessages();
  const { setScope } = useWorkspace();
  const { setParam, setView } = useAtlas();
  const { rows, done, total, error } = useCorpusRows();
  const [picked, setPicked] = useState<readonly NoticeId[]>([]);
  const pick = (id: NoticeId) =>
    setPicked((list) => (list.includes(id) ? list.filter((p) => p !== id) : [...list, id]));
  const compare = () => {
    const [a, b] = picked;
    if (a === undefined || b === undefined) return;
    setParam('compareA', a);
    setParam('compareB', b);
    setView('compare');
    onClose();
  };
  const together = () => {
    setScope(noticeScope(picked));
    onClose();
  };
  return (
    <>
      <div className="corpus-body">
        {error ? <p className="ws-error">{error}</p> : null}
        {done < total ? (
          <p className="ws-hint corpus-reading" role="status">
            {m.union.reading(done, total)}
          </p>
        ) : null}
        <Table rows={rows} picked={picked} onPick={pick} />
      </div>
      <footer className="modal-foot corpus-foot">
        <p className="ws-hint">{picked.length > 0 ? m.union.picked(picked.length) : m.union.pickHint}</p>
        <div className="ws-row">
          <button
            type="button"
            className="ws-button corpus-compare"
            disabled={picked.length !== 2}
            onClick={compare}
          >
            {m.union.compareTwo}
          </button>
          <button
            type="button"
            className="ws-button is-primary corpus-together"
            disabled={picked.length < 2}
            onClick={together}
          >
            {m.union.showTogether}
          </button>
        </div>
      </footer>
    </>
  );
}

/** The table in a dialog over the app; its rows are read only while it is open. */
export function NoticesTable({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const m = useMessages();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="modal-dialog corpus-dialog" aria-labelledby={titleId} onClose={onClose}>
      <header className="modal-head">
        <h2 id={titleId}>{m.union.tableTitle}</h2>
        <button type="button" className="ws-link" onClick={onClose}>
          {m.union.close}
        </button>
      </header>
      {open ? <TableBody onClose={onClose} /> : null}
    </dialog>
  );
}
