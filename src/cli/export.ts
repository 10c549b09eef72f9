// `npm run export -- <notice-file> --view … --format svg|pdf|png|pptx|xlsx [--lang zh|en] -o <file>`:
// the app's diagrams, briefing (PDF or PowerPoint) and workbook (Excel) without a browser, built by
// the same code (layout, styles, legend, title) as the export dialog. The workbook lives here rather
// than in `npm run parse` because it is binary and built asynchronously, as the diagrams are. Exit codes: 0 done, 1 input unreadable or the export failed, 2 bad usage or output path.
import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  diagramScene,
  diagramTitle,
  graphPositions,
  viewName,
  type LayoutFn,
} from '../export/diagram/diagram.ts';
import { sceneFontFaceCss } from '../export/font/font-face.ts';
import { nodeFontLoader } from '../export/font/load-node.ts';
import { sceneFonts } from '../export/font/scene-fonts.ts';
import { sceneToSvg } from '../export/image/svg.ts';
import { textOutliner } from '../export/image/text-outlines.ts';
import { briefingPdf } from '../export/pdf/briefing.ts';
import { scenesToPdf } from '../export/pdf/pdf.ts';
import { pdfInfo } from '../export/pdf/pdf-info.ts';
import { noticeWorkbook } from '../export/sheets/workbook.ts';
import { briefingPptx } from '../export/slides/briefing-pptx.ts';
import type { NoticeModel } from '../notice/model.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { diagnosticLines } from './diagnostic-lines.ts';
import { computeLayout } from '../layout/compute-layout.ts';
import { EXPORT_USAGE, readExportArgs, type ExportCommand } from './export-args.ts';
import { readInput } from './read-input.ts';
import { scenePng } from './scene-png.ts';

const PROGRAM = 'fengong-export';

// The network view's default layout: seeded fcose with sections as blocks (on the main thread here).
const layout: LayoutFn = (graph, look, context) => computeLayout('fcose', graph, look, context);
/** The layered layout: sections and tasks in columns, agencies in rows by load beneath them. */
const layered: LayoutFn = (graph, look, context) => computeLayout('layered', graph, look, context);

function outputProblem(path: string): string | null {
  const folder = dirname(resolve(path));
  if (!existsSync(folder)) return `cannot write ${path}: the folder ${folder} does not exist`;
  if (!statSync(folder).isDirectory()) return `cannot write ${path}: ${folder} is not a folder`;
  if (existsSync(path) && statSync(path).isDirectory()) return `cannot write ${path}: it is a folder`;
  return null;
}

async function build(command: Extract<ExportCommand, { kind: 'run' }>, model: NoticeModel) {
  const { lang, view, format } = command;
  const title = command.title ?? undefined;
  if (view === 'briefing' && format === 'pptx')
    return briefingPptx(model, {
      lang,
      layout,
      png: (scene, scale) => scenePng(scene, { scale, transparent: false }),
    });
  // One workbook for both views; the view asked for is the sheet it opens on.
  if (format === 'xlsx')
    return noticeWorkbook(model, { lang, first: view === 'ranking' ? 'ranking' : 'raci' });
  if (view === 'briefing')
    return briefingPdf(model, { lang, fonts: nodeFontLoader, layout, paper: command.paper });
  const graph =
    view === 'graph'
      ? {
          positions: await graphPositions(model, {}, command.layout === 'layered' ? layered : layout, {
            lang,
          }),
        }
      : undefined;
  const scene = diagramScene(model, {
    view,
    lang,
    ...(title ? { title } : {}),
    ...(graph ? { graph } : {}),
    ...(command.asOf ? { deadlines: { asOf: command.asOf } } : {}),
  });
  if (format === 'svg') {
    const titled = title ? { title } : {};
    if (command.outlineText) {
      const outline = textOutliner(await sceneFonts([scene], nodeFontLoader));
      return new TextEncoder().encode(sceneToSvg(scene, { outline, ...titled }));
    }
    const css = await sceneFontFaceCss(scene, nodeFontLoader);
    return new TextEncoder().encode(sceneToSvg(scene, { fontFaceCss: css, ...titled }));
  }
  if (format === 'png') return scenePng(scene, { scale: command.scale, transparent: command.transparent });
  const orientation = command.orientation ?? (scene.width >= scene.height ? 'landscape' : 'portrait');
  const name = title ?? diagramTitle(model, view, lang);
  return scenesToPdf([scene], {
    paper: command.paper,
    orientation,
    fonts: nodeFontLoader,
    info: pdfInfo(model, name, viewName(view, lang), lang),
  });
}

async function main(argv: readonly string[]): Promise<number> {
  const command = readExportArgs(argv);
  if (command.kind === 'help') {
    process.stdout.write(`${EXPORT_USAGE}\n`);
    return 0;
  }
  if (command.kind === 'usage-error') {
    process.stderr.write(`${PROGRAM}: ${command.message}\n${EXPORT_USAGE}\n`);
    return 2;
  }
  const problem = outputProblem(command.output);
  if (problem) {
    process.stderr.write(`${PROGRAM}: ${problem}\n`);
    return 2;
  }
  const input = await readInput(command.input);
  if (!input.ok) {
    process.stderr.write(`${PROGRAM}: ${input.message}\n`);
    return 1;
  }
  try {
    const model = parseNotice(input.input, { reader: input.reader });
    // What `npm run parse` warns about (no title, no items…), so an empty diagram is explained.
    for (const line of diagnosticLines(input.fileName, model.diagnostics)) process.stderr.write(`${line}\n`);
    await writeFile(command.output, await build(command, model));
  } catch (error) {
    process.stderr.write(
      `${PROGRAM}: the export failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
