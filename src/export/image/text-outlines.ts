// Labels as outlines: each text mark turned into one path of its glyphs, drawn from the same subset
// fonts the SVG embeds. Inkscape and rsvg ignore an SVG's @font-face and draw boxes (or nothing) for
// Chinese where no CJK font is installed; outlines look the same everywhere, at the cost of the
// text being no longer selectable or searchable — hence an option, not the default.
import fontkit from '@pdf-lib/fontkit';
import type { TextMark } from '../../graph/scene.ts';
import { baselineShift } from '../font/metrics.ts';
import { fontWeightOf, type SceneFonts } from '../font/scene-fonts.ts';

/** The outline of a text mark as path data in scene coordinates (before its rotation), or null
 *  when the mark draws nothing. */
export type TextOutliner = (mark: TextMark) => string | null;

interface PathCommand {
  readonly command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  readonly args: readonly number[];
}

const LETTERS: Record<PathCommand['command'], string> = {
  moveTo: 'M',
  lineTo: 'L',
  quadraticCurveTo: 'Q',
  bezierCurveTo: 'C',
  closePath: 'Z',
};

const num = (n: number) => String(Math.round(n * 100) / 100);

export function textOutliner(fonts: SceneFonts): TextOutliner {
  const faces = { 400: fontkit.create(fonts[400].bytes), 600: fontkit.create(fonts[600].bytes) };
  return (mark) => {
    const font = faces[fontWeightOf(mark)];
    const run = font.layout(mark.text);
    const scale = mark.size / font.unitsPerEm;
    const advance = run.positions.reduce((sum, p) => sum + p.xAdvance, 0) * scale;
    const left = mark.x - (mark.anchor === 'middle' ? advance / 2 : mark.anchor === 'end' ? advance : 0);
    const baseline = mark.y + baselineShift(mark.baseline) * mark.size;
    const parts: string[] = [];
    let pen = 0;
    run.glyphs.forEach((glyph, i) => {
      const position = run.positions[i];
      const ox = pen + (position?.xOffset ?? 0);
      const oy = position?.yOffset ?? 0;
      // Font units run upwards from the baseline; the scene's y runs down.
      const commands = (glyph.path as unknown as { commands: readonly PathCommand[] }).commands;
      for (const { command, args } of commands) {
        const points: string[] = [];
        for (let k = 0; k + 1 < args.length; k += 2) {
          const x = left + (ox + (args[k] ?? 0)) * scale;
          const y = baseline - (oy + (args[k + 1] ?? 0)) * scale;
          points.push(`${num(x)} ${num(y)}`);
        }
        parts.push(LETTERS[command] + points.join(' '));
      }
      pen += position?.xAdvance ?? glyph.advanceWidth;
    });
    return parts.length > 0 ? parts.join('') : null;
  };
}
