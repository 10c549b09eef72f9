// The command line of `npm run corpus`: a pure function from argv to what to do, unit-tested.
import type { Shard } from './corpus-files.ts';
import type { CorpusFormat } from './corpus-tables.ts';

export type CorpusCommand =
  | {
      readonly kind: 'run';
      readonly root: string;
      readonly out: string;
      readonly jobs: number | null;
      readonly shard: Shard;
      readonly format: CorpusFormat;
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

export const CORPUS_USAGE =
  'usage: npm run corpus -- <folder> -o <out-folder> [--jobs N] [--shard i/n] [--format parquet|csv|both]';

const FORMATS: readonly CorpusFormat[] = ['parquet', 'csv', 'both'];

export function readCorpusArgs(argv: readonly string[]): CorpusCommand {
  const inputs: string[] = [];
  let out: string | null = null;
  let jobs: number | null = null;
  let shard: Shard = { index: 1, count: 1 };
  let format: CorpusFormat = 'both';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => argv[++i];
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (!arg.startsWith('-')) inputs.push(arg);
    else if (arg === '-o' || arg === '--out') {
      const v = value();
      if (!v) return { kind: 'usage-error', message: `${arg} needs a folder` };
      out = v;
    } else if (arg === '--jobs' || arg === '-j') {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 1 || v > 256)
        return { kind: 'usage-error', message: '--jobs needs a whole number from 1 to 256' };
      jobs = v;
    } else if (arg === '--shard') {
      const match = /^(\d+)\/(\d+)$/.exec(value() ?? '');
      const index = Number(match?.[1]);
      const count = Number(match?.[2]);
      if (!match || count < 1 || index < 1 || index > count)
        return { kind: 'usage-error', message: '--shard needs i/n with 1 ≤ i ≤ n, e.g. 2/8' };
      shard = { index, count };
    } else if (arg === '--format') {
      const v = value() as CorpusFormat;
      if (!FORMATS.includes(v))
        return { kind: 'usage-error', message: `--format is one of ${FORMATS.join(', ')}` };
      format = v;
    } else return { kind: 'usage-error', message: `unknown option "${arg}"` };
  }
  if (inputs.length !== 1) return { kind: 'usage-error', message: 'give one folder of notices' };
  if (out === null) return { kind: 'usage-error', message: 'give the output folder with -o' };
  return { kind: 'run', root: inputs[0] as string, out, jobs, shard, format };
}
