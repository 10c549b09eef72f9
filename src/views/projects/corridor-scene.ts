// The corridor map as marks in screen coordinates, computed with d3-geo from the corridor's places and
// routes: a conformal conic projection fitted to the places (the region spans 38°–53° N, where a
// conic keeps shapes and distances honest), a graticule for context, routes as paths, ports and
// airports as symbols beside their town, and town names placed where they do not collide. Pure.
import { geoConicConformal, geoGraticule, geoPath, type GeoProjection } from 'd3';
import { PROJECT_KIND_APPEARANCE } from '../../graph/appearance.ts';
import type { ProjectId, ProjectKind } from '../../notice/model.ts';
import type { CorridorMap, MapPlace } from '../../projects/corridor.ts';

export interface RouteMark {
  readonly projectId: ProjectId;
  readonly name: string;
  readonly kind: ProjectKind;
  /** Runs between located stops. */
  readonly solid: string;
  /** Runs across stops without coordinates: the line only goes that way. */
  readonly via: string;
}

export interface PlaceMark {
  readonly name: string;
  readonly en: string;
  readonly x: number;
  readonly y: number;
  readonly projectIds: readonly ProjectId[];
  /** Where the name goes; null when every spot collides (the name is then a hover away). */
  readonly label: {
    readonly x: number;
    readonly y: number;
    readonly anchor: 'start' | 'end' | 'middle';
  } | null;
}

export interface SymbolMark {
  readonly projectId: ProjectId;
  readonly name: string;
  readonly kind: ProjectKind;
  readonly x: number;
  readonly y: number;
}

export interface CorridorScene {
  readonly width: number;
  readonly height: number;
  readonly graticule: string;
  /** Graticule labels along the left and bottom edges. */
  readonly ticks: readonly { readonly x: number; readonly y: number; readonly text: string }[];
  readonly routes: readonly RouteMark[];
  readonly places: readonly PlaceMark[];
  readonly symbols: readonly SymbolMark[];
}

const PAD = 48;
const LABEL_SIZE = 13;
const SYMBOL_KINDS: ReadonlySet<ProjectKind> = new Set(['border-port', 'seaport', 'airport']);

function projectionFor(map: CorridorMap, width: number, height: number): GeoProjection {
  const projection = geoConicConformal().parallels([40, 52]).rotate([-118, 0]);
  const points = map.places.map((p) => [p.lon, p.lat] as [number, number]);
  if (points.length === 0)
    return projection
      .center([0, 46])
      .scale(1200)
      .translate([width / 2, height / 2]);
  // One place, or places close together: fit a box of at least 3° round them, so the map keeps context.
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [lon0, lon1] = [Math.min(...lons) - 1.5, Math.max(...lons) + 1.5];
  const [lat0, lat1] = [Math.min(...lats) - 1, Math.max(...lats) + 1];
  const box = {
    type: 'MultiPoint' as const,
    coordinates: [
      [lon0, lat0],
      [lon1, lat1],
      [lon0, lat1],
      [lon1, lat0],
    ],
  };
  return projection.fitExtent(
    [
      [PAD, PAD],
      [width - PAD, height - PAD],
    ],
    box,
  );
}

/** A name's width in pixels, near enough for Chinese at LABEL_SIZE. */
const labelWidth = (name: string) => name.length * LABEL_SIZE + 4;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Names of the busiest places first: right of the dot, else left, above, below. */
function placeLabels(places: readonly Omit<PlaceMark, 'label'>[], taken: Box[]): PlaceMark[] {
  const order = [...places].sort((a, b) => b.projectIds.length - a.projectIds.length);
  const labels = new Map<string, PlaceMark['label']>();
  for (const p of order) {
    const w = labelWidth(p.name);
    const h = LABEL_SIZE + 4;
    const spots = [
      {
        x: p.x + 8,
        y: p.y,
        anchor: 'start' as const,
        box: { x0: p.x + 6, y0: p.y - h / 2, x1: p.x + 8 + w, y1: p.y + h / 2 },
      },
      {
        x: p.x - 8,
        y: p.y,
        anchor: 'end' as const,
        box: { x0: p.x - 8 - w, y0: p.y - h / 2, x1: p.x - 6, y1: p.y + h / 2 },
      },
      {
        x: p.x,
        y: p.y - 15,
        anchor: 'middle' as const,
        box: { x0: p.x - w / 2, y0: p.y - 15 - h / 2, x1: p.x + w / 2, y1: p.y - 15 + h / 2 },
      },
      {
        x: p.x,
        y: p.y + 16,
        anchor: 'middle' as const,
        box: { x0: p.x - w / 2, y0: p.y + 16 - h / 2, x1: p.x + w / 2, y1: p.y + 16 + h / 2 },
      },
    ];
    const free = spots.find((s) => !taken.some((t) => overlaps(t, s.box)));
    if (free) taken.push(free.box);
    labels.set(p.name, free ? { x: free.x, y: free.y, anchor: free.anchor } : null);
  }
  return places.map((p) => ({ ...p, label: labels.get(p.name) ?? null }));
}

