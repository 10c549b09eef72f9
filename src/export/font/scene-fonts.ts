// The fonts a set of scenes needs: one subset per weight, each holding only the characters drawn at
// that weight. The PDF embeds them, the PNG renderer draws with them, the SVG carries them inline.
import type { Scene, TextMark } from '../../graph/scene.ts';
import type { FontLoader, FontWeight } from './slices.ts';
import { subsetFont, type SubsetFont } from './subset.ts';

export const FONT_WEIGHTS: readonly FontWeight[] = [400, 600];

export type SceneFonts = Readonly<Record<FontWeight, SubsetFont>>;

/** The face a label is drawn in: Noto Sans SC comes at 400 and 600 here, so 700 is drawn at 600. */
export function fontWeightOf(mark: Pick<TextMark, 'weight'>): FontWeight {
  return (mark.weight ?? 400) >= 600 ? 600 : 400;
}

export function charactersByWeight(scenes: readonly Scene[]): Record<FontWeight, Set<string>> {
  const chars: Record<FontWeight, Set<string>> = { 400: new Set(), 600: new Set() };
  for (const scene of scenes) {
    for (const mark of scene.marks) {
      if (mark.type !== 'text') continue;
      const set = chars[fontWeightOf(mark)];
      for (const ch of mark.text) set.add(ch);
    }
  }
  return chars;
}

export async function sceneFonts(scenes: readonly Scene[], load: FontLoader): Promise<SceneFonts> {
  const chars = charactersByWeight(scenes);
  const [regular, semibold] = await Promise.all(
    FONT_WEIGHTS.map((weight) => subsetFont(chars[weight], weight, load)),
  );
  return { 400: regular as SubsetFont, 600: semibold as SubsetFont };
}
