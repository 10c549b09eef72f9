// The briefing pack's findings page: each finding a row — its figure large on the left with a few
// words saying what it counts, the sentence beside it — and how the load is counted under them. The
// same findings as the PowerPoint deck's, from the same rules (src/export/briefing/findings.ts).
import { INK, MUTED_INK, ROLE_APPEARANCE, RULE } from '../../graph/appearance.ts';
import type { Scene, SceneMark } from '../../graph/scene.ts';
import type { NoticeModel } from '../../notice/model.ts';
import {
  briefingFindings,
  findingCaption,
  findingFigure,
  findingText,
  FINDINGS_NOTE,
  NO_FINDINGS,
} from '../briefing/findings.ts';
import type { LabelLang } from '../diagram/diagram.ts';
import { wrapText } from '../diagram/table-scene.ts';

/** The body's width: the table pages' width, so every landscape page of the pack has one scale. */
export const PAGE_BODY_WIDTH = 1012;
const FIGURE_WIDTH = 180;
const GAP = 24;
const CAPTION_SIZE = 11.5;
const NOTE_SIZE = 11.5;
/** Row padding above and below a finding. */
const PAD = 9;

/** The figure is drawn half again as large as the sentence beside it. */
const figureSize = (size: number) => Math.round(size * 1.5);

/** One finding's row: the sentence wraps to the text column, the figure block sets a minimum. */
function rowHeight(lines: number, size: number): number {
  const figure = figureSize(size) * 1.2 + 4 + CAPTION_SIZE * 1.4;
  return Math.max(figure, lines * size * 1.45) + PAD * 2;
}

/** The findings of a notice (agency names as `model` gives them: pass English names for English) as
 *  the body of a page at most `height` tall; the type shrinks a step at a time until they fit. */
export function findingsBody(model: NoticeModel, lang: LabelLang, height: number): Scene {
  const findings = briefingFindings(model);
  const textWidth = PAGE_BODY_WIDTH - FIGURE_WIDTH - GAP;
  const note = wrapText(FINDINGS_NOTE[lang], NOTE_SIZE, PAGE_BODY_WIDTH);
  const noteHeight = note.length * NOTE_SIZE * 1.5 + 14;
  let size = 22;
  let sentences: string[][] = [];
  for (; size >= 12; size -= 0.5) {
    sentences = findings.map((f) => wrapText(findingText(f, lang), size, textWidth));
    const total = sentences.reduce((sum, lines) => sum + rowHeight(lines.length, size), 0);
    if (total + noteHeight <= height) break;
  }
  size = Math.max(size, 12);
  const marks: SceneMark[] = [];
  let y = 0;
  if (findings.length === 0) {
    for (const line of wrapText(NO_FINDINGS[lang], 18, PAGE_BODY_WIDTH)) {
      marks.push({ type: 'text', x: 0, y, text: line, size: 18, fill: INK, baseline: 'top' });
      y += 18 * 1.45;
    }
    y += PAD;
  }
  findings.forEach((finding, i) => {
    const lines = sentences[i] ?? [];
    const row = rowHeight(lines.length, size);
    const figureTop = y + PAD;
    marks.push({
      type: 'text',
      x: 0,
      y: figureTop,
      text: findingFigure(finding),
      size: figureSize(size),
      weight: 600,
      // The one figure a director should act on stands out in the lead colour.
      fill: finding.kind === 'far-above' ? ROLE_APPEARANCE.lead.color : ROLE_APPEARANCE.cooperate.color,
      baseline: 'top',
    });
    marks.push({
      type: 'text',
      x: 0,
      y: figureTop + figureSize(size) * 1.2 + 4,
      text: findingCaption(finding, lang),
      size: CAPTION_SIZE,
      fill: MUTED_INK,
      baseline: 'top',
    });
    // The sentence sits in the middle of its row, beside the figure.
    const textTop = y + (row - lines.length * size * 1.45) / 2;
    lines.forEach((line, k) =>
      marks.push({
        type: 'text',
        x: FIGURE_WIDTH + GAP,
        y: textTop + k * size * 1.45,
        text: line,
        size,
        fill: INK,
        baseline: 'top',
      }),
    );
    y += row;
    marks.push({ type: 'path', d: `M 0 ${y} H ${PAGE_BODY_WIDTH}`, stroke: RULE, strokeWidth: 0.8 });
  });
  y += 14;
  note.forEach((line, k) =>
    marks.push({
      type: 'text',
      x: 0,
      y: y + k * NOTE_SIZE * 1.5,
      text: line,
      size: NOTE_SIZE,
      fill: MUTED_INK,
      baseline: 'top',
    }),
  );
  y += note.length * NOTE_SIZE * 1.5;
  return { width: PAGE_BODY_WIDTH, height: Math.ceil(y), background: '#ffffff', marks };
}
