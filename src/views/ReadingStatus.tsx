// What the parser read, where the user looks first: `77 items read · 2 passages not read`. The part
// about what was not read opens the outline and source at the list of those passages.
import { useMemo } from 'react';
import { noticeChecks } from '../analysis/checks.ts';
import { readingCounts, readingSummary, unreadPassages } from '../app/unread-passages.ts';
import type { NoticeModel } from '../notice/model.ts';
import { useOptionalAtlas } from './atlas.tsx';

/** The address parameter that opens the list of passages not read in the source panel. */
export const PASSAGES_PARAM = 'passages';

export function ReadingStatus({ model }: { model: NoticeModel }) {
  const atlas = useOptionalAtlas();
  const counts = useMemo(() => readingCounts(model, unreadPassages(model)), [model]);
  const checks = useMemo(() => noticeChecks(model).filter((c) => c.kind !== 'not-read').length, [model]);
  const showChecks = () => {
    atlas?.setView('outline');
    atlas?.setParam(PASSAGES_PARAM, 'checks');
  };
  const [read, ...rest] = readingSummary(counts).split(' · ');
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
          title="Show the passages the parser did not read, in the source text"
        >
          <span className="diagnostics-dot level-warning" aria-hidden="true" />
          {rest.join(' · ')}
        </button>
      ) : (
        <span className="reading-all">every marker read</span>
      )}
      {checks > 0 ? (
        <button
          type="button"
          className="reading-checks"
          onClick={showChecks}
          disabled={!atlas}
          title="Show what a careful reader would query in this notice: items without a lead, one body written two ways …"
        >
          {checks} {checks === 1 ? 'check' : 'checks'}
        </button>
      ) : null}
    </p>
  );
}
