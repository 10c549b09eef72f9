// What the graph keeps in the address besides its settings, so a reload or a saved view shows the same
// picture: the viewport (`zoom=1.5&pan=10,20`) and the nodes the user dragged
// (`positions={"ag:自治区商务厅":[120,-40]}`). Read leniently: a malformed value is ignored.
import type { Point, Positions } from '../../graph/positions.ts';
import type { Viewport } from './viewport.ts';

/** The parameters that define which graph is drawn and how (not where the user has moved about). */
const SETTING_KEYS = [
  'graph',
  'layout',
  'colour',
  'direction',
  'fold',
  'open',
  'titles',
  'steps',
  'ego',
  'focus',
  'projects',
] as const;
const FILTER_KEYS = ['sections', 'lead', 'minload', 'kinds', 'minshared', 'dueby'] as const;

/** A stable text for the settings in `params`: equal texts, equal settings. */
export function settingsKey(params: Readonly<Record<string, string>>): string {
  return JSON.stringify([...SETTING_KEYS, ...FILTER_KEYS].map((k) => params[k] ?? null));
}

export function settingsFromKey(key: string): Record<string, string> {
  const values = JSON.parse(key) as (string | null)[];
  const params: Record<string, string> = {};
  [...SETTING_KEYS, ...FILTER_KEYS].forEach((k, i) => {
    const value = values[i];
    if (typeof value === 'string') params[k] = value;
  });
  return params;
}

export function readViewport(zoom: string | undefined, pan: string | undefined): Viewport | null {
  const z = Number(zoom);
  const [x, y] = (pan ?? '').split(',').map(Number);
  if (!(z > 0) || !Number.isFinite(x) || !Number.isFinite(y) || !pan) return null;
  return { zoom: z, pan: { x: x as number, y: y as number } };
}

export function viewportParams(viewport: Viewport): { zoom: string; pan: string } {
  return { zoom: String(viewport.zoom), pan: `${viewport.pan.x},${viewport.pan.y}` };
}

export function readDragged(text: string | undefined): Positions {
  const positions = new Map<string, Point>();
  if (!text) return positions;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return positions;
    for (const [id, value] of Object.entries(parsed)) {
      if (Array.isArray(value) && value.length === 2 && value.every((n) => Number.isFinite(n)))
        positions.set(id, { x: value[0] as number, y: value[1] as number });
    }
  } catch {
    // Not JSON: nothing was dragged, as far as this address says.
  }
  return positions;
}

export function draggedParam(positions: Positions): string | null {
  if (positions.size === 0) return null;
  const record: Record<string, [number, number]> = {};
  for (const [id, p] of positions) record[id] = [Math.round(p.x), Math.round(p.y)];
  return JSON.stringify(record);
}
