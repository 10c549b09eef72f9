// The corridor map as marks in screen coordinates, computed with d3-geo from the corridor's places and
// routes: a conformal conic projection fitted to the places (the region spans 38°–53° N, where a
// conic keeps shapes and distances honest), a graticule for context, routes as paths, ports and
// airports as symbols beside their town, and town names placed where they do not collide. Where the
// busiest town's neighbours crowd together (the lines of a border town fan out from one point), an
// inset in a corner no line runs through (the emptiest such) draws that neighbourhood enlarged. Pure.
import { geoConicConformal, geoGraticule, geoInterpolate, geoPath, type GeoProjection } from 'd3';
import { PROJECT_KIND_APPEARANCE } from '../../graph/appearance.ts';
import type { ProjectId, ProjectKind } from '../../notice/model.ts';
import type { CorridorMap, MapPlace } from '../../projects/corridor.ts';
import { clearCorners, type Box, type Segment } from './inset-corner.ts';

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

/** What one projection of the map draws: the graticule, the lines, the towns and the symbols. */
export interface MapLayer {
  readonly graticule: string;
  readonly routes: readonly RouteMark[];
  readonly places: readonly PlaceMark[];
  readonly symbols: readonly SymbolMark[];
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The busiest town's neighbourhood enlarged, in a box on the map. */
export interface CorridorInset extends MapLayer {
  readonly box: Rect;
  /** The part of the main map it enlarges. */
  readonly area: Rect;
  /** The town it is round, for a title in the interface's language (its name and its English name). */
  readonly hub: { readonly name: string; readonly en: string };
}

export interface CorridorScene extends MapLayer {
  readonly width: number;
  readonly height: number;
  /** Graticule labels along the left and bottom edges. */
  readonly ticks: readonly { readonly x: number; readonly y: number; readonly text: string }[];
  readonly inset: CorridorInset | null;
}

const PAD = 48;
const LABEL_SIZE = 13;
const SYMBOL_KINDS: ReadonlySet<ProjectKind> = new Set(['border-port', 'seaport', 'airport']);

/** The corridor's projection: conformal conic, standard parallels 40° and 52° N, centred on 118° E. */
const corridorProjection = () => geoConicConformal().parallels([40, 52]).rotate([-118, 0]);

/** The corners of the lon/lat box round `places`, widened by `dLon` and `dLat` degrees, to fit to. */
function lonLatBox(places: readonly MapPlace[], dLon: number, dLat: number) {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const [lon0, lon1] = [Math.min(...lons) - dLon, Math.max(...lons) + dLon];
  const [lat0, lat1] = [Math.min(...lats) - dLat, Math.max(...lats) + dLat];
  return {
    type: 'MultiPoint' as const,
    coordinates: [
      [lon0, lat0],
      [lon1, lat1],
      [lon0, lat1],
      [lon1, lat0],
    ] as [number, number][],
  };
}

function projectionFor(map: CorridorMap, width: number, height: number): GeoProjection {
  const projection = corridorProjection();
  if (map.places.length === 0)
    return projection
      .center([0, 46])
      .scale(1200)
      .translate([width / 2, height / 2]);
  // One place, or places close together: fit a box of at least 3° round them, so the map keeps context.
  const box = lonLatBox(map.places, 1.5, 1);
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

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Where a name may go, in order of preference: right of the dot, left, above, below, then diagonally
 *  a little further out (the first spots are often taken by a twin town's dot or a row of symbols). */
const LABEL_SPOTS: readonly (readonly [number, number, 'start' | 'end' | 'middle'])[] = [
  [8, 0, 'start'],
  [-8, 0, 'end'],
  [0, -15, 'middle'],
  [0, 16, 'middle'],
  [6, -18, 'start'],
  [-6, -18, 'end'],
  [6, 18, 'start'],
  [-6, 18, 'end'],
];

/** Names of the busiest places first, each at its first free spot inside `bounds`. */
function placeLabels(places: readonly Omit<PlaceMark, 'label'>[], taken: Box[], bounds: Box): PlaceMark[] {
  const order = [...places].sort((a, b) => b.projectIds.length - a.projectIds.length);
  const labels = new Map<string, PlaceMark['label']>();
  for (const p of order) {
    const w = labelWidth(p.name);
    const h = LABEL_SIZE + 4;
    const spots = LABEL_SPOTS.map(([dx, dy, anchor]) => {
      const x0 = anchor === 'start' ? p.x + dx - 2 : anchor === 'end' ? p.x + dx - w : p.x + dx - w / 2;
      const box = { x0, y0: p.y + dy - h / 2, x1: x0 + w + 2, y1: p.y + dy + h / 2 };
      return { x: p.x + dx, y: p.y + dy, anchor, box };
    });
    const inside = (b: Box) =>
      b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;
    const free = spots.find((s) => inside(s.box) && !taken.some((t) => overlaps(t, s.box)));
    if (free) taken.push(free.box);
    labels.set(p.name, free ? { x: free.x, y: free.y, anchor: free.anchor } : null);
  }
  return places.map((p) => ({ ...p, label: labels.get(p.name) ?? null }));
}

type Kinds = ReadonlyMap<ProjectId, { name: string; kind: ProjectKind }>;

/** The lines, towns and symbols of `places` as `projection` draws them, names kept inside `bounds`. */
function mapLayer(
  map: CorridorMap,
  places: readonly MapPlace[],
  kinds: Kinds,
  projection: GeoProjection,
  bounds: Box,
  graticuleStep: number,
): MapLayer {
  const path = geoPath(projection);
  const graticule = geoGraticule()
    .step([graticuleStep, graticuleStep])
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
  const dots = places.map((p: MapPlace) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [0, 0];
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
  return {
    graticule: path(graticule()) ?? '',
    routes: routes.filter((r) => r.solid || r.via),
    places: placeLabels(dots, taken, bounds),
    symbols,
  };
}

export function corridorScene(map: CorridorMap, kinds: Kinds, width: number, height: number): CorridorScene {
  const projection = projectionFor(map, width, height);
  const main = mapLayer(map, map.places, kinds, projection, { x0: 0, y0: 0, x1: width, y1: height }, 2);
  return {
    width,
    height,
    ...main,
    ticks: graticuleTicks(projection, width, height),
    inset: insetFor(map, kinds, projection, main, width, height),
  };
}

/** Towns closer than this to the busiest one (on the main map) make up its crowded neighbourhood. */
const CROWD_PX = 60;
const INSET_PAD = 26;
/** The inset's title sits in a strip of its own along its top, above the lines and names. */
export const INSET_TITLE_STRIP = 22;
const INSET_SIDE = 64;

/** The busiest town and its neighbours, when they crowd: three or more, or a name that found no room. */
function crowdedPlaces(map: CorridorMap, main: MapLayer): { hub: MapPlace; places: MapPlace[] } | null {
  const hub = [...map.places].sort((a, b) => b.projectIds.length - a.projectIds.length)[0];
  const drawn = main.places.find((p) => p.name === hub?.name);
  if (!hub || !drawn) return null;
  const near = main.places.filter((p) => Math.hypot(p.x - drawn.x, p.y - drawn.y) <= CROWD_PX);
  if (near.length < 3 && near.every((p) => p.label !== null)) return null;
  const names = new Set(near.map((p) => p.name));
  return { hub, places: map.places.filter((p) => names.has(p.name)) };
}

/** What the main map draws in a box: towns, their names and symbols, and points along the lines. */
function markCount(main: MapLayer, box: Box, lines: readonly (readonly [number, number])[]): number {
  const inBox = (x: number, y: number) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
  const labelMiddle = (label: NonNullable<PlaceMark['label']>, name: string) =>
    label.x + (label.anchor === 'start' ? 1 : label.anchor === 'end' ? -1 : 0) * (labelWidth(name) / 2);
  const named = main.places.filter(
    (p) => inBox(p.x, p.y) || (p.label !== null && inBox(labelMiddle(p.label, p.name), p.label.y)),
  );
  return (
    10 * named.length +
    10 * main.symbols.filter((s) => inBox(s.x, s.y)).length +
    lines.filter(([x, y]) => inBox(x, y)).length
  );
}

/** Each line's runs on the main map, as drawn: along the great circle, which the projection bends a
 *  little, so it is cut into pieces a few pixels long. */
function lineSegments(map: CorridorMap, projection: GeoProjection): Segment[] {
  const segments: Segment[] = [];
  for (const route of map.routes)
    for (const run of route.runs) {
      const a = projection([run.from.lon, run.from.lat]);
      const b = projection([run.to.lon, run.to.lat]);
      if (!a || !b) continue;
      const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 8));
      const along = geoInterpolate([run.from.lon, run.from.lat], [run.to.lon, run.to.lat]);
      let from = a;
      for (let i = 1; i <= steps; i++) {
        const to = projection(along(i / steps)) ?? from;
        segments.push([from, to]);
        from = to;
      }
    }
  return segments;
}

function insetFor(
  map: CorridorMap,
  kinds: Kinds,
  projection: GeoProjection,
  main: MapLayer,
  width: number,
  height: number,
): CorridorInset | null {
  const crowd = crowdedPlaces(map, main);
  if (!crowd) return null;
  const w = Math.round(Math.max(240, width * 0.4));
  const h = Math.round(Math.max(190, height * 0.42));
  // Clear of the degree labels along the left and bottom edges.
  const corners: Box[] = [
    { x0: 34, y0: 10, x1: 34 + w, y1: 10 + h },
    { x0: width - 10 - w, y0: 10, x1: width - 10, y1: 10 + h },
    { x0: 34, y0: height - 28 - h, x1: 34 + w, y1: height - 28 },
    { x0: width - 10 - w, y0: height - 28 - h, x1: width - 10, y1: height - 28 },
  ];
  const segments = lineSegments(map, projection);
  const lines = segments.map(([from]) => from);
  // A corner no line runs through, if there is one; among those (or all), the one drawing least.
  const clear = clearCorners(corners, segments);
  const scored = (clear.length > 0 ? clear : corners).map((box) => ({
    box,
    marks: markCount(main, box, lines),
  }));
  const best = scored.sort((a, b) => a.marks - b.marks)[0]?.box as Box;
  const area = lonLatBox(crowd.places, 0.25, 0.25);
  // Room beside the outermost towns for their names (and ports' symbols), and above for the title.
  const inner = corridorProjection()
    .fitExtent(
      [
        [best.x0 + INSET_SIDE, best.y0 + INSET_TITLE_STRIP + INSET_PAD],
        [best.x1 - INSET_SIDE, best.y1 - INSET_PAD],
      ],
      area,
    )
    .clipExtent([
      [best.x0, best.y0],
      [best.x1, best.y1],
    ]);
  const shown = map.places.filter((p) => {
    const at = inner([p.lon, p.lat]);
    return at !== null && at[0] >= best.x0 && at[0] <= best.x1 && at[1] >= best.y0 && at[1] <= best.y1;
  });
  const bounds = { x0: best.x0 + 4, y0: best.y0 + INSET_TITLE_STRIP + 4, x1: best.x1 - 4, y1: best.y1 - 4 };
  const layer = mapLayer(map, shown, kinds, inner, bounds, 1);
  const onMain = area.coordinates.map((c): [number, number] => projection(c) ?? [0, 0]);
  const xs = onMain.map((c) => c[0]);
  const ys = onMain.map((c) => c[1]);
  return {
    ...layer,
    box: { x: best.x0, y: best.y0, width: best.x1 - best.x0, height: best.y1 - best.y0 },
    area: {
      x: Math.min(...xs),
      y: Math.min(...ys),
      width: Math.max(...xs) - Math.min(...xs),
      height: Math.max(...ys) - Math.min(...ys),
    },
    hub: { name: crowd.hub.name, en: crowd.hub.en },
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
