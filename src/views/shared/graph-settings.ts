// The graph view's settings as kept in the address (`#view=graph&graph=ego&ego=…&layout=circle`,
// `focus=…&steps=2`, `minshared=3`, `colour=bloc`):
// read leniently (an unknown value falls back to the default), written only when not the default.
import type { AgencyKind } from '../../notice/model.ts';
import type { ColorBy } from '../../graph/colors.ts';
import { NO_FILTER, type GraphFilter } from '../../graph/filter.ts';
import { readIsoDate } from '../../analysis/deadlines.ts';
import { LAYOUT_NAMES, type LayoutName } from '../../layout/layout-input.ts';

export type GraphMode = 'tasks' | 'coordination' | 'ego';
export type FoldSetting = 'auto' | 'on' | 'off';

export interface GraphSettings {
  readonly mode: GraphMode;
  readonly layout: LayoutName;
  readonly colorBy: ColorBy;
  /** Coordination links drawn lead → partner. */
  readonly direction: boolean;
  readonly fold: FoldSetting;
  /** Folded nodes the user opened (`open=sec-3,bloc:2`): a section showing its tasks, a bloc its agencies. */
  readonly open: ReadonlySet<string>;
  /** Task nodes show their titles, not just their numbers. */
  readonly taskTitles: boolean;
  /** How far the ego view and the focus reach, in agencies. */
  readonly steps: 1 | 2;
  /** The ego view's agency. */
  readonly ego: string | null;
  /** The agency the network is focused on: only its neighbourhood is shown (not in the ego view). */
  readonly focus: string | null;
  /** The project layer: projects linked to the agencies that answer for them. */
  readonly projects: boolean;
  readonly filter: GraphFilter;
}

export const GRAPH_MODES: readonly GraphMode[] = ['tasks', 'coordination', 'ego'];
const KINDS: readonly AgencyKind[] = ['regional', 'central', 'enterprise', 'generic'];

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function numberSet(value: string | undefined): ReadonlySet<number> | null {
  if (!value) return null;
  const numbers = value
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  return numbers.length > 0 ? new Set(numbers) : null;
}

function kindSet(value: string | undefined): ReadonlySet<AgencyKind> | null {
  if (!value) return null;
  const kinds = value.split(',').filter((k): k is AgencyKind => KINDS.includes(k as AgencyKind));
  return kinds.length > 0 ? new Set(kinds) : null;
}

export function readGraphSettings(params: Readonly<Record<string, string>>): GraphSettings {
  const minLoad = Number(params.minload);
  const minShared = Number(params.minshared);
  return {
    mode: oneOf(params.graph, GRAPH_MODES, 'tasks'),
    layout: oneOf(params.layout, LAYOUT_NAMES, 'fcose'),
    colorBy: oneOf(params.colour, ['kind', 'section', 'bloc', 'notice'] as const, 'kind'),
    direction: params.direction !== 'off',
    fold: oneOf(params.fold, ['auto', 'on', 'off'] as const, 'auto'),
    open: new Set((params.open ?? '').split(',').filter((id) => id.length > 0)),
    taskTitles: params.titles === 'on',
    steps: params.steps === '2' ? 2 : 1,
    ego: params.ego || null,
    focus: params.focus || null,
    projects: params.projects === 'on',
    filter: {
      sections: numberSet(params.sections),
      leadOnly: params.lead === 'only',
      minLoad: Number.isFinite(minLoad) && minLoad > 0 ? minLoad : NO_FILTER.minLoad,
      kinds: kindSet(params.kinds),
      minShared: Number.isInteger(minShared) && minShared > 1 ? minShared : NO_FILTER.minShared,
      dueBy: readIsoDate(params.dueby),
    },
  };
}

/** The address parameter for the folded nodes opened, null when none is. */
export function openParam(open: ReadonlySet<string>): string | null {
  return open.size > 0 ? [...open].sort().join(',') : null;
}

/** The address parameters for a filter, null where the filter is off. */
export function filterParams(filter: GraphFilter): Record<string, string | null> {
  return {
    sections: filter.sections ? [...filter.sections].sort((a, b) => a - b).join(',') : null,
    lead: filter.leadOnly ? 'only' : null,
    minload: filter.minLoad > 0 ? String(filter.minLoad) : null,
    kinds: filter.kinds ? KINDS.filter((k) => filter.kinds?.has(k)).join(',') : null,
    minshared: filter.minShared > 1 ? String(filter.minShared) : null,
    dueby: filter.dueBy,
  };
}