export function corridorScene(
  map: CorridorMap,
  kinds: ReadonlyMap<ProjectId, { name: string; kind: ProjectKind }>,
  width: number,
  height: number,
): CorridorScene {
  const projection = projectionFor(map, width, height);
  const path = geoPath(projection);
  const at = (lon: number, lat: number) => projection([lon, lat]) ?? [0, 0];
  const graticule = geoGraticule()
    .step([2, 2])
    .extent([
      [90, 30],
      [140, 60],
    ]);
  const routes = map.routes.map((r): RouteMark => {
    const line = (runs: typeof r.runs) =>
      path({
        type: 'MultiLineString',
        coordinates: runs.map((run) => [
          [run.from.lon, run.from.lat],
          [run.to.lon, run.to.lat],
        ]),
      }) ?? '';
    return {
      projectId: r.projectId,
      name: r.name,
      kind: r.kind,
      solid: line(r.runs.filter((run) => run.via.length === 0)),
      via: line(r.runs.filter((run) => run.via.length > 0)),
    };
  });
  const dots = map.places.map((p: MapPlace) => {
    const [x, y] = at(p.lon, p.lat);
    return { name: p.name, en: p.en, x, y, projectIds: p.projectIds };
  });
  // Ports and airports in a row to the right of their town: a town may have several.
  const symbols: SymbolMark[] = [];
  for (const dot of dots) {
    const here = dot.projectIds.filter((id) => SYMBOL_KINDS.has(kinds.get(id)?.kind ?? 'other'));
    here.forEach((id, i) => {
      const project = kinds.get(id);
      if (project)
        symbols.push({
          projectId: id,
          name: project.name,
          kind: project.kind,
          x: dot.x + 13 + i * 15,
          y: dot.y,
        });
    });
  }
  const taken: Box[] = [
    ...dots.map((d) => ({ x0: d.x - 4, y0: d.y - 4, x1: d.x + 4, y1: d.y + 4 })),
    ...symbols.map((s) => ({ x0: s.x - 7, y0: s.y - 7, x1: s.x + 7, y1: s.y + 7 })),
  ];
  const ticks = graticuleTicks(projection, width, height);
  return {
    width,
    height,
    graticule: path(graticule()) ?? '',
    ticks,
    routes,
    places: placeLabels(dots, taken),
    symbols,
  };
}

/** Degrees written where the meridians meet the bottom edge and the parallels the left edge. */
function graticuleTicks(projection: GeoProjection, width: number, height: number) {
  const ticks: { x: number; y: number; text: string }[] = [];
  const invert = projection.invert;
  if (!invert) return ticks;
  for (let lon = 90; lon <= 140; lon += 4) {
    for (let lat = 30; lat <= 60; lat += 0.05) {
      const p = projection([lon, lat]);
      if (p && p[1] <= height - 6 && p[1] >= height - 24 && p[0] > 40 && p[0] < width - 20) {
        ticks.push({ x: p[0], y: height - 6, text: `${lon}°E` });
        break;
      }
    }
  }
  for (let lat = 30; lat <= 60; lat += 2) {
    for (let lon = 90; lon <= 140; lon += 0.05) {
      const p = projection([lon, lat]);
      if (p && p[0] >= 6 && p[0] <= 30 && p[1] > 20 && p[1] < height - 30) {
        ticks.push({ x: 6, y: p[1], text: `${lat}°N` });
        break;
      }
    }
  }
  return ticks;
}

export function kindColor(kind: ProjectKind): string {
  return PROJECT_KIND_APPEARANCE[kind].color;
}
