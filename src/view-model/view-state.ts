// A view as the workspace remembers it (ViewState: saved views, the session) and as the address shows it
// (UrlState). The graph view keeps its zoom, pan and dragged positions in the address under the keys
// below; every other view setting is a filter. Selections are stored as plain ids, the kind read back
// from the id's shape (`ag:…` agency, `<notice>/item-N` item …); an edge, whose id the view makes up,
// is stored as `edge:<id>`. Pure.
import { writeUrlState, type SelectionKind, type SelectionRef, type UrlState } from './url-state.ts';
import type { FilterValue, Point, SessionState, ViewState } from '../workspace/records.ts';
import type { NoticeScope } from '../workspace/scope.ts';
import { splitScopedId } from '../workspace/scoped-id.ts';
import { SCOPE_PARAM, viewParams, writeScopeParam } from './scope-address.ts';

/** `zoom=1.25` */
export const ZOOM_PARAM = 'zoom';
/** `pan=120,-40` */
export const PAN_PARAM = 'pan';
/** `positions={"ag:自治区商务厅":[120,40],…}` (JSON: node id → [x, y]) */
export const POSITIONS_PARAM = 'positions';

const LAYOUT_PARAMS = [ZOOM_PARAM, PAN_PARAM, POSITIONS_PARAM];

const LOCAL_KINDS: readonly [RegExp, SelectionKind][] = [
  [/^item-\d+$/, 'item'],
  [/^task-\d+$/, 'task'],
  [/^sec-\d+$/, 'section'],
  [/^proj-\d+$/, 'project'],
];

const EDGE_PREFIX = 'edge:';

export function selectionIds(ref: SelectionRef | null): string[] {
  if (!ref) return [];
  return [ref.kind === 'edge' ? `${EDGE_PREFIX}${ref.id}` : ref.id];
}

export function selectionFromIds(ids: readonly string[]): SelectionRef | null {
  const id = ids[0];
  if (id === undefined || id === '') return null;
  if (id.startsWith(EDGE_PREFIX)) return { kind: 'edge', id: id.slice(EDGE_PREFIX.length) };
  if (id.startsWith('ag:')) return { kind: 'agency', id };
  const local = splitScopedId(id)?.localId ?? id;
  const kind = LOCAL_KINDS.find(([pattern]) => pattern.test(local))?.[1];
  // An id of no known shape (a hand-written file) is kept as the edge it may be.
  return { kind: kind ?? 'edge', id };
}

function readPoint(value: string | undefined): Point {
  const [x, y] = (value ?? '').split(',').map(Number);
  return x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)
    ? { x, y }
    : { x: 0, y: 0 };
}

function readPositions(value: string | undefined): Record<string, Point> {
  if (!value) return {};
  try {
    const json: unknown = JSON.parse(value);
    if (typeof json !== 'object' || json === null) return {};
    const positions: Record<string, Point> = {};
    for (const [id, xy] of Object.entries(json as Record<string, unknown>)) {
      if (
        Array.isArray(xy) &&
        xy.length === 2 &&
        xy.every((n) => typeof n === 'number' && Number.isFinite(n))
      )
        positions[id] = { x: xy[0] as number, y: xy[1] as number };
    }
    return positions;
  } catch {
    return {};
  }
}

function writePositions(positions: Readonly<Record<string, Point>>): string | null {
  const entries = Object.entries(positions);
  if (entries.length === 0) return null;
  return JSON.stringify(Object.fromEntries(entries.map(([id, p]) => [id, [p.x, p.y]])));
}

export function viewStateFromAddress(url: UrlState, scope: NoticeScope, defaultView: string): ViewState {
  const params = viewParams(url.params);
  const zoom = Number(params[ZOOM_PARAM]);
  const filters: Record<string, FilterValue> = {};
  for (const [key, value] of Object.entries(params)) if (!LAYOUT_PARAMS.includes(key)) filters[key] = value;
  return {
    viewType: url.view ?? defaultView,
    scope,
    filters,
    selection: selectionIds(url.selection),
    positions: readPositions(params[POSITIONS_PARAM]),
    zoom: Number.isFinite(zoom) && zoom > 0 ? zoom : 1,
    pan: readPoint(params[PAN_PARAM]),
  };
}

function filterText(value: FilterValue): string | null {
  if (value === null) return null;
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** The address that shows a remembered view. Zoom 1 and pan 0,0 are the views' defaults, left out. */
export function addressFromViewState(view: ViewState): UrlState {
  const params: Record<string, string> = { [SCOPE_PARAM]: writeScopeParam(view.scope) };
  for (const [key, value] of Object.entries(view.filters)) {
    const text = filterText(value);
    if (text !== null) params[key] = text;
  }
  if (view.zoom !== 1) params[ZOOM_PARAM] = String(view.zoom);
  if (view.pan.x !== 0 || view.pan.y !== 0) params[PAN_PARAM] = `${view.pan.x},${view.pan.y}`;
  const positions = writePositions(view.positions);
  if (positions !== null) params[POSITIONS_PARAM] = positions;
  return { view: view.viewType, selection: selectionFromIds(view.selection), params };
}

export interface SessionExtras {
  readonly savedViewId: string | null;
  /** The id whose inspector was open (`''` for the inspector with nothing selected), or null. */
  readonly focus: string | null;
}

export function sessionFromAddress(view: ViewState, extras: SessionExtras, now: Date): SessionState {
  return {
    view,
    savedViewId: extras.savedViewId,
    focus: extras.focus,
    search: '',
    updatedAt: now.toISOString(),
  };
}

/** Two views show the same thing (to tell whether a saved view was changed since it was opened). */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  return writeUrlState(addressFromViewState(a)) === writeUrlState(addressFromViewState(b));
}
