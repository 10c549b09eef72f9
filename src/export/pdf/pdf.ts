// Scenes as a vector PDF: one page per scene, scaled to fit A4 or A3 in either orientation, every
// label real text in Noto Sans SC — only the slices the labels need, each embedded as a subset — so
// it prints crisply and `pdftotext` reads the Chinese back.
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Scene, SceneMark, TextMark } from '../../graph/scene.ts';
import type { FontLoader, FontWeight } from '../font/slices.ts';
import { woffToSfnt } from '../font/woff.ts';
import { pdfColor } from './color.ts';
import { arrowLength, pathEnd } from './path-end.ts';
import { textRuns } from './text-runs.ts';

export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

export interface PdfOptions {
  readonly paper: Paper;
  readonly orientation: Orientation;
  readonly fonts: FontLoader;
  /** The document's title in its properties. */
  readonly title?: string;
}

/** Paper sizes in points, portrait. */
const PAPER: Record<Paper, readonly [number, number]> = { A4: [595.28, 841.89], A3: [841.89, 1190.55] };
const PAGE_MARGIN = 28;
/** Noto Sans SC's ascent and descent as shares of the em, for placing text by its top, middle or bottom. */
const ASCENT = 0.88;
const DESCENT = 0.12;

/** Where a scene lands on a page: scene point (x, y) → PDF point. */
interface Placement {
  readonly scale: number;
  readonly left: number;
  readonly top: number;
  readonly pageHeight: number;
}

const px = (p: Placement, x: number) => p.left + x * p.scale;
const py = (p: Placement, y: number) => p.pageHeight - (p.top + y * p.scale);

class FontBox {
  private readonly fonts = new Map<string, Promise<PDFFont>>();
  constructor(
    private readonly doc: PDFDocument,
    private readonly load: FontLoader,
  ) {}

  font(slice: string, weight: FontWeight): Promise<PDFFont> {
    const key = `${slice}/${weight}`;
    let font = this.fonts.get(key);
    if (!font) {
      // fontkit subsets TrueType, not WOFF: unwrap the slice first.
      font = this.load(slice, weight).then((bytes) =>
        this.doc.embedFont(woffToSfnt(bytes), { subset: true }),
      );
      this.fonts.set(key, font);
    }
    return font;
  }
}

function strokeOptions(mark: Exclude<SceneMark, TextMark>, p: Placement) {
  const stroke = pdfColor(mark.stroke);
  const fill = pdfColor(mark.fill);
  const opacity = mark.opacity ?? 1;
  return {
    ...(fill ? { color: fill.color, opacity: fill.alpha * opacity } : {}),
    ...(stroke
      ? {
          borderColor: stroke.color,
          borderOpacity: stroke.alpha * opacity,
          borderWidth: (mark.strokeWidth ?? 1) * p.scale,
          ...(mark.dash?.length ? { borderDashArray: mark.dash.map((d) => d * p.scale) } : {}),
        }
      : { borderWidth: 0 }),
  };
}

function roundedRect(x: number, y: number, w: number, h: number, r: number): string {
  const k = Math.min(r, w / 2, h / 2);
  return `M ${x + k} ${y} H ${x + w - k} Q ${x + w} ${y} ${x + w} ${y + k} V ${y + h - k} Q ${x + w} ${y + h} ${x + w - k} ${y + h} H ${x + k} Q ${x} ${y + h} ${x} ${y + h - k} V ${y + k} Q ${x} ${y} ${x + k} ${y} Z`;
}

function drawShape(page: PDFPage, mark: Exclude<SceneMark, TextMark>, p: Placement): void {
  const style = strokeOptions(mark, p);
  const svgAt = { x: p.left, y: p.pageHeight - p.top, scale: p.scale };
  switch (mark.type) {
    case 'rect':
      if (mark.radius) {
        page.drawSvgPath(roundedRect(mark.x, mark.y, mark.width, mark.height, mark.radius), {
          ...svgAt,
          ...style,
        });
      } else {
        page.drawRectangle({
          x: px(p, mark.x),
          y: py(p, mark.y + mark.height),
          width: mark.width * p.scale,
          height: mark.height * p.scale,
          ...style,
        });
      }
      return;
    case 'circle':
      page.drawCircle({ x: px(p, mark.cx), y: py(p, mark.cy), size: mark.r * p.scale, ...style });
      return;
    case 'path': {
      page.drawSvgPath(mark.d, { ...svgAt, ...style, borderLineCap: 1 });
      const end = mark.arrow ? pathEnd(mark.d) : null;
      const stroke = pdfColor(mark.stroke);
      if (end && stroke) {
        const length = arrowLength(mark.strokeWidth ?? 1);
        const half = length * 0.45;
        const bx = end.x - end.dx * length;
        const by = end.y - end.dy * length;
        const head = `M ${end.x} ${end.y} L ${bx - end.dy * half} ${by + end.dx * half} L ${bx + end.dy * half} ${by - end.dx * half} Z`;
        page.drawSvgPath(head, {
          ...svgAt,
          color: stroke.color,
          opacity: stroke.alpha * (mark.opacity ?? 1),
          borderWidth: 0,
        });
      }
      return;
    }
  }
}

