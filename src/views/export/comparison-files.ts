// The comparison as a diagram file, from the Compare view or the export dialog: the framed scene the
// command line writes (`npm run compare -- A B --format svg|png|pdf`), with the network's positions from
// the screen, written as the other diagrams are — SVG with its font subset, PNG drawn from that SVG at
// twice the size, PDF with embedded fonts (its writer loaded on the first PDF).
import type { NoticeComparison } from '../../compare/compare-notices.ts';
import { comparisonDiagram, comparisonTitle } from '../../export/diagram/comparison-diagram.ts';
import { fontFaceCss } from '../../export/font/font-face.ts';
import { sceneToSvg } from '../../export/image/svg.ts';
import { sceneCharacters, type Scene } from '../../graph/scene.ts';
import type { Positions } from '../../graph/positions.ts';
import { exportFonts } from './export-font.ts';
import { svgToPng } from './svg-to-png.ts';
import { downloadBlob } from '../shared/download.ts';

export type ComparisonFormat = 'svg' | 'png' | 'pdf';
export const COMPARISON_FORMATS: readonly ComparisonFormat[] = ['svg', 'png', 'pdf'];

export interface ComparisonFileRequest {
  readonly format: ComparisonFormat;
  readonly lang: 'zh' | 'en';
  readonly labelA: string;
  readonly labelB: string;
  readonly positions: Positions;
  /** The title the user typed; the default names both notices. */
  readonly title?: string | undefined;
}

async function svgText(scene: Scene, title: string): Promise<string> {
  const css = await fontFaceCss(sceneCharacters(scene), exportFonts);
  return sceneToSvg(scene, { title, fontFaceCss: css });
}

async function fileBlob(scene: Scene, request: ComparisonFileRequest, title: string, issuer: string | null) {
  if (request.format === 'svg') return new Blob([await svgText(scene, title)], { type: 'image/svg+xml' });
  if (request.format === 'png')
    return (
      await svgToPng(await svgText(scene, title), scene.width, scene.height, {
        scale: 2,
        background: 'white',
      })
    ).blob;
  const { scenesToPdf } = await import('../../export/pdf/pdf.ts');
  const bytes = await scenesToPdf([scene], {
    paper: 'A4',
    orientation: scene.width >= scene.height ? 'landscape' : 'portrait',
    fonts: exportFonts,
    info: {
      title,
      author: issuer,
      subject: request.lang === 'zh' ? '两份通知比较' : 'Two notices compared',
      lang: request.lang,
    },
  });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}

/** A file name from the two labels, without characters file systems refuse. */
export function comparisonFileName(labelA: string, labelB: string, format: ComparisonFormat): string {
  const clean = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 30);
  return `compare-${clean(labelA)}-${clean(labelB)}.${format}`;
}

/** Makes the file and hands it to the browser; resolves to its name. */
export async function saveComparisonDiagram(
  comparison: NoticeComparison,
  request: ComparisonFileRequest,
): Promise<string> {
  const { lang, labelA, labelB, positions } = request;
  const title = request.title?.trim() || comparisonTitle({ lang, labelA, labelB });
  const scene = comparisonDiagram(comparison, { lang, labelA, labelB, positions, title });
  const blob = await fileBlob(scene, request, title, comparison.b.issuer);
  const name = comparisonFileName(labelA, labelB, request.format);
  downloadBlob(blob, name);
  return name;
}
