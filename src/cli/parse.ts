// `npm run parse -- <file|-> [--format …] [-o file]`: parse a notice and write one data export to a
// file or to stdout. `-o` keeps npm's banner (which npm prints on stdout) out of the file.
// Exit codes: 0 done, 1 input unreadable or output not writable, 2 bad usage.
import { graphPositions } from '../export/diagram/diagram.ts';
import { DATA_FORMATS, findDataFormat, type DataFormat } from '../export/data/formats.ts';
import { NETWORK_FILE_PICTURE } from '../export/data/network-drawing.ts';
import { computeLayout } from '../layout/compute-layout.ts';
import type { NoticeModel } from '../notice/model.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { readCliArgs, usageLine } from './args.ts';
import { diagnosticLines } from './diagnostic-lines.ts';
import { readInput } from './read-input.ts';
import { quietOnClosedPipe, writeOutput } from './write-output.ts';
import packageJson from '../../package.json' with { type: 'json' };

const PROGRAM = 'fengong-parse';
const VERSION: string = packageJson.version;
const FORMAT_NAMES = DATA_FORMATS.map((f) => f.name);

function helpText(): string {
  const formats = DATA_FORMATS.map((f) => `  ${f.name.padEnd(11)} ${f.description}`);
  return [usageLine(FORMAT_NAMES), '', 'Reads a notice (- for stdin) and prints it as:', ...formats, ''].join(
    '\n',
  );
}

/** A network file is laid out as the network view lays it out by default (seeded fcose, here on the
 *  main thread), so Gephi and yEd open it as the app and `npm run export` draw it. */
async function buildFile(format: DataFormat, model: NoticeModel): Promise<string> {
  if (!format.laidOut) return format.build(model);
  const positions = await graphPositions(model, NETWORK_FILE_PICTURE, (graph, look, context) =>
    computeLayout('fcose', graph, look, context),
  );
  return format.build(model, { positions });
}

async function main(argv: readonly string[]): Promise<number> {
  const command = readCliArgs(argv, FORMAT_NAMES);
  if (command.kind === 'help') {
    process.stdout.write(helpText());
    return 0;
  }
  if (command.kind === 'version') {
    process.stdout.write(`${PROGRAM} ${VERSION}\n`);
    return 0;
  }
  if (command.kind === 'usage-error') {
    process.stderr.write(`${PROGRAM}: ${command.message}\n${usageLine(FORMAT_NAMES)}\n`);
    return 2;
  }
  // readCliArgs only lets through names from the table, so this lookup cannot miss.
  const format = findDataFormat(command.format) ?? DATA_FORMATS[0];
  const input = await readInput(command.input);
  if (!input.ok) {
    process.stderr.write(`${PROGRAM}: ${input.message}\n`);
    return 1;
  }
  const model = parseNotice(input.input, { reader: input.reader });
  for (const line of diagnosticLines(input.fileName, model.diagnostics)) process.stderr.write(`${line}\n`);
  const text = await buildFile(format, model);
  return writeOutput(PROGRAM, command.output, text);
}

quietOnClosedPipe();

process.exitCode = await main(process.argv.slice(2));
