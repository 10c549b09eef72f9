#!/usr/bin/env node
// `npx fengong-atlas <parse|export|compare|corpus> …`: the command line without npm's banner on
// standard output. Plain JavaScript so Node runs it directly: it registers the TypeScript loader (tsx)
// and hands the arguments to the command's own module, which reads process.argv as under npm run.
import { register } from 'tsx/esm/api';

const COMMANDS = {
  parse: './parse.ts',
  export: './export.ts',
  compare: './compare.ts',
  corpus: './corpus.ts',
};
const USAGE = `usage: fengong-atlas <${Object.keys(COMMANDS).join('|')}> … (each command's --help says more)`;

const [command, ...rest] = process.argv.slice(2);
if (command === undefined || command === '--help' || command === '-h') {
  process.stdout.write(`${USAGE}\n`);
} else if (!(command in COMMANDS)) {
  process.stderr.write(`fengong-atlas: unknown command "${command}"\n${USAGE}\n`);
  process.exitCode = 2;
} else {
  register();
  // The command reads its arguments from process.argv after node and the script, as under npm run.
  process.argv = [process.argv[0], new URL(COMMANDS[command], import.meta.url).pathname, ...rest];
  await import(COMMANDS[command]);
}
