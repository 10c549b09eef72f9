// Scenes as a vector PDF: one page per scene, scaled to fit A4 or A3 in either orientation, every
// label real text in Noto Sans SC — embedded as a subset of just the glyphs the labels use, one font
// per weight — so it prints crisply anywhere and `pdftotext` reads the Chinese back.
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Scene, SceneMark, TextMark } from '../../graph/scene.ts';
import { baselineShift } from '../font/metrics.ts';
import { fontWeightOf, sceneFonts, type SceneFonts } from '../font/scene-fonts.ts';
import type { FontLoader, FontWeight } from '../font/slices.ts';
import { pdfColor } from './color.ts';
import { PDF_CREATOR, PDF_LANGUAGE, type PdfInfo } from './pdf-info.ts';
import { arrowLength, pathEnd } from './path-end.ts';

export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

export interface PdfOptions {
  readonly paper: Paper;
  readonly orientation: Orientation;
  readonly fonts: FontLoader;
  /** The document's properties: title, author, subject and language. */
  readonly info: PdfInfo;
}

/** Paper sizes in points, portrait. */
const PAPER: Record<Paper, readonly [number, number]> = { A4: [595.28, 841.89], A3: [841.89, 1190.55] };
const PAGE_MARGIN = 28;

/** Where a scene lands on a page: scene point (x, y) → PDF point. */
interface Placement {
  readonly scale: number;
  readonly left: number;
  readonly top: number;
  readonly pageHeight: number;
}

const px = (p: Placement, x: number) => p.left + x * p.scale;
const py = (p: Placement, y: number) => p.pageHeight - (p.top + y * p.scale);

/** The document's two fonts, embedded when first drawn with. Each is already a subset holding the
 *  glyphs of every label in the document, named with a subset tag (`ABCDEF+NotoSansSC-Regular`). */
class FontBox {
  private readonly embedded = new Map<FontWeight, Promise<PDFFont>>();
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: SceneFonts,
  ) {}

  font(weight: FontWeight): Promise<PDFFont> {
    let font = this.embedded.get(weight);
    if (!font) {
      const { bytes, subsetName } = this.fonts[weight];
      font = this.doc.embedFont(bytes, { subset: false, customName: subsetName });
      this.embedded.set(weight, font);
    }
    return font;
  }

  /** The text with characters the font lacks shown as spaces, rather than failing the page. */
  shown(text: string, weight: FontWeight): string {
    const chars = this.fonts[weight].chars;
    let out = '';
    for (const ch of text) out += chars.has(ch) ? ch : ' ';
    return out;
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

async function drawText(page: PDFPage, mark: TextMark, p: Placement, fonts: FontBox): Promise<void> {
  const weight = fontWeightOf(mark);
  const size = mark.size * p.scale;
  const text = fonts.shown(mark.text, weight);
  if (!text.trim()) return;
  const font = await fonts.font(weight);
  const width = font.widthOfTextAtSize(text, size);
  const along = mark.anchor === 'middle' ? -width / 2 : mark.anchor === 'end' ? -width : 0;
  const down = baselineShift(mark.baseline) * size;
  // PDF space: y up. A scene rotation is clockwise on screen, so counter-clockwise here.
  const angle = (-(mark.rotate ?? 0) * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const color = pdfColor(mark.fill ?? '#1f2933');
  // (along, -down) in the text's own frame, turned by the angle.
  page.drawText(text, {
    x: px(p, mark.x) + along * cos + down * sin,
    y: py(p, mark.y) + along * sin - down * cos,
    size,
    font,
    ...(color ? { color: color.color, opacity: color.alpha } : {}),
    ...(mark.rotate ? { rotate: degrees(-(mark.rotate ?? 0)) } : {}),
  });
}

function placement(scene: Scene, pageWidth: number, pageHeight: number): Placement {
  const width = pageWidth - PAGE_MARGIN * 2;
  const height = pageHeight - PAGE_MARGIN * 2;
  const scale = Math.min(width / Math.max(scene.width, 1), height / Math.max(scene.height, 1));
  return {
    scale,
    left: PAGE_MARGIN + (width - scene.width * scale) / 2,
    // From the top, as a document reads: a short last page of a table starts where the others do.
    top: PAGE_MARGIN,
    pageHeight,
  };
}

export async function drawScene(
  doc: PDFDocument,
  scene: Scene,
  options: Pick<PdfOptions, 'paper' | 'orientation'>,
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

/** A document ready for the scenes: its fonts are cut to the characters all of them draw. */
export async function newPdf(
  options: Pick<PdfOptions, 'fonts' | 'info'>,
  scenes: readonly Scene[],
): Promise<{ doc: PDFDocument; fonts: FontBox }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const { info } = options;
  doc.setCreator(PDF_CREATOR);
  doc.setProducer('Fengong Atlas with pdf-lib');
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setLanguage(PDF_LANGUAGE[info.lang]);
  return { doc, fonts: new FontBox(doc, await sceneFonts(scenes, options.fonts)) };
}

export async function scenesToPdf(scenes: readonly Scene[], options: PdfOptions): Promise<Uint8Array> {
  const { doc, fonts } = await newPdf(options, scenes);
  for (const scene of scenes) await drawScene(doc, scene, options, fonts);
  return doc.save();
}

export type { FontBox };
