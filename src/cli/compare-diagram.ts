// The comparison as a diagram file for `npm run compare -- A B --format svg|png|pdf`: the change
// network laid out by the same seeded fcose as the app, the framed scene written as the export
// command writes any diagram (SVG with its font subset, PNG by resvg, PDF with embedded fonts).
import { changeNetwork, changeNetworkJob } from '../compare/change-network.ts';
import type { NoticeComparison } from '../compare/compare-notices.ts';
import { comparisonDiagram, comparisonTitle } from '../export/diagram/comparison-diagram.ts';
import { sceneFontFaceCss } from '../export/font/font-face.ts';
import { nodeFontLoader } from '../export/font/load-node.ts';
import { sceneToSvg } from '../export/image/svg.ts';
import { scenesToPdf } from '../export/pdf/pdf.ts';
import { jobLayout } from '../layout/compute-layout.ts';
import type { CompareLang } from './compare-args.ts';
import { scenePng } from './scene-png.ts';

export interface ComparisonFileOptions {
  readonly format: 'svg' | 'png' | 'pdf';
  readonly lang: CompareLang;
  readonly labelA: string;
  readonly labelB: string;
  /** For a reproducible file (tests); today by default. */
  readonly date?: string;
}

export async function comparisonFile(
  comparison: NoticeComparison,
  options: ComparisonFileOptions,
): Promise<Uint8Array> {
  const positions = await jobLayout(changeNetworkJob(changeNetwork(comparison)));
  const { lang, labelA, labelB } = options;
  const scene = comparisonDiagram(comparison, {
    lang,
    labelA,
    labelB,
    positions,
    ...(options.date ? { date: options.date } : {}),
  });
  const title = comparisonTitle({ lang, labelA, labelB });
  if (options.format === 'svg') {
    const css = await sceneFontFaceCss(scene, nodeFontLoader);
    return new TextEncoder().encode(sceneToSvg(scene, { fontFaceCss: css, title }));
  }
  if (options.format === 'png') return scenePng(scene, { scale: 2, transparent: false });
  return scenesToPdf([scene], {
    paper: 'A4',
    orientation: scene.width >= scene.height ? 'landscape' : 'portrait',
    fonts: nodeFontLoader,
    info: {
      title,
      author: comparison.b.issuer,
      subject: lang === 'zh' ? '两份通知比较' : 'Two notices compared',
      lang,
    },
  });
}
