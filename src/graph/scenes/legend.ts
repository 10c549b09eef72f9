// Legends drawn as scene marks, so the key travels with the picture into SVG and PDF exports.
import { INK, MUTED_INK, ROLE_APPEARANCE } from '../appearance.ts';
import type { Role } from '../../notice/model.ts';
import type { SceneMark } from '../scene.ts';
import { roleMark } from './role-mark.ts';
import { say, type SceneLang, type Wording } from './scene-lang.ts';
import { textWidth } from './text-fit.ts';

export const LEGEND_TEXT = 13;
const LINE = 22;
const MARK = 12;

export interface LegendBlock {
  readonly marks: SceneMark[];
  readonly width: number;
  readonly height: number;
}

export interface LegendEntry {
  /** Draws the entry's key centred on (cx, cy). */
  readonly key: (cx: number, cy: number) => SceneMark[];
  readonly label: string;
}

const ROLE_WORDS: Record<Role, Wording<string>> = {
  lead: { screen: ROLE_APPEARANCE.lead.label.en, en: 'Leads', zh: ROLE_APPEARANCE.lead.label.zh },
  cooperate: {
    screen: ROLE_APPEARANCE.cooperate.label.en,
    en: 'Cooperates',
    zh: ROLE_APPEARANCE.cooperate.label.zh,
  },
  responsible: {
    screen: ROLE_APPEARANCE.responsible.label.en,
    en: 'Responsible',
    zh: ROLE_APPEARANCE.responsible.label.zh,
  },
};

/** A role's name in a key: `Leads (牵头)` on screen, `Leads` or `牵头` in an export. */
export function roleName(role: Role, lang?: SceneLang): string {
  return say(lang, ROLE_WORDS[role]);
}

export function roleEntries(roles: readonly Role[], lang?: SceneLang): LegendEntry[] {
  return roles.map((role) => ({
    key: (cx, cy) => [roleMark(role, cx, cy, MARK)],
    label: roleName(role, lang),
  }));
}

/** A titled list of entries, one a line, from (x, y) down. */
export function legendBlock(
  x: number,
  y: number,
  title: string | null,
  entries: readonly LegendEntry[],
): LegendBlock {
  const marks: SceneMark[] = [];
  let top = y;
  let width = 0;
  if (title) {
    marks.push({
      type: 'text',
      x,
      y: top,
      text: title,
      size: 12,
      fill: MUTED_INK,
      baseline: 'top',
      weight: 600,
    });
    width = textWidth(title, 12);
    top += 20;
  }
  for (const entry of entries) {
    const cy = top + LINE / 2;
    marks.push(...entry.key(x + MARK / 2 + 1, cy));
    marks.push({
      type: 'text',
      x: x + MARK + 8,
      y: cy,
      text: entry.label,
      size: LEGEND_TEXT,
      fill: INK,
      baseline: 'middle',
    });
    width = Math.max(width, MARK + 8 + textWidth(entry.label, LEGEND_TEXT));
    top += LINE;
  }
  return { marks, width, height: top - y };
}
