// What the corridor map draws, from the projects and the gazetteer: the places they name with their
// coordinates, each line as runs between located stops, and the places the gazetteer does not know.
// A stop without coordinates is never guessed: the line is broken there (its two sides joined by a
// run marked `via`, drawn dashed), and the stop is listed beside the map. Pure.
import type { Project, ProjectId, ProjectKind } from '../notice/model.ts';
import { locate, type Location } from '../notice/gazetteer.ts';

/** Kinds drawn as lines along their stops. */
const LINE_KINDS: ReadonlySet<ProjectKind> = new Set(['rail', 'road']);

export interface MapPlace extends Location {
  readonly name: string;
  /** The projects that name it, in the order given. */
  readonly projectIds: readonly ProjectId[];
}

export interface RouteRun {
  readonly from: Location;
  readonly to: Location;
  /** Stops between the two that have no coordinates: the run only says the line goes that way. */
  readonly via: readonly string[];
}

export interface MapRoute {
  readonly projectId: ProjectId;
  readonly name: string;
  readonly kind: ProjectKind;
  readonly runs: readonly RouteRun[];
}

export interface UnlocatedPlace {
  readonly name: string;
  readonly projectIds: readonly ProjectId[];
}

export interface CorridorMap {
  readonly places: readonly MapPlace[];
  readonly routes: readonly MapRoute[];
  readonly unlocated: readonly UnlocatedPlace[];
}

/** A line, or any project whose name runs through stops (a tourist route), is drawn as a route. */
function isRoute(project: Pick<Project, 'kind' | 'places'>): boolean {
  return project.places.length >= 2 && (LINE_KINDS.has(project.kind) || project.kind === 'other');
}

/** A name that lists destinations from a hub (`满洲里国际公路客货运输线路` to 赤塔, 乌兰巴托 …) runs
 *  from its first place to each of the others; only a name written as stops (`A—B—C`, `A至B`) is
 *  one line through them in order. */
function spokesOf(places: readonly string[]): RouteRun[] {
  const hub = locate(places[0] ?? '');
  if (!hub) return [];
  return places.slice(1).flatMap((place) => {
    const to = locate(place);
    return to ? [{ from: hub, to, via: [] }] : [];
  });
}

function runsOf(places: readonly string[]): RouteRun[] {
  const runs: RouteRun[] = [];
  let from: Location | null = null;
  let via: string[] = [];
  for (const place of places) {
    const at = locate(place);
    if (!at) {
      if (from) via.push(place);
      continue;
    }
    if (from) runs.push({ from, to: at, via });
    from = at;
    via = [];
  }
  return runs;
}

export function corridorMap(projects: readonly Project[]): CorridorMap {
  const located = new Map<string, { at: Location; ids: ProjectId[] }>();
  const unknown = new Map<string, ProjectId[]>();
  for (const project of projects) {
    for (const place of project.places) {
      const at = locate(place);
      if (at) {
        const entry = located.get(place) ?? { at, ids: [] };
        if (!entry.ids.includes(project.id)) entry.ids.push(project.id);
        located.set(place, entry);
      } else {
        const ids = unknown.get(place) ?? [];
        if (!ids.includes(project.id)) ids.push(project.id);
        unknown.set(place, ids);
      }
    }
  }
  const routes = projects
    .filter(isRoute)
    .map((p) => ({
      projectId: p.id,
      name: p.name,
      kind: p.kind,
      runs: /[—至]/.test(p.name) || p.places.length === 2 ? runsOf(p.places) : spokesOf(p.places),
    }))
    .filter((r) => r.runs.length > 0);
  return {
    places: [...located].map(([name, { at, ids }]) => ({ name, ...at, projectIds: ids })),
    routes,
    unlocated: [...unknown].map(([name, projectIds]) => ({ name, projectIds })),
  };
}
