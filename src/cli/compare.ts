// `npm run compare -- <older> <newer> [--format json|csv|svg|png|pdf] [-o file] [--lang zh|en]`:
// compare two notices as the Compare view does and write the comparison, as data or as a diagram. Exit codes: 0 done, 1 input unreadable or output not
// writable, 2 bad usage.
import { writeFile } from 'node:fs/promises';
import { compareNotices } from '../compare/compare-notices.ts';
import { comparisonCsv, comparisonJson } from '../compare/comparison-csv.ts';
import { noticeShortName } from '../export/diagram/diagram.ts';
import { fitText } from '../graph/scenes/text-fit.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { comparisonFile } from './compare-diagram.ts';
import { COMPARE_USAGE, readCompareArgs } from './compare-args.ts';
import { readInput } from './read-input.ts';
import { quietOnClosedPipe, writeOutput } from './write-output.ts';

const PROGRAM = 'fengong-compare';

const HELP = [
  COMPARE_USAGE,
  '',
  "Compares two notices (- for stdin), the older first: agencies matched by name and by the genre's",
  'short and full forms, their load before and after; items matched by text similarity; tasks added',
  'and dropped; coordination links gained and lost.',
  '  json  the whole comparison (fengong-atlas/comparison v1)',
  '  csv   one row per agency, item, task and link, with part and status columns (UTF-8 with BOM)',
  '  svg, png, pdf  the comparison as a diagram: the load before and after and the network with',
  '        links gained and lost, titled and sourced (--lang zh|en; png and pdf need -o <file>)',
  '',
].join('\n');

async function readNotice(path: string) {
  const input = await readInput(path);
  if (!input.ok) return input;
  return {
    ok: true as const,
    model: parseNotice(input.input, { reader: input.reader }),
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const command = readCompareArgs(argv);
  if (command.kind === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command.kind === 'usage-error') {
    process.stderr.write(`${PROGRAM}: ${command.message}\n${COMPARE_USAGE}\n`);
    return 2;
  }
  const older = await readNotice(command.older);
  if (!older.ok) {
    process.stderr.write(`${PROGRAM}: ${older.message}\n`);
    return 1;
  }
  const newer = await readNotice(command.newer);
  if (!newer.ok) {
    process.stderr.write(`${PROGRAM}: ${newer.message}\n`);
    return 1;
  }
  const options = command.threshold === null ? {} : { threshold: command.threshold };
  const comparison = compareNotices(older.model, newer.model, options);
  if (command.format === 'svg' || command.format === 'png' || command.format === 'pdf') {
    const label = (model: typeof older.model) => fitText(noticeShortName(model), 12, 260);
    const bytes = await comparisonFile(comparison, {
      format: command.format,
      lang: command.lang,
      labelA: label(older.model),
      labelB: label(newer.model),
    });
    if (command.output === null) {
      process.stdout.write(bytes);
      return 0;
    }
    try {
      await writeFile(command.output, bytes);
      return 0;
    } catch (error) {
      process.stderr.write(`${PROGRAM}: cannot write ${command.output}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  const text = command.format === 'csv' ? comparisonCsv(comparison) : comparisonJson(comparison);
  return writeOutput(PROGRAM, command.output, text);
}

quietOnClosedPipe();

process.exitCode = await main(process.argv.slice(2));
