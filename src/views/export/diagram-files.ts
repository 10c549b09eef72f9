// The diagram files: the framed scene from the core, written as SVG (font subset embedded), PNG
// (that SVG drawn on a canvas at the chosen scale) or PDF (vector, font subset embedded). The PDF
// writer and the font arrive by import() on the first download that needs them.
import { diagramScene, diagramTitle } from '../../export/diagram/diagram.ts';
import { fontFaceCss } from '../../export/font/font-face.ts';
import { sceneToSvg } from '../../export/image/svg.ts';
import { sceneCharacters, type Scene } from '../../graph/scene.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { pageOrientation, type DiagramForm, type LabelLang } from './diagram-form.ts';
import { diagramOptions } from './diagram-request.ts';
import { downloadBlob } from '../shared/download.ts';
import type { Messages } from '../i18n/messages.ts';
import type { DiagramScreen } from './export-screen.ts';
import { exportFonts } from './export-font.ts';
import { exportFileName } from './file-names.ts';
import { svgToPng } from './svg-to-png.ts';

/** The title a diagram gets until the user types one: the core's, in the chosen language. */
export function defaultDiagramTitle(model: NoticeModel, screen: DiagramScreen, lang: LabelLang): string {
  return diagramTitle(model, screen.view, lang, screen.view === 'graph' ? screen.settings : undefined);
}

export function buildDiagramScene(
  model: NoticeModel,
  screen: DiagramScreen,
  form: DiagramForm,
  fallbackTitle: string,
): Scene {
  return diagramScene(model, diagramOptions(screen, form, fallbackTitle));
}

/** An SVG whose labels are outlines: the subset fonts are made as for the PDF, then drawn as paths. */
async function svgWithOutlines(scene: Scene, title: string): Promise<string> {
  const [{ sceneFonts }, { textOutliner }] = await Promise.all([
    import('../../export/font/scene-fonts.ts'),
    import('../../export/image/text-outlines.ts'),
  ]);
  return sceneToSvg(scene, { title, outline: textOutliner(await sceneFonts([scene], exportFonts)) });
}

async function svgWithFont(scene: Scene, title: string): Promise<string> {
  const css = await fontFaceCss(sceneCharacters(scene), exportFonts);
  return sceneToSvg(scene, { title, fontFaceCss: css });
}

async function diagramBlob(
  model: NoticeModel,
  scene: Scene,
  form: DiagramForm,
  title: string,
  subject: string,
): Promise<Blob> {
  if (form.format === 'svg') {
    const svg = form.outlineText ? await svgWithOutlines(scene, title) : await svgWithFont(scene, title);
    return new Blob([svg], { type: 'image/svg+xml' });
  }
  if (form.format === 'png') {
    // Transparent: the scene's paper is left out, the marks drawn on nothing.
    const drawn = form.background === 'transparent' ? { ...scene, background: undefined } : scene;
    const svg = await svgWithFont(drawn, title);
    const { blob } = await svgToPng(svg, scene.width, scene.height, form);
    return blob;
  }
  const [{ scenesToPdf }, { pdfInfo }] = await Promise.all([
    import('../../export/pdf/pdf.ts'),
    import('../../export/pdf/pdf-info.ts'),
  ]);
  const bytes = await scenesToPdf([scene], {
    paper: form.paper,
    orientation: pageOrientation(form, scene),
    fonts: exportFonts,
    info: pdfInfo(model, title, subject, form.lang),
  });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}

/** Makes the file and hands it to the browser; resolves to what to tell the user, in the interface's
 *  language (`m`), whatever language the diagram's labels are in. */
export async function saveDiagram(
  model: NoticeModel,
  scene: Scene,
  form: DiagramForm,
  title: string,
  what: string,
  /** What the diagram shows (the view's name), for a PDF's subject. */
  subject: string,
  m: Messages,
): Promise<string> {
  const blob = await diagramBlob(model, scene, form, title, subject);
  const name = exportFileName(model.notice, what, form.format, new Date(), form.lang);
  downloadBlob(blob, name);
  return m.export.saved(name, m.export.size(blob.size));
}
