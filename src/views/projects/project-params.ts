// The projects view's settings in the address: which kinds are shown (`pkinds=rail,road`) and whether
// the table or the corridor map is on screen (`pshow=map`). Read leniently: unknown values are dropped.
import { PROJECT_KINDS } from '../../graph/appearance.ts';
import type { ProjectKind } from '../../notice/model.ts';

export const KINDS_PARAM = 'pkinds';
export const SHOW_PARAM = 'pshow';

export type ProjectsShown = 'table' | 'map';

/** The kinds shown; null for all. */
export function readKinds(value: string | undefined): ReadonlySet<ProjectKind> | null {
  if (!value) return null;
  const kinds = value.split(',').filter((k): k is ProjectKind => PROJECT_KINDS.includes(k as ProjectKind));
  return kinds.length > 0 ? new Set(kinds) : null;
}

/** The parameter for `kinds`, in the kinds' order; null when every kind is shown. */
export function kindsParam(kinds: ReadonlySet<ProjectKind> | null): string | null {
  if (!kinds || PROJECT_KINDS.every((k) => kinds.has(k))) return null;
  return PROJECT_KINDS.filter((k) => kinds.has(k)).join(',');
}

/** `kinds` with `kind` switched on or off. Switching off the last kind shown shows all again. */
export function toggleKind(
  kinds: ReadonlySet<ProjectKind> | null,
  kind: ProjectKind,
): Set<ProjectKind> | null {
  const next = new Set(kinds ?? []);
  if (next.has(kind)) next.delete(kind);
  else next.add(kind);
  return next.size === 0 ? null : next;
}

export function readShown(value: string | undefined): ProjectsShown {
  return value === 'map' ? 'map' : 'table';
}
