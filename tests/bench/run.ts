// `npm run bench [-- parse-seed …] [--strict]`: runs the registered benchmarks (or those named) and prints
// a table. With --strict the exit code is 1 when a target is missed, for CI that wants to enforce it.
import type { BenchRow } from './benchmark.ts';
import { BENCHMARKS } from './benchmarks.ts';
import { collectGarbage } from './measure.ts';
import { allTargetsMet, formatReport } from './report.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const names = args.filter((a) => !a.startsWith('--'));
const selected = names.length === 0 ? BENCHMARKS : BENCHMARKS.filter((b) => names.includes(b.name));
if (selected.length === 0) {
  console.error(
    `no such benchmark: ${names.join(', ')} (known: ${BENCHMARKS.map((b) => b.name).join(', ')})`,
  );
  process.exit(2);
}

const rows: BenchRow[] = [];
for (const benchmark of selected) {
  collectGarbage();
  process.stderr.write(`running ${benchmark.name}…\n`);
  rows.push(...(await benchmark.run()));
}
console.log(`Node ${process.version}, ${process.platform}/${process.arch}; MB = 10^6 bytes of UTF-8 input\n`);
console.log(formatReport(rows));
const met = allTargetsMet(rows);
console.log(`\nAll targets met: ${met ? 'yes' : 'no'}`);
if (strict && !met) process.exitCode = 1;
