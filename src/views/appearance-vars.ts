// Hands the shared appearance (src/graph/appearance.ts) to the style sheets as CSS custom properties,
// so chips, marks and the future graph and matrix views all draw roles in the same colours.
import { FONT_FAMILY, INK, MUTED_INK, PAPER, ROLE_APPEARANCE, RULE } from '../graph/appearance.ts';

export function appearanceVariables(): Record<string, string> {
  return {
    '--font-sans': FONT_FAMILY,
    '--ink': INK,
    '--ink-muted': MUTED_INK,
    '--rule-strong': RULE,
    '--paper': PAPER,
    '--lead': ROLE_APPEARANCE.lead.color,
    '--cooperate': ROLE_APPEARANCE.cooperate.color,
    '--responsible': ROLE_APPEARANCE.responsible.color,
  };
}

export function applyAppearance(root: HTMLElement): void {
  for (const [name, value] of Object.entries(appearanceVariables())) root.style.setProperty(name, value);
}
