// The workload table on the Manzhouli notice: each row checked against counts made from the hand-read
// item table, not through the parser, and the file's shape as spreadsheets need it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { handItems, sectionOfTask } from '../../../tests/support/manzhouli-items.ts';
import { SEED_PATH, seedBytes } from '../../../tests/support/seed.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { toWorkloadCsv } from './workload-csv.ts';

const csv = toWorkloadCsv(parseNotice(seedBytes()));
const lines = csv
  .replace(/^\uFEFF/, '')
  .split('\r\n')
  .slice(0, -1);
const rows = lines.slice(1).map((l) => l.split(','));
const rowOf = (name: string) => rows.find((r) => r[0] === name);

/** led, joined, tasks, sections, partners, load for one agency, counted from the hand-read table. */
function handCount(name: string): number[] {
  const items = handItems().filter((i) => i.leads.includes(name) || i.cooperators.includes(name));
  const led = items.filter((i) => i.leads.includes(name)).length;
  const partners = new Set(items.flatMap((i) => [...i.leads, ...i.cooperators]).filter((n) => n !== name));
  const tasks = new Set(items.map((i) => i.task));
  const sections = new Set(items.map((i) => sectionOfTask(i.task)));
  const joined = items.length - led;
  return [led, joined, tasks.size, sections.size, partners.size, 3 * led + joined];
}

describe('toWorkloadCsv on the Manzhouli notice', () => {
  it('is UTF-8 with a BOM and CRLF, one row per agency under the stated header', () => {
    expect(csv.startsWith('\uFEFFagency,led,joined,tasks,sections,partners,load,flagged\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(rows).toHaveLength(45);
  });

  it('gives 自治区发展改革委 the figures a reader counts in the notice', () => {
    expect(lines[1]).toBe('自治区发展改革委,9,51,25,7,38,78,true');
    expect(rowOf('自治区发展改革委')?.slice(1, 7).map(Number)).toEqual(handCount('自治区发展改革委'));
  });

  it('agrees with the hand-read table for every agency, heaviest first', () => {
    for (const row of rows) expect(row.slice(1, 7).map(Number), row[0]).toEqual(handCount(row[0] ?? ''));
    const loads = rows.map((r) => Number(r[6]));
    expect(loads).toEqual([...loads].sort((a, b) => b - a));
  });

  it('flags the agencies at or above median 7 + 5 × MAD 4 = 27', () => {
    expect(rows.filter((r) => r[7] === 'true').map((r) => r[0])).toEqual([
      '自治区发展改革委',
      '自治区商务厅',
      '自治区经济和信息化委',
      '自治区住房城乡建设厅',
      '自治区国土资源厅',
      '自治区环保厅',
      '自治区财政厅',
    ]);
    for (const r of rows) expect(r[7]).toBe(String(Number(r[6]) >= 27));
  });

  it('is what `npm run parse -- <file> --format workload` prints', { timeout: 30_000 }, () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/parse.ts', SEED_PATH, '--format', 'workload'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(csv);
  });
});
