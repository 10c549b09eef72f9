// Reading the command line of `npm run export`: a pure function from argv to what to do, so every
// usage rule is tested without spawning a process.
import { DIAGRAM_VIEWS, type LabelLang } from '../export/diagram/diagram.ts';
import type { Orientation, Paper } from '../export/pdf/pdf.ts';
import { readIsoDate } from '../analysis/deadlines.ts';

export const EXPORT_VIEWS = [...DIAGRAM_VIEWS, 'briefing'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];
export const EXPORT_FORMATS = ['svg', 'pdf', 'png', 'pptx', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const NETWORK_LAYOUTS = ['force', 'layered'] as const;
export type NetworkLayout = (typeof NETWORK_LAYOUTS)[number];

export type ExportCommand =
  | {
      readonly kind: 'run';
      readonly input: string;
      readonly view: ExportView;
      readonly format: ExportFormat;
      readonly lang: LabelLang;
      readonly output: string;
      readonly title: string | null;
      /** PNG: pixels per diagram unit, 1–4. */
      readonly scale: number;
      /** PNG: on white, or transparent around the marks. */
      readonly transparent: boolean;
      readonly paper: Paper;
      /** PDF: the page's orientation; by default the diagram's shape chooses. */
      readonly orientation: Orientation | null;
      /** SVG: labels as glyph outlines, for viewers without a Chinese font (Inkscape, rsvg). */
      readonly outlineText: boolean;
      /** The network's layout: force-directed (seeded fcose, the view's default) or layered. */
      readonly layout: NetworkLayout;
      /** The deadlines: the day items are past due on (`YYYY-MM-DD`); today when not given. */
      readonly asOf?: string;
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

export const EXPORT_USAGE = `usage: npm run export -- <notice-file> --view ${EXPORT_VIEWS.join('|')} --format ${EXPORT_FORMATS.join('|')} [--lang zh|en] [--title "…"] [--scale 1-4] [--background white|transparent] [--paper A4|A3] [--orientation portrait|landscape] [--layout force|layered] [--as-of YYYY-MM-DD] [--outline-text] -o <file>
       the briefing is --view briefing --format pdf (a PDF pack) or pptx (PowerPoint slides)
       --view matrix|ranking --format xlsx is the Excel workbook (RACI, ranking, measures, assignments)`;

const OPTIONS = [
  '--view',
  '--format',
  '--lang',
  '--title',
  '--scale',
  '--background',
  '--paper',
  '--orientation',
  '--layout',
  '--as-of',
  '-o',
  '--output',
] as const;

const PAPERS: readonly Paper[] = ['A4', 'A3'];
const ORIENTATIONS: readonly Orientation[] = ['portrait', 'landscape'];

/** The PNG and PDF settings, or what is wrong with them. */
function pageSettings(
  values: ReadonlyMap<string, string>,
  format: ExportFormat,
): { scale: number; transparent: boolean; paper: Paper; orientation: Orientation | null } | string {
  const scaleText = values.get('--scale') ?? '2';
  const scale = Number(scaleText);
  if (!/^\d+(\.\d+)?$/.test(scaleText) || scale < 1 || scale > 4)
    return `--scale takes a number from 1 to 4, not "${scaleText}"`;
  const background = values.get('--background') ?? 'white';
  if (background !== 'white' && background !== 'transparent')
    return `unknown background "${background}" (known: white, transparent)`;
  const paper = (values.get('--paper') ?? 'A4').toUpperCase();
  if (!(PAPERS as readonly string[]).includes(paper))
    return `unknown paper "${values.get('--paper')}" (known: ${PAPERS.join(', ')})`;
  const orientation = values.get('--orientation') ?? null;
  if (orientation !== null && !(ORIENTATIONS as readonly string[]).includes(orientation))
    return `unknown orientation "${orientation}" (known: ${ORIENTATIONS.join(', ')})`;
  const onlyFor: [string, ExportFormat][] = [
    ['--scale', 'png'],
    ['--background', 'png'],
    ['--paper', 'pdf'],
    ['--orientation', 'pdf'],
  ];
  for (const [option, wanted] of onlyFor) {
    if (values.has(option) && format !== wanted) return `${option} is for --format ${wanted}`;
  }
  return {
    scale,
    transparent: background === 'transparent',
    paper: paper as Paper,
    orientation: orientation as Orientation | null,
  };
}

export function readExportArgs(argv: readonly string[]): ExportCommand {
  const values = new Map<string, string>();
  const inputs: string[] = [];
  let outlineText = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--outline-text') {
      outlineText = true;
      continue;
    }
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if ((OPTIONS as readonly string[]).includes(name ?? '')) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '')
        return { kind: 'usage-error', message: `${name} needs a value` };
      values.set(name === '--output' ? '-o' : (name as string), value);
    } else if (arg.startsWith('-') && arg !== '-') {
      return { kind: 'usage-error', message: `unknown option "${arg}"` };
    } else {
      inputs.push(arg);
    }
  }
  if (inputs.length !== 1) {
    return {
      kind: 'usage-error',
      message: inputs.length === 0 ? 'no notice file given' : 'one notice file at a time',
    };
  }
  const view = values.get('--view');
  const format = values.get('--format');
  const lang = values.get('--lang') ?? 'zh';
  const output = values.get('-o');
  if (!view) return { kind: 'usage-error', message: '--view is required' };
  if (!(EXPORT_VIEWS as readonly string[]).includes(view)) {
    return { kind: 'usage-error', message: `unknown view "${view}" (known: ${EXPORT_VIEWS.join(', ')})` };
  }
  if (!format) return { kind: 'usage-error', message: '--format is required' };
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return {
      kind: 'usage-error',
      message: `unknown format "${format}" (known: ${EXPORT_FORMATS.join(', ')})`,
    };
  }
  if (view === 'briefing' && format !== 'pdf' && format !== 'pptx') {
    return {
      kind: 'usage-error',
      message: 'the briefing pack is a PDF or a PowerPoint deck: use --format pdf or pptx',
    };
  }
  if (format === 'xlsx' && view !== 'matrix' && view !== 'ranking') {
    return {
      kind: 'usage-error',
      message: 'the Excel workbook holds the matrix and the ranking: use --view matrix or ranking',
    };
  }
  if (format === 'xlsx' && values.has('--title')) {
    return { kind: 'usage-error', message: 'the workbook names its sheets itself: leave out --title' };
  }
  if (format === 'pptx' && view !== 'briefing') {
    return { kind: 'usage-error', message: 'a PowerPoint deck is the whole briefing: use --view briefing' };
  }
  if (lang !== 'zh' && lang !== 'en')
    return { kind: 'usage-error', message: `unknown language "${lang}" (known: zh, en)` };
  if (view === 'briefing' && values.has('--orientation')) {
    return {
      kind: 'usage-error',
      message: 'the briefing pack turns each page to fit it: leave out --orientation',
    };
  }
  if (format === 'pptx' && values.has('--title')) {
    return {
      kind: 'usage-error',
      message: 'the briefing takes its title from the notice: leave out --title',
    };
  }
  if (outlineText && format !== 'svg')
    return { kind: 'usage-error', message: '--outline-text is for --format svg' };
  const layout = values.get('--layout') ?? 'force';
  if (!(NETWORK_LAYOUTS as readonly string[]).includes(layout))
    return {
      kind: 'usage-error',
      message: `unknown layout "${layout}" (known: ${NETWORK_LAYOUTS.join(', ')})`,
    };
  if (values.has('--layout') && view !== 'graph')
    return { kind: 'usage-error', message: '--layout is for --view graph' };
  const asOfText = values.get('--as-of');
  const asOf = asOfText === undefined ? null : readIsoDate(asOfText);
  if (asOfText !== undefined && view !== 'deadlines')
    return { kind: 'usage-error', message: '--as-of is for --view deadlines' };
  if (asOfText !== undefined && asOf === null)
    return { kind: 'usage-error', message: `--as-of takes a day as YYYY-MM-DD, not "${asOfText}"` };
  const page = pageSettings(values, format as ExportFormat);
  if (typeof page === 'string') return { kind: 'usage-error', message: page };
  if (!output) return { kind: 'usage-error', message: '-o <file> is required' };
  return {
    kind: 'run',
    input: inputs[0] as string,
    view: view as ExportView,
    format: format as ExportFormat,
    lang,
    output,
    title: values.get('--title') ?? null,
    outlineText,
    layout: layout as NetworkLayout,
    ...(asOf ? { asOf } : {}),
    ...page,
  };
}
