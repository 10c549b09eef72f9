// Reading the command line of `npm run export`: a pure function from argv to what to do, so every
// usage rule is tested without spawning a process.
import { DIAGRAM_VIEWS, type LabelLang } from '../export/diagram/diagram.ts';

export const EXPORT_VIEWS = [...DIAGRAM_VIEWS, 'briefing'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];
export const EXPORT_FORMATS = ['svg', 'pdf', 'png'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportCommand =
  | {
      readonly kind: 'run';
      readonly input: string;
      readonly view: ExportView;
      readonly format: ExportFormat;
      readonly lang: LabelLang;
      readonly output: string;
      readonly title: string | null;
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

export const EXPORT_USAGE = `usage: npm run export -- <notice-file> --view ${EXPORT_VIEWS.join('|')} --format ${EXPORT_FORMATS.join('|')} [--lang zh|en] [--title "…"] -o <file>`;

const OPTIONS = ['--view', '--format', '--lang', '--title', '-o', '--output'] as const;

export function readExportArgs(argv: readonly string[]): ExportCommand {
  const values = new Map<string, string>();
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
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
  if (view === 'briefing' && format !== 'pdf') {
    return { kind: 'usage-error', message: 'the briefing pack is a PDF: use --format pdf' };
  }
  if (lang !== 'zh' && lang !== 'en')
    return { kind: 'usage-error', message: `unknown language "${lang}" (known: zh, en)` };
  if (!output) return { kind: 'usage-error', message: '-o <file> is required' };
  return {
    kind: 'run',
    input: inputs[0] as string,
    view: view as ExportView,
    format: format as ExportFormat,
    lang,
    output,
    title: values.get('--title') ?? null,
  };
}
