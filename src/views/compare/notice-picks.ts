// Which two notices the compare view starts with: the two most recently added of those in view, else
// of the whole workspace, the older as A. Pure.
import type { NoticeId } from '../../workspace/notice-id.ts';
import type { NoticeSummary } from '../../workspace/records.ts';
import { noticesInScope, type NoticeScope } from '../../workspace/scope.ts';

export interface NoticePicks {
  readonly a: NoticeId | null;
  readonly b: NoticeId | null;
}

function latestTwo(notices: readonly NoticeSummary[]): NoticePicks {
  const recent = [...notices].sort((x, y) => y.addedAt.localeCompare(x.addedAt)).slice(0, 2);
  return { a: recent[1]?.id ?? null, b: recent[0]?.id ?? null };
}

export function defaultPicks(notices: readonly NoticeSummary[], scope: NoticeScope): NoticePicks {
  const inView = noticesInScope(notices, scope);
  return latestTwo(inView.length >= 2 ? inView : notices);
}

/** The picks the address names, where the workspace still has them; the defaults fill the rest. */
export function resolvePicks(
  notices: readonly NoticeSummary[],
  scope: NoticeScope,
  asked: { readonly a?: string | undefined; readonly b?: string | undefined },
): NoticePicks {
  const known = (id: string | undefined) => notices.find((n) => n.id === id)?.id ?? null;
  const fallback = defaultPicks(notices, scope);
  return { a: known(asked.a) ?? fallback.a, b: known(asked.b) ?? fallback.b };
}

/** What to call each notice: its name, with the time it was added when another notice has the same
 *  name (a second version pasted under the same title), in figures, which read in either language. */
export function noticeLabels(notices: readonly NoticeSummary[]): Map<NoticeId, string> {
  const count = new Map<string, number>();
  for (const n of notices) count.set(n.name, (count.get(n.name) ?? 0) + 1);
  return new Map(
    notices.map((n) => [
      n.id,
      (count.get(n.name) ?? 0) > 1 ? `${n.name} · ${n.addedAt.slice(0, 19).replace('T', ' ')}` : n.name,
    ]),
  );
}
