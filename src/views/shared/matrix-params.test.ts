import { describe, expect, it } from 'vitest';
import { paramValue, readColumnMode, readRowOrder, readSortAgency } from './matrix-params.ts';

describe('matrix settings in the address', () => {
  it('reads the column mode and row order, falling back to tasks and load', () => {
    expect(readColumnMode({})).toBe('task');
    expect(readColumnMode({ mcols: 'section' })).toBe('section');
    expect(readColumnMode({ mcols: 'rows' })).toBe('task');
    expect(readRowOrder({ morder: 'cluster' }, 'morder')).toBe('cluster');
    expect(readRowOrder({ morder: 'pinyin' }, 'morder')).toBe('load');
    expect(readRowOrder({ morder: 'name' }, 'corder')).toBe('load');
    expect(readRowOrder({ corder: 'bloc' }, 'corder')).toBe('bloc');
  });

  it('reads the agency a sheet is sorted by, only if the notice names it', () => {
    const rows = [{ agencyId: 'ag:自治区商务厅' }, { agencyId: 'ag:自治区发展改革委' }];
    expect(readSortAgency({ csort: 'ag:自治区商务厅' }, 'csort', rows)).toBe('ag:自治区商务厅');
    expect(readSortAgency({ csort: 'ag:自治区商务厅' }, 'msort', rows)).toBeNull();
    expect(readSortAgency({ msort: 'ag:不在通知里' }, 'msort', rows)).toBeNull();
  });

  it('leaves defaults out of the address', () => {
    expect(paramValue('task', 'task')).toBeNull();
    expect(paramValue('item', 'task')).toBe('item');
  });
});