/** How far below `y` the baseline sits for the mark's vertical alignment, in ems. */
function baselineShift(mark: TextMark): number {
  switch (mark.baseline) {
    case 'top':
      return ASCENT;
    case 'middle':
      return (ASCENT - DESCENT) / 2;
    case 'bottom':
      return -DESCENT;
    default:
      return 0;
  }
}

async function drawText(page: PDFPage, mark: TextMark, p: Placement, fonts: FontBox): Promise<void> {
  const weight: FontWeight = (mark.weight ?? 400) >= 600 ? 600 : 400;
  const size = mark.size * p.scale;
  const runs = await Promise.all(
    textRuns(mark.text).map(async (run) => {
      const font = await fonts.font(run.slice, weight);
      return { ...run, font, width: font.widthOfTextAtSize(run.text, size) };
    }),
  );
  const total = runs.reduce((sum, r) => sum + r.width, 0);
  const along = mark.anchor === 'middle' ? -total / 2 : mark.anchor === 'end' ? -total : 0;
  const down = baselineShift(mark) * size;
  // PDF space: y up. A scene rotation is clockwise on screen, so counter-clockwise here.
  const angle = (-(mark.rotate ?? 0) * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const originX = px(p, mark.x);
  const originY = py(p, mark.y);
  const color = pdfColor(mark.fill ?? '#1f2933');
  let offset = along;
  for (const run of runs) {
    // (offset, -down) in the text's own frame, turned by the angle.
    page.drawText(run.text, {
      x: originX + offset * cos + down * sin,
      y: originY + offset * sin - down * cos,
      size,
      font: run.font,
      ...(color ? { color: color.color, opacity: color.alpha } : {}),
      ...(mark.rotate ? { rotate: degrees(-(mark.rotate ?? 0)) } : {}),
    });
    offset += run.width;
  }
}

function placement(scene: Scene, pageWidth: number, pageHeight: number): Placement {
  const width = pageWidth - PAGE_MARGIN * 2;
  const height = pageHeight - PAGE_MARGIN * 2;
  const scale = Math.min(width / Math.max(scene.width, 1), height / Math.max(scene.height, 1));
  return {
    scale,
    left: PAGE_MARGIN + (width - scene.width * scale) / 2,
    top: PAGE_MARGIN + (height - scene.height * scale) / 2,
    pageHeight,
  };
}

export async function drawScene(
  doc: PDFDocument,
  scene: Scene,
  options: PdfOptions,
  fonts: FontBox,
): Promise<void> {
  const [short, long] = PAPER[options.paper];
  const [w, h] = options.orientation === 'landscape' ? [long, short] : [short, long];
  const page = doc.addPage([w, h]);
  const p = placement(scene, w, h);
  const background = pdfColor(scene.background);
  if (background) {
    page.drawRectangle({
      x: p.left,
      y: py(p, scene.height),
      width: scene.width * p.scale,
      height: scene.height * p.scale,
      color: background.color,
    });
  }
  for (const mark of scene.marks) {
    if (mark.type === 'text') await drawText(page, mark, p, fonts);
    else drawShape(page, mark, p);
  }
}

export async function newPdf(
  options: Pick<PdfOptions, 'fonts' | 'title'>,
): Promise<{ doc: PDFDocument; fonts: FontBox }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setCreator('Fengong Atlas (分工图谱)');
  doc.setProducer('Fengong Atlas with pdf-lib');
  if (options.title) doc.setTitle(options.title, { showInWindowTitleBar: true });
  return { doc, fonts: new FontBox(doc, options.fonts) };
}

export async function scenesToPdf(scenes: readonly Scene[], options: PdfOptions): Promise<Uint8Array> {
  const { doc, fonts } = await newPdf(options);
  for (const scene of scenes) await drawScene(doc, scene, options, fonts);
  return doc.save();
}

export type { FontBox };
