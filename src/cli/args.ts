// Reading the command line of `npm run parse`: a pure function from argv to what to do, so every
// usage rule is unit-tested without spawning a process.

export type CliCommand =
  | {
      readonly kind: 'run';
      readonly input: string;
      readonly format: string;
      /** A file to write, or null (or `-`) for standard output. */
      readonly output: string | null;
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: string };

export const STDIN_INPUT = '-';

export function usageLine(formatNames: readonly string[]): string {
  return `usage: npm run parse -- <file|-> [--format ${formatNames.join('|')}] [-o <file|->] [--version]`;
}

/** Reads argv (without node and script) against the known output format names; json by default. */
export function readCliArgs(argv: readonly string[], formatNames: readonly string[]): CliCommand {
  const inputs: string[] = [];
  let format = 'json';
  let output: string | null = null;
  let optionsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (optionsDone || arg === STDIN_INPUT || !arg.startsWith('-')) {
      inputs.push(arg);
    } else if (arg === '--') {
      optionsDone = true;
    } else if (arg === '--help' || arg === '-h') {
      return { kind: 'help' };
    } else if (arg === '--version' || arg === '-v') {
      return { kind: 'version' };
    } else if (arg === '-o' || arg === '--output' || arg.startsWith('--output=')) {
      const value = arg.startsWith('--output=') ? arg.slice('--output='.length) : argv[++i];
      if (value === undefined || value === '') return { kind: 'usage-error', message: `${arg} needs a file` };
      // `-o -` is standard output, as the input's `-` is standard input.
      output = value === STDIN_INPUT ? null : value;
    } else if (arg === '--format' || arg === '-f' || arg.startsWith('--format=')) {
      const value = arg.startsWith('--format=') ? arg.slice('--format='.length) : argv[++i];
      if (value === undefined || value === '')
        return { kind: 'usage-error', message: `${arg} needs a value` };
      if (!formatNames.includes(value)) {
        return {
          kind: 'usage-error',
          message: `unknown format "${value}" (known: ${formatNames.join(', ')})`,
        };
      }
      format = value;
    } else {
      return { kind: 'usage-error', message: `unknown option "${arg}"` };
    }
  }
  if (inputs.length === 0)
    return { kind: 'usage-error', message: 'missing input: give a file, or - for stdin' };
  if (inputs.length > 1) return { kind: 'usage-error', message: `one input at a time, got ${inputs.length}` };
  return { kind: 'run', input: inputs[0] ?? STDIN_INPUT, format, output };
}
