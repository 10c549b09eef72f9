// The comparison as one spreadsheet: a row per agency, item pair, item, task and coordination link,
// `part` and `status` saying which, so one sheet filters into each list an analyst keeps by hand.
// For links, `a` and `b` are the link's two agencies; elsewhere they are the older and newer notice's.
import { csvTable, type CsvCell } from '../export/data/csv.ts';
import type { NoticeComparison } from './compare-notices.ts';
import type { ItemSide } from './item-matching.ts';
import type { TaskSide } from './task-matching.ts';

export const COMPARISON_CSV_HEADER = [
  'part',
  'status',
  'a',
  'b',
  'where_a',
  'where_b',
  'load_a',
  'load_b',
  'change',
  'led_a',
  'led_b',
  'joined_a',
  'joined_b',
  'items_a',
  'items_b',
  'score',
  'explanation',
] as const;

type Row = Record<(typeof COMPARISON_CSV_HEADER)[number], CsvCell>;

const EMPTY: Row = Object.fromEntries(COMPARISON_CSV_HEADER.map((h) => [h, null])) as Row;

function itemWhere(item: ItemSide | null): string | null {
  return item?.taskTitle ?? null;
}

function itemExplanation(item: ItemSide): string {
  const lead = item.leads.length > 0 ? `lead ${item.leads.join('、')}` : 'no lead';
  return item.others.length > 0 ? `${lead}; with ${item.others.join('、')}` : lead;
}

function taskWhere(task: TaskSide): string | null {
  return task.section ? `${task.section.ordinal}. ${task.section.title}` : null;
}

function rows(c: NoticeComparison): Row[] {
  const out: Row[] = [];
  for (const r of c.agencies)
    out.push({
      ...EMPTY,
      part: 'agency',
      status: r.rule,
      a: r.namesA.join(' / ') || null,
      b: r.namesB.join(' / ') || null,
      load_a: r.a.load,
      load_b: r.b.load,
      change: r.change,
      led_a: r.a.led,
      led_b: r.b.led,
      joined_a: r.a.joined,
      joined_b: r.b.joined,
      items_a: r.a.items,
      items_b: r.b.items,
      explanation: r.explanation,
    });
  for (const p of c.items.pairs)
    out.push({
      ...EMPTY,
      part: 'item',
      status: p.identical ? 'same' : 'reworded',
      a: p.a.text,
      b: p.b.text,
      where_a: itemWhere(p.a),
      where_b: itemWhere(p.b),
      score: Number(p.score.toFixed(3)),
      explanation: p.explanation,
    });
  for (const i of c.items.removed)
    out.push({
      ...EMPTY,
      part: 'item',
      status: 'removed',
      a: i.text,
      where_a: itemWhere(i),
      explanation: itemExplanation(i),
    });
  for (const i of c.items.added)
    out.push({
      ...EMPTY,
      part: 'item',
      status: 'added',
      b: i.text,
      where_b: itemWhere(i),
      explanation: itemExplanation(i),
    });
  for (const t of c.tasks.pairs)
    out.push({
      ...EMPTY,
      part: 'task',
      status: 'matched',
      a: t.a.title,
      b: t.b.title,
      where_a: taskWhere(t.a),
      where_b: taskWhere(t.b),
      items_a: t.a.items,
      items_b: t.b.items,
      score: Number(t.titleScore.toFixed(3)),
      explanation: t.explanation,
    });
  for (const t of c.tasks.dropped)
    out.push({
      ...EMPTY,
      part: 'task',
      status: 'dropped',
      a: t.title,
      where_a: taskWhere(t),
      items_a: t.items,
    });
  for (const t of c.tasks.added)
    out.push({
      ...EMPTY,
      part: 'task',
      status: 'added',
      b: t.title,
      where_b: taskWhere(t),
      items_b: t.items,
    });
  const links = [
    ...c.links.gained.map((l) => ['gained', l] as const),
    ...c.links.lost.map((l) => ['lost', l] as const),
    ...c.links.changed.map((l) => ['changed', l] as const),
  ];
  for (const [status, l] of links)
    out.push({
      ...EMPTY,
      part: 'link',
      status,
      a: l.names[0],
      b: l.names[1],
      items_a: l.itemsA,
      items_b: l.itemsB,
      change: l.itemsB - l.itemsA,
    });
  return out;
}

export function comparisonCsv(comparison: NoticeComparison): string {
  return csvTable(
    COMPARISON_CSV_HEADER,
    rows(comparison).map((r) => COMPARISON_CSV_HEADER.map((h) => r[h])),
  );
}

/** The comparison as JSON, named and versioned like the app's other files. */
export function comparisonJson(comparison: NoticeComparison): string {
  return `${JSON.stringify({ format: 'fengong-atlas/comparison', version: 1, ...comparison }, null, 2)}\n`;
}
