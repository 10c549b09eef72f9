// Scoring the project reader against hand gold (tests/accuracy/projects): precision and recall of
// project names, per notice and overall, kind accuracy among the names found, and every miss in a class.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseNotice } from '../../src/projects/parse-notice.ts';
import type { NoticeModel, ProjectKind } from '../../src/notice/model.ts';
import { segmentGeneric } from '../../src/projects/generic.ts';
import { headOf } from '../../src/projects/suffixes.ts';
import { foldName, ratio } from './score.ts';

const DIR = new URL('./projects/gold/', import.meta.url);
const FIXTURES = new URL('../fixtures/', import.meta.url);

export interface GoldProject {
  readonly name: string;
  readonly kind: string;
  readonly lines: readonly number[];
}

export interface ProjectGold {
  readonly file: string;
  readonly notes?: readonly string[];
  readonly projects: readonly GoldProject[];
}

export type ProjectErrorClass = 'missed' | 'not a project' | 'boundary' | 'kind';

export interface ProjectNoticeScore {
  readonly file: string;
  readonly gold: number;
  readonly found: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly kindsRight: number;
  readonly errors: readonly { readonly kind: ProjectErrorClass; readonly detail: string }[];
}

export function readProjectGold(dir: URL = DIR): ProjectGold[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as ProjectGold);
}

export function projectNoticeModel(gold: ProjectGold): NoticeModel {
  return parseNotice(new Uint8Array(readFileSync(new URL(gold.file, FIXTURES))));
}

/** The words a list's members share: descriptive words and a head (`国家骨干冷链物流基地`). */
function sharedTail(rest: string): boolean {
  const head = headOf(rest);
  if (!head) return false;
  const words = rest.slice(0, rest.length - head.word.length);
  return words === '' || segmentGeneric(words).every((s) => s.generic);
}

/** A name found with another boundary: one holds the other. */
const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);

export function scoreProjects(gold: ProjectGold, model: NoticeModel): ProjectNoticeScore {
  const found = new Map<string, ProjectKind>();
  for (const p of model.projects) if (!found.has(foldName(p.name))) found.set(foldName(p.name), p.kind);
  const errors: { kind: ProjectErrorClass; detail: string }[] = [];
  let tp = 0;
  let kindsRight = 0;
  const missed: GoldProject[] = [];
  for (const want of gold.projects) {
    const key = foldName(want.name);
    // A member of a list that shares one head may be named bare or with the head (`贵南、盘兴等铁路
    // 干线` → 贵南 or 贵南铁路): the gold writes it as the notice does, the reader may add the head.
    // Only descriptive words and a head may follow (`郑州` → `郑州国家骨干冷链物流基地`, never
    // `郑州国际陆港`, another work), and a name of the gold's kind is preferred.
    const headed = [...found.keys()].filter((k) => k.startsWith(key) && sharedTail(k.slice(key.length)));
    const match = found.has(key) ? key : (headed.find((k) => found.get(k) === want.kind) ?? headed[0]);
    const kind = match === undefined ? undefined : found.get(match);
    if (match === undefined || kind === undefined) {
      missed.push(want);
      continue;
    }
    found.delete(match);
    tp++;
    if (kind === want.kind) kindsRight++;
    else errors.push({ kind: 'kind', detail: `${want.name}: ${kind}, not ${want.kind}` });
  }
  let fp = found.size;
  for (const want of missed) {
    const near = [...found.keys()].find((k) => overlaps(k, foldName(want.name)));
    if (near !== undefined) {
      found.delete(near);
      errors.push({ kind: 'boundary', detail: `${near} for ${want.name} (L${want.lines.join(',')})` });
    } else errors.push({ kind: 'missed', detail: `${want.name} (${want.kind}, L${want.lines.join(',')})` });
  }
  for (const [name, kind] of found) errors.push({ kind: 'not a project', detail: `${name} (${kind})` });
  fp = Math.max(fp, 0);
  return {
    file: gold.file,
    gold: gold.projects.length,
    found: model.projects.length,
    tp,
    fp,
    fn: missed.length,
    kindsRight,
    errors,
  };
}

export interface ProjectCorpusScore {
  readonly notices: readonly ProjectNoticeScore[];
  readonly precision: number;
  readonly recall: number;
  readonly kinds: number;
}

export function scoreProjectCorpus(golds: readonly ProjectGold[] = readProjectGold()): ProjectCorpusScore {
  const notices = golds.map((g) => scoreProjects(g, projectNoticeModel(g)));
  const sum = (k: 'tp' | 'fp' | 'fn' | 'kindsRight') => notices.reduce((s, n) => s + n[k], 0);
  return {
    notices,
    precision: ratio(sum('tp'), sum('tp') + sum('fp')),
    recall: ratio(sum('tp'), sum('tp') + sum('fn')),
    kinds: ratio(sum('kindsRight'), sum('tp')),
  };
}

export function formatProjectScore(score: ProjectCorpusScore, withErrors = false): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const out = score.notices.map(
    (n) =>
      `${n.file.padEnd(56)} gold ${String(n.gold).padStart(3)}  found ${String(n.found).padStart(3)}  P ${pct(ratio(n.tp, n.tp + n.fp)).padStart(6)}  R ${pct(ratio(n.tp, n.tp + n.fn)).padStart(6)}`,
  );
  const gold = score.notices.reduce((s, n) => s + n.gold, 0);
  out.push(
    '',
    `${score.notices.length} notices, ${gold} gold projects: precision ${pct(score.precision)}, recall ${pct(score.recall)}, kinds ${pct(score.kinds)}`,
  );
  const byClass = new Map<string, string[]>();
  for (const n of score.notices)
    for (const e of n.errors)
      byClass.set(e.kind, [...(byClass.get(e.kind) ?? []), `  ${n.file}: ${e.detail}`]);
  out.push(`errors by class: ${[...byClass].map(([k, v]) => `${k} ${v.length}`).join(' · ') || 'none'}`);
  if (withErrors) for (const [k, v] of byClass) out.push('', `${k} (${v.length})`, ...v);
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const filter = args.find((a) => !a.startsWith('--'));
  const golds = readProjectGold().filter((g) => !filter || g.file.includes(filter));
  const score = scoreProjectCorpus(golds);
  console.log(formatProjectScore(score, args.includes('--errors')));
  if (args.includes('--raise-floor') && !filter) {
    const down = (x: number) => Math.floor(x * 1000) / 1000;
    const figures = {
      precision: down(score.precision),
      recall: down(score.recall),
      kinds: down(score.kinds),
    };
    writeFileSync(new URL('./projects-floor.json', import.meta.url), `${JSON.stringify(figures, null, 2)}\n`);
  }
}
