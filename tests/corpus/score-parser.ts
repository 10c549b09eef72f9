// `npx tsx tests/corpus/score-parser.ts [count] [seed]`: parse synthetic notices and print, per
// marker form, how often the parser recovers the ground truth, with a few mismatches to read.
import { parseNotice } from '../../src/projects/parse-notice.ts';
import { generateNoticeWithTruth, noticeSeeds } from './synthetic.ts';
import { scoreAgainstTruth } from './truth-score.ts';

interface Tally {
  notices: number;
  counts: number;
  rolesMatched: number;
  rolesCompared: number;
}

const count = Number(process.argv[2] ?? 200);
const seed = Number(process.argv[3] ?? 1);
const tallies = new Map<string, Tally>();
const examples: string[] = [];

for (const noticeSeed of noticeSeeds(count, seed)) {
  const { text, truth } = generateNoticeWithTruth(noticeSeed);
  const score = scoreAgainstTruth(parseNotice(text), truth, 1);
  const key = `${truth.style}/${truth.layout}`;
  const t = tallies.get(key) ?? { notices: 0, counts: 0, rolesMatched: 0, rolesCompared: 0 };
  t.notices += 1;
  t.counts += score.sections && score.tasks && score.items ? 1 : 0;
  t.rolesMatched += score.rolesMatched;
  t.rolesCompared += score.rolesCompared;
  tallies.set(key, t);
  for (const m of score.mismatches) {
    if (examples.length < 8)
      examples.push(
        `seed ${noticeSeed}: ${m.marker}\n  expected ${JSON.stringify(m.expected)}\n  got      ${JSON.stringify(m.got)}`,
      );
  }
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
console.log(
  `${'form/layout'.padEnd(28)} ${'notices'.padStart(7)} ${'counts ok'.padStart(10)} ${'roles ok'.padStart(10)}`,
);
for (const [key, t] of [...tallies].sort()) {
  console.log(
    `${key.padEnd(28)} ${String(t.notices).padStart(7)} ${pct(t.counts, t.notices).padStart(10)} ${pct(t.rolesMatched, t.rolesCompared).padStart(10)}`,
  );
}
if (examples.length > 0) console.log(`\nSome mismatches:\n${examples.join('\n')}`);
