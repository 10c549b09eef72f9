// The notices of the workspace and which are in view: tick several to see them together (one agency
// per name across them), click a name to see it alone, or view all — those imported later included.
import { useMessages } from '../i18n/lang-context.tsx';
import { useCallback, useMemo, useState } from 'react';
import { noticeTwins } from '../../view-model/notice-twins.ts';
import { scopeIncludes, scopeWithout, toggleNotice } from '../../view-model/scope-address.ts';
import type { NoticeId } from '../../workspace/notice-id.ts';
import type { NoticeSummary } from '../../workspace/records.ts';
import { ALL_NOTICES, noticeScope } from '../../workspace/scope.ts';
import { NoticeRow } from './NoticeRow.tsx';
import { NoticesTable } from './NoticesTable.tsx';
import { useWorkspace } from './workspace-context.tsx';

/** Past this many notices a filter box helps find one. */
const FILTER_FROM = 8;
/** Rows drawn at first: a whole archive (a thousand notices) would take a long task to draw at once. */
const ROWS_AT_FIRST = 100;
/** Beyond this many notices in view, the outline and source (which draw every line) take seconds. */
const MANY_IN_VIEW = 40;

/** What a row can do: tick, view alone, rename, delete (the scope losing the deleted notice first). */
function useRowActions(ids: readonly NoticeId[]) {
  const { scope, setScope, save } = useWorkspace();
  const onToggle = useCallback(
    (n: NoticeSummary) => setScope(toggleNotice(scope, n.id, ids)),
    [scope, ids, setScope],
  );
  const onOnly = useCallback((n: NoticeSummary) => setScope(noticeScope([n.id])), [setScope]);
  const onRename = useCallback(
    (n: NoticeSummary, name: string) => void save((store) => store.renameNotice(n.id, name)),
    [save],
  );
  const onDelete = useCallback(
    (n: NoticeSummary) => {
      setScope(scopeWithout(scope, n.id));
      void save((store) => store.deleteNotice(n.id));
    },
    [save, scope, setScope],
  );
  return { onToggle, onOnly, onRename, onDelete };
}

export function NoticeList() {
  const { notices, scope, setScope } = useWorkspace();
  const [filter, setFilter] = useState('');
  const [allRows, setAllRows] = useState(false);
  const [table, setTable] = useState(false);
  const m = useMessages();
  const ids = useMemo(() => notices.map((n) => n.id), [notices]);
  const twins = useMemo(
    () =>
      noticeTwins(
        notices,
        (n) => n.name,
        (n) => n.addedAt,
      ),
    [notices],
  );
  const { onToggle, onOnly, onRename, onDelete } = useRowActions(ids);
  const matching = filter
    ? notices.filter((n) => n.name.includes(filter) || (n.fileName ?? '').includes(filter))
    : notices;
  const shown = allRows ? matching : matching.slice(0, ROWS_AT_FIRST);
  const inView = scope.kind === 'all' ? notices.length : scope.ids.length;

  return (
    <section className="ws-section notice-list-section" aria-label={m.notices.notices}>
      <div className="notice-list-head">
        <h2 className="ws-section-title">{m.notices.notices}</h2>
        {notices.length >= 2 ? (
          <button type="button" className="ws-link notices-table-open" onClick={() => setTable(true)}>
            {m.union.openTable}
          </button>
        ) : null}
      </div>
      <NoticesTable open={table} onClose={() => setTable(false)} />
      <label className="scope-all">
        <input
          type="checkbox"
          checked={scope.kind === 'all'}
          onChange={() => setScope(scope.kind === 'all' ? noticeScope(ids.slice(0, 1)) : ALL_NOTICES)}
        />
        {m.notices.allNotices(notices.length)}
      </label>
      {notices.length > FILTER_FROM ? (
        <input
          className="ws-input notice-filter"
          type="search"
          placeholder={m.notices.findNotice}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      ) : null}
      <ul className="notice-list">
        {shown.map((notice) => (
          <NoticeRow
            key={notice.id}
            notice={notice}
            inView={scopeIncludes(scope, notice.id)}
            twin={twins.get(notice)}
            onToggle={onToggle}
            onOnly={onOnly}
            onRename={onRename}
            onDelete={onDelete}
          />
        ))}
      </ul>
      {shown.length < matching.length ? (
        <button type="button" className="ws-link notice-more" onClick={() => setAllRows(true)}>
          {m.notices.showAll(matching.length)}
        </button>
      ) : null}
      {inView > MANY_IN_VIEW ? <p className="ws-hint">{m.notices.manyInView(inView)}</p> : null}
    </section>
  );
}
