// Scoring the parser against hand gold: micro precision and recall of (item, agency, role) triples,
// per notice and overall, with every error put in a class a person can act on. Items are keyed by
// the line their marker starts on and their place among the markers starting on that line.
import { readdirSync, readFileSync } from 'node:fs';
import { indexLines } from '../../src/notice/lines.ts';
import { parseNotice } from '../../src/projects/parse-notice.ts';
import type { NoticeModel, Role } from '../../src/notice/model.ts';

const HERE = new URL('./', import.meta.url);
const FIXTURES = new URL('../fixtures/', import.meta.url);
const ROLES: readonly Role[] = ['lead', 'cooperate', 'responsible'];

export interface GoldItem {
  readonly line: number;
  readonly n?: number;
  readonly marker: string;
  readonly lead: readonly string[];
  readonly cooperate: readonly string[];
  readonly responsible: readonly string[];
  readonly generic?: readonly string[];
  readonly deadline?: string | null;
}

export interface GoldNotice {
  readonly file: string;
  readonly notes?: readonly string[];
  readonly items: readonly GoldItem[];
}

export type ErrorClass =
  'missed marker' | 'spurious marker' | 'wrong role' | 'wrong name' | 'missed agency' | 'spurious agency';

export interface ScoredError {
  readonly kind: ErrorClass;
  readonly line: number;
  readonly detail: string;
}

export interface NoticeScore {
  readonly file: string;
  readonly goldItems: number;
  readonly foundItems: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly errors: readonly ScoredError[];
  /** Items whose deadline differs from the gold's (reported, not in the triples). */
  readonly deadlineErrors: number;
  /** Names whose collective (generic) flag differs from the gold's: `name: generic in gold?`. */
  readonly genericErrors: readonly string[];
}

/** Full- and half-width forms, bracket shapes, spaces and quotation marks do not make a name differ. */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[〔【〈<［]/g, '(')
    .replace(/[〕】〉>］]/g, ')')
    .replace(/[\s“”"‘’']/g, '');
}

interface ItemRoles {
  readonly line: number;
  readonly key: string;
  /** folded name → role */
  readonly roles: Map<string, Role>;
  readonly generic: Set<string>;
  readonly deadline: string | null;
}

function modelItems(model: NoticeModel): ItemRoles[] {
  const agencies = new Map(model.agencies.map((a) => [a.id as string, a]));
  const lines = indexLines(model.text);
  const perLine = new Map<number, number>();
  return [...model.items]
    .sort((a, b) => a.marker.start - b.marker.start)
    .map((a) => {
      const { line } = lines.locate(a.marker.start);
      const n = (perLine.get(line) ?? 0) + 1;
      perLine.set(line, n);
      const roles = new Map<string, Role>();
      const generic = new Set<string>();
      const lists: [Role, readonly string[]][] = [
        ['lead', a.leads],
        ['cooperate', a.cooperators],
        ['responsible', a.responsible],
      ];
      for (const [role, ids] of lists) {
        for (const id of ids) {
          const agency = agencies.get(id);
          if (!agency) continue;
          const name = foldName(agency.name);
          if (!roles.has(name)) roles.set(name, role);
          if (agency.generic) generic.add(name);
        }
      }
      return { line, key: `${line}#${n}`, roles, generic, deadline: a.deadline };
    });
}

/** The model's names for one agency: its name and the other spellings it was found under. */
function aliasesOf(model: NoticeModel): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const a of model.agencies) {
    const all = new Set([a.name, ...a.aliases].map(foldName));
    for (const n of all) map.set(n, all);
  }
  return map;
}

function goldItems(gold: GoldNotice): ItemRoles[] {
  return gold.items.map((item) => {
    const roles = new Map<string, Role>();
    for (const role of ROLES) for (const name of item[role]) roles.set(foldName(name), role);
    return {
      line: item.line,
      key: `${item.line}#${item.n ?? 1}`,
      roles,
      generic: new Set((item.generic ?? []).map(foldName)),
      deadline: item.deadline ?? null,
    };
  });
}

/** Two names for the same body read with a different boundary or prefix (`落实` glued on, a prefix
 *  not carried): one holds the other, or they share their last three characters. */
