// The measures table's rows on the Manzhouli notice: every agency once, its counts equal to the items
// a click opens, and sorting and filtering as the view applies them.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../../tests/support/seed.ts';
import { computeWorkload } from '../../analysis/workload.ts';
import type { AgencyId } from '../../notice/model.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import { countedEntries, measureTable, MEASURES, shownRows, type Countable } from './measure-rows.ts';

const model = parseNotice(seedBytes());
const table = measureTable(model, computeWorkload(model));
const none = { text: '', flaggedOnly: false, bloc: null };
const SHANGWU = 'ag:自治区商务厅' as AgencyId;

describe('measureTable', () => {
  it('has one row per agency, heaviest first by load', () => {
    expect(table.rows).toHaveLength(model.agencies.length);
    const byLoad = shownRows(table.rows, 'load', true, none);
    expect(byLoad[0]?.name).toBe('自治区发展改革委');
    expect(byLoad[0]?.values.load).toBe(78);
    expect(byLoad[0]?.flagged).toBe(true);
    const loads = byLoad.map((r) => r.values.load);
    expect(loads).toEqual([...loads].sort((a, b) => b - a));
  });

  it('opens exactly as many items, tasks, sections and partners as each count says', () => {
    const countable = MEASURES.filter(
      (m): m is Countable => !['strength', 'betweenness', 'load'].includes(m),
    );
    for (const row of table.rows)
      for (const measure of countable)
        expect(countedEntries(model, row.agency, measure), `${row.name} ${measure}`).toHaveLength(
          row.values[measure],
        );
  });

  it('lists partners by items shared, each entry with the shared items', () => {
    const partners = countedEntries(model, SHANGWU, 'partners');
    expect(partners).toHaveLength(31);
    const sizes = partners.map((p) => p.items.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(partners[0]?.key).toBe('ag:自治区发展改革委');
    expect(partners[0]?.items).toHaveLength(26);
    for (const item of partners[0]?.items ?? []) {
      const named = [...item.leads, ...item.cooperators, ...item.responsible];
      expect(named).toContain(SHANGWU);
      expect(named).toContain('ag:自治区发展改革委');
    }
  });

  it('puts every agency of a bloc, and only those, in that bloc', () => {
    const bloc = table.blocs[1];
    expect(bloc).toBeDefined();
    const shown = shownRows(table.rows, 'name', false, { ...none, bloc: bloc?.id ?? null });
    expect(new Set(shown.map((r) => r.agency))).toEqual(new Set(bloc?.agencies));
  });
});

describe('shownRows', () => {
  it('filters by a part of the name and by the overload flag', () => {
    expect(shownRows(table.rows, 'load', true, { ...none, text: ' 商务厅 ' }).map((r) => r.name)).toEqual([
      '自治区商务厅',
    ]);
    const flagged = shownRows(table.rows, 'load', true, { ...none, flaggedOnly: true });
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((r) => r.flagged)).toBe(true);
    expect(flagged.length).toBe(table.rows.filter((r) => r.flagged).length);
  });

  it('sorts ascending or descending with the name breaking ties, so the order is stable', () => {
    const up = shownRows(table.rows, 'led', false, none);
    const down = shownRows(table.rows, 'led', true, none);
    expect(up.map((r) => r.values.led)).toEqual([...down.map((r) => r.values.led)].reverse());
    for (let i = 1; i < up.length; i += 1) {
      const a = up[i - 1];
      const b = up[i];
      if (a && b && a.values.led === b.values.led)
        expect(a.name.localeCompare(b.name, 'zh')).toBeLessThanOrEqual(0);
    }
  });
});
