// Cytoscape draws labels on a canvas, which uses a web font only once it is loaded and never redraws
// when one arrives later. The bundled Noto Sans SC comes in unicode-range slices loaded on demand, so
// the slices holding the labels' characters are loaded before the graph is first drawn.
import { FONT_FAMILY } from '../../graph/appearance.ts';
import type { GraphLook } from '../../graph/look.ts';

const loaded = new Set<string>();

export async function loadLabelFonts(look: GraphLook): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const chars = new Set<string>();
  for (const node of look.nodes.values()) for (const ch of node.label) if (!loaded.has(ch)) chars.add(ch);
  chars.delete('\n');
  if (chars.size === 0) return;
  const text = [...chars].join('');
  try {
    await Promise.all([
      document.fonts.load(`400 12px ${FONT_FAMILY}`, text),
      document.fonts.load(`600 12px ${FONT_FAMILY}`, text),
    ]);
    chars.forEach((ch) => loaded.add(ch));
  } catch {
    // A font that fails to load leaves the system's; the graph is still drawn.
  }
}
