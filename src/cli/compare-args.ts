// Reading the command line of `npm run compare`: two notices, older first, and how to write the
// comparison. A pure function from argv to what to do, so every usage rule is unit-tested.

export const COMPARE_FORMATS = ['json', 'csv', 'svg', 'png', 'pdf'] as const;
/** The formats that draw the comparison as a diagram rather than write its data. */
export const COMPARE_DIAGRAMS: readonly CompareFormat[] = ['svg', 'png', 'pdf'];
export const COMPARE_LANGS = ['zh', 'en'] as const;
export type CompareLang = (typeof COMPARE_LANGS)[number];
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

export type CompareCommand =
  | {
      readonly kind: 'run';
      readonly older: string;
      readonly newer: string;
      readonly format: CompareFormat;
      /** A file to write, or null for standard output. */
      readonly output: string | null;
      readonly threshold: number | null;
      /** The diagram's language. */
      readonly lang: CompareLang;
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

export const COMPARE_USAGE =
  'usage: npm run compare -- <older notice> <newer notice> [--format json|csv|svg|png|pdf] [-o <file|->] [--lang zh|en] [--threshold 0.5]';

function optionValue(
  argv: readonly string[],
  i: number,
  arg: string,
  long: string,
): [string | undefined, number] {
  return arg.startsWith(`${long}=`) ? [arg.slice(long.length + 1), i] : [argv[i + 1], i + 1];
}

export function readCompareArgs(argv: readonly string[]): CompareCommand {
  const inputs: string[] = [];
  let format: CompareFormat = 'json';
  let output: string | null = null;
  let threshold: number | null = null;
  let lang: CompareLang = 'zh';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('-') || arg === '-') inputs.push(arg);
    else if (arg === '--help' || arg === '-h') return { kind: 'help' };
    else if (arg === '-o' || arg === '--output' || arg.startsWith('--output=')) {
      const [value, next] = optionValue(argv, i, arg, '--output');
      if (!value) return { kind: 'usage-error', message: `${arg} needs a file` };
      output = value === '-' ? null : value;
      i = next;
    } else if (arg === '--format' || arg === '-f' || arg.startsWith('--format=')) {
      const [value, next] = optionValue(argv, i, arg, '--format');
      if (!COMPARE_FORMATS.includes(value as CompareFormat))
        return {
          kind: 'usage-error',
          message: `unknown format "${value ?? ''}" (known: ${COMPARE_FORMATS.join(', ')})`,
        };
      format = value as CompareFormat;
      i = next;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const [value, next] = optionValue(argv, i, arg, '--lang');
      if (!COMPARE_LANGS.includes(value as CompareLang))
        return { kind: 'usage-error', message: `unknown language "${value ?? ''}" (known: zh, en)` };
      lang = value as CompareLang;
      i = next;
    } else if (arg === '--threshold' || arg.startsWith('--threshold=')) {
      const [value, next] = optionValue(argv, i, arg, '--threshold');
      const n = Number(value);
      if (value === undefined || !Number.isFinite(n) || n <= 0 || n > 1)
        return { kind: 'usage-error', message: 'the threshold is a number above 0, at most 1' };
      threshold = n;
      i = next;
    } else return { kind: 'usage-error', message: `unknown option "${arg}"` };
  }
  if (inputs.length !== 2)
    return { kind: 'usage-error', message: `give two notices, the older first (got ${inputs.length})` };
  if (inputs.filter((x) => x === '-').length > 1)
    return { kind: 'usage-error', message: 'only one of the two notices can come from stdin' };
  const [older, newer] = inputs as [string, string];
  if (COMPARE_DIAGRAMS.includes(format) && format !== 'svg' && output === null)
    return { kind: 'usage-error', message: `a ${format} diagram needs a file: give -o <file>` };
  return { kind: 'run', older, newer, format, output, threshold, lang };
}
