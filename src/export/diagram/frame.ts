// Every exported diagram in the same frame: a title, the notice's name and date under it, the
// diagram (which carries its own legend), and a source line at the foot — so a slide or a printout
// says what it shows and where it comes from without anything added by hand.
import { INK, MUTED_INK, PAPER, RULE } from '../../graph/appearance.ts';
import { fitText, textWidth } from '../../graph/scenes/text-fit.ts';
import type { Scene, SceneMark } from '../../graph/scene.ts';
import { translateMark } from '../../graph/scene-translate.ts';
import { wrapText } from './table-scene.ts';

export interface FrameText {
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
}

const MARGIN = 32;
const TITLE_SIZE = 22;
const SUBTITLE_SIZE = 13;
const SOURCE_SIZE = 11;
/** A frame is never narrower than this, so a small diagram still has room for its title. */
const MIN_WIDTH = 640;

/** An opaque, square-cornered, unstroked rectangle in the body's paper colour: what the matrices lay
 *  under their sticky heads so the scrolled cells pass beneath. Laid flat on the page they hide
 *  nothing — and on a transparent PNG they would show as white blocks — so the frame leaves them out.
 *  (The network's label bands are translucent and rounded: they stay, keeping names legible.) */
function isPaperPatch(mark: SceneMark, paper: string | undefined): boolean {
  return (
    mark.type === 'rect' &&
    !!paper &&
    mark.fill === paper &&
    !mark.stroke &&
    !mark.radius &&
    (mark.opacity ?? 1) === 1 &&
    !mark.title
  );
}

export function frameScene(body: Scene, text: FrameText): Scene {
  const titleWidth = Math.min(textWidth(text.title, TITLE_SIZE), 1400);
  const width = Math.ceil(Math.max(MIN_WIDTH, body.width + MARGIN * 2, titleWidth + MARGIN * 2));
  const inner = width - MARGIN * 2;
  const bodyTop = MARGIN + TITLE_SIZE + 10 + SUBTITLE_SIZE + 20;
  const footTop = bodyTop + body.height + 16;
  // The source line wraps rather than lose the date at its end on a narrow diagram.
  const sourceLines = text.source ? wrapText(text.source, SOURCE_SIZE, inner) : [];
  const height = Math.ceil(footTop + 10 + sourceLines.length * SOURCE_SIZE * 1.5 + MARGIN - 8);
  const dx = MARGIN + Math.max(0, (inner - body.width) / 2);
  const marks: SceneMark[] = [
    {
      type: 'text',
      x: MARGIN,
      y: MARGIN,
      text: fitText(text.title, TITLE_SIZE, inner),
      size: TITLE_SIZE,
      weight: 600,
      fill: INK,
      baseline: 'top',
      layer: 'title',
    },
    {
      type: 'text',
      x: MARGIN,
      y: MARGIN + TITLE_SIZE + 10,
      text: fitText(text.subtitle, SUBTITLE_SIZE, inner),
      size: SUBTITLE_SIZE,
      fill: MUTED_INK,
      baseline: 'top',
      layer: 'title',
    },
    ...body.marks.filter((m) => !isPaperPatch(m, body.background)).map((m) => translateMark(m, dx, bodyTop)),
    {
      type: 'path',
      d: `M ${MARGIN} ${footTop} H ${width - MARGIN}`,
      stroke: RULE,
      strokeWidth: 1,
      layer: 'source',
    },
    ...sourceLines.map((line, i): SceneMark => ({
      type: 'text',
      x: MARGIN,
      y: footTop + 10 + i * SOURCE_SIZE * 1.5,
      text: line,
      size: SOURCE_SIZE,
      fill: MUTED_INK,
      baseline: 'top',
      layer: 'source',
    })),
  ];
  // The paper is the scene's background, not a mark, and the body's own paper is left out with it:
  // a transparent PNG is transparent behind the diagram too.
  return { width, height, background: PAPER, marks };
}
