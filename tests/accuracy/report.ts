// The accuracy report as plain text: one row per notice, the totals, and the errors by class.
// `npx tsx tests/accuracy/report.ts [--errors] [name-filter]` prints it; so does `npm run bench -- accuracy`.
import { writeFileSync } from 'node:fs';
import { ratio, readGold, scoreCorpus, type CorpusScore, type ErrorClass } from './score.ts';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function formatAccuracy(score: CorpusScore, withErrors = false): string {
  const rows = score.notices.map((n) => [
    n.file,
    String(n.goldItems),
    String(n.foundItems),
    String(n.tp + n.fn),
    pct(ratio(n.tp, n.tp + n.fp)),
    pct(ratio(n.tp, n.tp + n.fn)),
  ]);
  const head = ['notice', 'gold items', 'found', 'gold triples', 'precision', 'recall'];
  const table = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const triples = score.tp + score.fn;
  out.push(
    '',
    `${score.notices.length} notices, ${score.notices.reduce((s, n) => s + n.goldItems, 0)} gold items, ${triples} gold triples: ` +
      `micro precision ${pct(score.precision)}, recall ${pct(score.recall)} (tp ${score.tp}, fp ${score.fp}, fn ${score.fn})`,
  );
  const classes = [...score.errorsByClass].sort((a, b) => b[1] - a[1]);
  out.push(`errors by class: ${classes.map(([k, v]) => `${k} ${v}`).join(' · ') || 'none'}`);
  const deadlines = score.notices.reduce((s, n) => s + n.deadlineErrors, 0);
  const generic = score.notices.reduce((s, n) => s + n.genericErrors.length, 0);
  out.push(
    `besides the triples: deadlines differing in ${deadlines} items; generic flag differing for ${generic} names`,
  );
  if (withErrors) {
    const byClass = new Map<ErrorClass, string[]>();
    for (const n of score.notices)
      for (const e of n.errors) {
        const list = byClass.get(e.kind) ?? [];
        list.push(`  ${n.file}:${e.line}  ${e.detail}`);
        byClass.set(e.kind, list);
      }
    for (const [kind, list] of byClass) out.push('', `${kind} (${list.length})`, ...list);
    const generic = [...new Set(score.notices.flatMap((n) => n.genericErrors))];
    if (generic.length > 0)
      out.push('', `collective flag differing (${generic.length} names)`, ...generic.map((g) => `  ${g}`));
  }
  return out.join('\n');
}

/** The figures of this run as the floor the accuracy test holds later runs to (rounded down). */
function raiseFloor(score: CorpusScore): void {
  const down = (x: number) => Math.floor(x * 1000) / 1000;
  const notices = Object.fromEntries(
    score.notices.map((n) => [
      n.file,
      { precision: down(ratio(n.tp, n.tp + n.fp)), recall: down(ratio(n.tp, n.tp + n.fn)) },
    ]),
  );
  const floor = { precision: down(score.precision), recall: down(score.recall), notices };
  writeFileSync(new URL('./floor.json', import.meta.url), `${JSON.stringify(floor, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const filter = args.find((a) => !a.startsWith('--'));
  const golds = readGold().filter((g) => !filter || g.file.includes(filter));
  const score = scoreCorpus(golds);
  console.log(formatAccuracy(score, args.includes('--errors')));
  if (args.includes('--raise-floor') && !filter) raiseFloor(score);
}
