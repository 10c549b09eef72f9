// The Manzhouli notice as table rows: one row per section, task, item, agency and (item, agency, role),
// every id prefixed by the notice's, every row as wide as its table, and the keys that join them.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { failureRows, noticeRows, TABLES } from './tables.ts';

const model = parseNotice(seedBytes());
const rows = noticeRows('inner-mongolia/manzhouli.txt', model);
const column = (table: (typeof TABLES)[number]['name'], name: string) => {
  const spec = TABLES.find((t) => t.name === table);
  const i = spec?.columns.findIndex((c) => c.name === name) ?? -1;
  return rows[table].map((r) => r[i]);
};

describe('noticeRows', () => {
  it('has a row per section, task, item, agency and role, each as wide as its table', () => {
    expect(rows.notices).toHaveLength(1);
    expect(rows.sections).toHaveLength(7);
    expect(rows.tasks).toHaveLength(29);
    expect(rows.items).toHaveLength(77);
    expect(rows.agencies).toHaveLength(45);
    const roles = model.items.reduce(
      (n, a) => n + a.leads.length + a.cooperators.length + a.responsible.length,
      0,
    );
    expect(rows.assignments).toHaveLength(roles);
    for (const spec of TABLES)
      for (const row of rows[spec.name]) expect(row).toHaveLength(spec.columns.length);
  });

  it('keys every row by its notice, and the ids join: each assignment has its item and its agency', () => {
    for (const spec of TABLES)
      for (const id of column(spec.name, 'notice_id')) expect(id).toBe('inner-mongolia/manzhouli.txt');
    const items = new Set(column('items', 'item_id'));
    const agencies = new Set(column('agencies', 'agency_id'));
    for (const id of column('assignments', 'item_id')) expect(items.has(id)).toBe(true);
    for (const id of column('assignments', 'agency_id')) expect(agencies.has(id)).toBe(true);
    expect([...items][0]).toBe('inner-mongolia/manzhouli.txt#item-1');
  });

  it('gives each item its sentence, marker and line, and each agency the key of its body', () => {
    const first = rows.items[0]!;
    expect(String(first[7])).toMatch(/^（自治区商务厅牵头/);
    expect(Number(first[8])).toBeGreaterThan(1);
    const names = column('agencies', 'name');
    const bodies = column('agencies', 'body_key');
    // Written 自治区…, it is the body of the issuer's region: the same key another notice's
    // 内蒙古自治区发展和改革委员会 gets.
    const other = parseNotice(
      '内蒙古自治区人民政府关于某事的通知\n一、开放\n（一）推进。（内蒙古自治区发展和改革委员会牵头）\n',
    );
    const theirs = noticeRows('other.txt', other);
    const theirBody = theirs.agencies.find((r) => r[4] === '内蒙古自治区发展和改革委员会')?.[3];
    expect(bodies[names.indexOf('自治区发展改革委')]).toBe(theirBody);
    expect(new Set(bodies).size).toBe(45);
  });
});

describe('failureRows', () => {
  it('is one failure row and no other', () => {
    const failed = failureRows('x.pdf', 'x.pdf holds page images, not text');
    expect(failed.failures).toEqual([['x.pdf', 'x.pdf holds page images, not text']]);
    for (const spec of TABLES) if (spec.name !== 'failures') expect(failed[spec.name]).toEqual([]);
  });
});
