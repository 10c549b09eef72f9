// Which notices a view shows: all of them, or a chosen set (one notice is a set of one).
import type { NoticeId } from './notice-id.ts';

export type NoticeScope =
  { readonly kind: 'all' } | { readonly kind: 'notices'; readonly ids: readonly NoticeId[] };

export const ALL_NOTICES: NoticeScope = { kind: 'all' };

export function noticeScope(ids: readonly NoticeId[]): NoticeScope {
  return { kind: 'notices', ids: [...new Set(ids)] };
}

/** The notices in scope, in workspace order; ids the workspace lacks are ignored. */
export function noticesInScope<T extends { readonly id: NoticeId }>(
  notices: readonly T[],
  scope: NoticeScope,
): T[] {
  if (scope.kind === 'all') return [...notices];
  const wanted = new Set(scope.ids);
  return notices.filter((n) => wanted.has(n.id));
}
