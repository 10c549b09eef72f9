// Colours of graph nodes, from the shared appearance: an agency by its kind, by the section it works
// in most or by its coordination bloc; tasks and sections by their section. Tints are mixed here.
import type { AgencyId, NoticeModel } from '../notice/model.ts';
import { AGENCY_KIND_APPEARANCE, sectionColor } from './appearance.ts';
import { blocColor, NO_BLOC_COLOR } from './bloc-colouring.ts';
import type { GraphNode } from './network.ts';

export type ColorBy = 'kind' | 'section' | 'bloc' | 'notice';

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** `hex` moved towards white by `t` (0–1): the pale fills of section boxes. */
export function tint(hex: string, t: number): string {
  return toHex(channels(hex).map((c) => c + (255 - c) * t));
}

/** `hex` moved towards black by `t` (0–1): section colours dark enough to be read as text. */
export function shade(hex: string, t: number): string {
  return toHex(channels(hex).map((c) => c * (1 - t)));
}

/** The section each agency has most items in (ties: the earlier section), for colouring by section.
 *  An agency spans sections; its main one tells where its work lies. */
export function dominantSections(model: NoticeModel): Map<AgencyId, number> {
  const ordinal = new Map(model.sections.map((s) => [s.id, s.ordinal]));
  const counts = new Map<AgencyId, Map<number, number>>();
  for (const item of model.items) {
    const section = item.sectionId ? ordinal.get(item.sectionId) : undefined;
    if (section === undefined) continue;
    for (const id of new Set([...item.leads, ...item.cooperators, ...item.responsible])) {
      const byAgency = counts.get(id) ?? new Map<number, number>();
      byAgency.set(section, (byAgency.get(section) ?? 0) + 1);
      counts.set(id, byAgency);
    }
  }
  const result = new Map<AgencyId, number>();
  for (const [id, bySection] of counts) {
    let best: [number, number] | null = null;
    for (const [section, n] of bySection)
      if (!best || n > best[1] || (n === best[1] && section < best[0])) best = [section, n];
    if (best) result.set(id, best[0]);
  }
  return result;
}

/** Neutral grey for an agency with no section to go by (named only outside sections). */
const NO_SECTION = AGENCY_KIND_APPEARANCE.generic.color;

export function agencyColor(
  node: GraphNode,
  colorBy: ColorBy,
  agencySection: ReadonlyMap<string, number>,
  agencyBloc: ReadonlyMap<string, number> = new Map(),
  agencyNotice: ReadonlyMap<string, string> = new Map(),
): string {
  if (colorBy === 'kind') return AGENCY_KIND_APPEARANCE[node.agencyKind ?? 'regional'].color;
  // By notice (several in view): the notice that names it, or the bridge colour (notice-letters.ts).
  if (colorBy === 'notice') return agencyNotice.get(node.id) ?? NO_SECTION;
  if (colorBy === 'bloc') {
    const bloc = agencyBloc.get(node.id);
    return bloc === undefined ? NO_BLOC_COLOR : blocColor(bloc);
  }
  const section = agencySection.get(node.id);
  return section === undefined ? NO_SECTION : sectionColor(section);
}