function nearName(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  return a.length >= 3 && b.length >= 3 && a.slice(-3) === b.slice(-3);
}

export function scoreNotice(gold: GoldNotice, model: NoticeModel): NoticeScore {
  const found = new Map(modelItems(model).map((i) => [i.key, i]));
  const expected = goldItems(gold);
  const aliases = aliasesOf(model);
  const errors: ScoredError[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let deadlineErrors = 0;
  const genericErrors: string[] = [];
  for (const want of expected) {
    const got = found.get(want.key);
    found.delete(want.key);
    if (!got) {
      fn += want.roles.size;
      errors.push({ kind: 'missed marker', line: want.line, detail: [...want.roles.keys()].join('、') });
      continue;
    }
    if ((got.deadline ?? null) !== (want.deadline ?? null)) deadlineErrors++;
    // Match each gold name to the model's name for the same agency (any of its spellings).
    const unmatchedGot = new Map(got.roles);
    const missed: [string, Role][] = [];
    for (const [name, role] of want.roles) {
      const spellings = aliases.get(name) ?? new Set([name]);
      const hit = [...unmatchedGot.keys()].find((g) => spellings.has(g) || g === name);
      if (hit === undefined) {
        missed.push([name, role]);
        continue;
      }
      const gotRole = unmatchedGot.get(hit) as Role;
      unmatchedGot.delete(hit);
      if (want.generic.has(name) !== got.generic.has(hit))
        genericErrors.push(`${name}: ${want.generic.has(name) ? 'collective' : 'one body'} in the gold`);
      if (gotRole === role) tp++;
      else {
        fp++;
        fn++;
        errors.push({ kind: 'wrong role', line: want.line, detail: `${name}: ${gotRole}, not ${role}` });
      }
    }
    for (const [name, role] of missed) {
      fn++;
      const near = [...unmatchedGot.keys()].find((g) => nearName(g, name));
      if (near !== undefined) {
        fp++;
        unmatchedGot.delete(near);
        errors.push({ kind: 'wrong name', line: want.line, detail: `${near} for ${name} (${role})` });
      } else errors.push({ kind: 'missed agency', line: want.line, detail: `${name} (${role})` });
    }
    for (const [name, role] of unmatchedGot) {
      fp++;
      errors.push({ kind: 'spurious agency', line: want.line, detail: `${name} (${role})` });
    }
  }
  for (const extra of found.values()) {
    fp += extra.roles.size;
    errors.push({ kind: 'spurious marker', line: extra.line, detail: [...extra.roles.keys()].join('、') });
  }
  return {
    file: gold.file,
    goldItems: expected.length,
    foundItems: model.items.length,
    tp,
    fp,
    fn,
    errors,
    deadlineErrors,
    genericErrors,
  };
}

export function readGold(): GoldNotice[] {
  const dir = new URL('gold/', HERE);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as GoldNotice);
}

export function noticeBytes(gold: GoldNotice): Uint8Array {
  return new Uint8Array(readFileSync(new URL(gold.file, FIXTURES)));
}

/** Gold items whose marker excerpt is not on the line they name: a slip in the gold, not the parser. */
export function misalignedGold(gold: GoldNotice): string[] {
  const lines = new TextDecoder().decode(noticeBytes(gold)).split('\n');
  return gold.items
    .filter((item) => !foldName(lines[item.line - 1] ?? '').includes(foldName(item.marker)))
    .map((item) => `${gold.file}:${item.line}: ${item.marker}`);
}

export interface CorpusScore {
  readonly notices: readonly NoticeScore[];
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly errorsByClass: ReadonlyMap<ErrorClass, number>;
}

export const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function scoreCorpus(golds: readonly GoldNotice[] = readGold()): CorpusScore {
  const notices = golds.map((g) => scoreNotice(g, parseNotice(noticeBytes(g))));
  const sum = (k: 'tp' | 'fp' | 'fn') => notices.reduce((s, n) => s + n[k], 0);
  const tp = sum('tp');
  const fp = sum('fp');
  const fn = sum('fn');
  const errorsByClass = new Map<ErrorClass, number>();
  for (const n of notices)
    for (const e of n.errors) errorsByClass.set(e.kind, (errorsByClass.get(e.kind) ?? 0) + 1);
  return { notices, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), errorsByClass };
}
