// What the workspace adds to the address: the notices in view (`scope=all`, `scope=n1,n2`, `scope=none`)
// and the side panels that are open (`panels=notices,inspector`). Views own every other key. Pure.
import { isNoticeId, type NoticeId } from '../workspace/notice-id.ts';
import { ALL_NOTICES, noticeScope, type NoticeScope } from '../workspace/scope.ts';

export const SCOPE_PARAM = 'scope';
export const PANELS_PARAM = 'panels';

/** Keys of the address that belong to the workspace, not to a view. */
export const WORKSPACE_PARAMS: readonly string[] = [SCOPE_PARAM, PANELS_PARAM];

export type SidePanel = 'notices' | 'inspector';
const SIDE_PANELS: readonly SidePanel[] = ['notices', 'inspector'];

/** The scope an address names, or null when it names none (the session or the default decides). */
export function readScopeParam(value: string | undefined): NoticeScope | null {
  if (value === undefined || value === '') return null;
  if (value === 'all') return ALL_NOTICES;
  // `none` is a real choice: the user unticked every notice.
  if (value === 'none') return noticeScope([]);
  const ids = value.split(',').filter(isNoticeId);
  return ids.length > 0 ? noticeScope(ids) : null;
}

export function writeScopeParam(scope: NoticeScope): string {
  if (scope.kind === 'all') return 'all';
  return scope.ids.length === 0 ? 'none' : scope.ids.join(',');
}

export function readPanels(value: string | undefined): ReadonlySet<SidePanel> {
  const names = (value ?? '').split(',');
  return new Set(SIDE_PANELS.filter((p) => names.includes(p)));
}

export function writePanels(panels: ReadonlySet<SidePanel>): string | null {
  const open = SIDE_PANELS.filter((p) => panels.has(p));
  return open.length > 0 ? open.join(',') : null;
}

/** The address's settings that belong to the views. */
export function viewParams(params: Readonly<Record<string, string>>): Record<string, string> {
  const own: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (!WORKSPACE_PARAMS.includes(key)) own[key] = value;
  return own;
}

/** The scope of a first visit, or of an address that names none: the first notice of the workspace. */
export function defaultScope(noticeIds: readonly NoticeId[]): NoticeScope {
  const first = noticeIds[0];
  return first === undefined ? ALL_NOTICES : noticeScope([first]);
}

export function scopeIncludes(scope: NoticeScope, id: NoticeId): boolean {
  return scope.kind === 'all' || scope.ids.includes(id);
}

/** Ticking or unticking one notice. Unticking one of "all" leaves every other notice, as a set. */
export function toggleNotice(scope: NoticeScope, id: NoticeId, workspace: readonly NoticeId[]): NoticeScope {
  if (scope.kind === 'all') return noticeScope(workspace.filter((n) => n !== id));
  if (scope.ids.includes(id)) return noticeScope(scope.ids.filter((n) => n !== id));
  // Kept in workspace order, so the merged text reads in the order the notices were added.
  const wanted = new Set([...scope.ids, id]);
  return noticeScope(workspace.filter((n) => wanted.has(n)));
}

/** A scope without a notice that was deleted. */
export function scopeWithout(scope: NoticeScope, id: NoticeId): NoticeScope {
  return scope.kind === 'all' ? scope : noticeScope(scope.ids.filter((n) => n !== id));
}

/** Up to this many notices just imported are shown together at once; a larger import (a whole archive)
 *  would make every view draw thousands of items, so the user picks what to look at instead. */
export const SHOW_IMPORTED_LIMIT = 12;

export function scopeAfterImport(scope: NoticeScope, imported: readonly NoticeId[]): NoticeScope {
  return imported.length > 0 && imported.length <= SHOW_IMPORTED_LIMIT ? noticeScope(imported) : scope;
}
