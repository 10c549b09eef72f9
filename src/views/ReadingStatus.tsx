// What the parser read, where the user looks first: `77 items read · 2 passages not read`. The part
// about what was not read opens the outline and source at the list of those passages.
import { useMessages } from './i18n/lang-context.tsx';
import { useMemo } from 'react';
import { noticeChecks } from '../analysis/checks.ts';
import { readingCounts, unreadPassages } from '../view-model/unread-passages.ts';
import type { NoticeModel } from '../notice/model.ts';
import { useOptionalAtlas } from './atlas.tsx';

/** The address parameter that opens the list of passages not read in the source panel. */
export const PASSAGES_PARAM = 'passages';

export function ReadingStatus({ model }: { model: NoticeModel }) {
  const atlas = useOptionalAtlas();
  const m = useMessages();
  const counts = useMemo(() => readingCounts(model, unreadPassages(model)), [model]);
  const checks = useMemo(() => noticeChecks(model).filter((c) => c.kind !== 'not-read').length, [model]);
  const showChecks = () => {
    atlas?.setView('outline');
    atlas?.setParam(PASSAGES_PARAM, 'checks');
  };
  const read = m.outline.itemsRead(counts.items);
  const rest = [
    ...(counts.notRead > 0 ? [m.outline.passagesNotRead(counts.notRead)] : []),
    ...(counts.toCheck > 0 ? [m.outline.namesToCheck(counts.toCheck)] : []),
  ];
  const show = () => {
    atlas?.setView('outline');
    atlas?.setParam(PASSAGES_PARAM, 'open');
  };
  return (
    <p className="reading-status">
      <span className="reading-read">{read}</span>
      {rest.length > 0 ? (
        <button
          type="button"
          className="reading-unread"
          onClick={show}
          disabled={!atlas}
          title={m.outline.showUnread}
        >
          <span className="diagnostics-dot level-warning" aria-hidden="true" />
          {rest.join(' · ')}
        </button>
      ) : (
        <span className="reading-all">{m.outline.everyMarkerRead}</span>
      )}
      {checks > 0 ? (
        <button
          type="button"
          className="reading-checks"
          onClick={showChecks}
          disabled={!atlas}
          title={m.outline.showChecks}
        >
          {m.outline.checks(checks)}
        </button>
      ) : null}
    </p>
  );
}
