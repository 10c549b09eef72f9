// The measures table on the Manzhouli notice: the workload table's figures, and the figures only the
// measures add (responsible, weighted degree, betweenness, bloc), each checked against the core.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../tests/support/seed.ts';
import { coordinationBlocs } from '../../analysis/blocs.ts';
import { computeWorkload } from '../../analysis/workload.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { toMetricsCsv, METRICS_CSV_COLUMNS } from './metrics-csv.ts';
import { toWorkloadCsv } from './workload-csv.ts';

const model = parseNotice(seedBytes());
const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(0, -1);
const rows = lines(toMetricsCsv(model)).map((l) => l.split(','));

describe('toMetricsCsv on the Manzhouli notice', () => {
  it('has one row per agency under its header, heaviest first, as the workload table', () => {
    expect(rows[0]).toEqual([...METRICS_CSV_COLUMNS]);
    expect(rows).toHaveLength(46);
    const workload = lines(toWorkloadCsv(model)).map((l) => l.split(','));
    // agency, led, joined (cooperated + responsible), tasks, sections, partners, load, flagged
    for (let i = 1; i < rows.length; i++) {
      const [agency, led, cooperated, responsible, , tasks, sections, partners, , , load, flagged] = rows[
        i
      ] as string[];
      const joined = String(Number(cooperated) + Number(responsible));
      expect([agency, led, joined, tasks, sections, partners, load, flagged]).toEqual(workload[i]);
    }
  });

  it('gives 自治区发展改革委 its weighted degree, betweenness and bloc', () => {
    const id = 'ag:自治区发展改革委' as never;
    const w = computeWorkload(model).get(id);
    const { blocOf } = coordinationBlocs(model);
    expect(rows[1]).toEqual([
      '自治区发展改革委',
      '9',
      '51',
      '0',
      '60',
      '25',
      '7',
      '38',
      String(w?.strength),
      String(Number(w?.betweenness.toFixed(4))),
      '78',
      'true',
      String(blocOf.get(id)),
      '自治区发展改革委',
    ]);
  });
});
