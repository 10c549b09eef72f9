// Graph settings round-trip through the address and survive hand-edited values.
import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../graph/filter.ts';
import { filterParams, readGraphSettings } from './graph-settings.ts';

describe('readGraphSettings', () => {
  it('falls back to the defaults for missing or unknown values', () => {
    expect(readGraphSettings({ graph: 'nonsense', layout: 'spring', minload: '-3', kinds: 'x' })).toEqual({
      mode: 'tasks',
      layout: 'fcose',
      colorBy: 'kind',
      direction: true,
      fold: 'auto',
      open: new Set(),
      taskTitles: false,
      steps: 1,
      ego: null,
      focus: null,
      projects: false,
      filter: NO_FILTER,
    });
  });

  it('reads every setting and writes filters back as they were', () => {
    const params = {
      sections: '1,3',
      lead: 'only',
      minload: '10',
      kinds: 'regional,central',
      minshared: '3',
      dueby: '2015-06-30',
    };
    const settings = readGraphSettings({
      graph: 'ego',
      ego: 'ag:自治区商务厅',
      steps: '2',
      colour: 'bloc',
      focus: 'ag:自治区财政厅',
      projects: 'on',
      ...params,
    });
    expect(settings).toMatchObject({
      mode: 'ego',
      ego: 'ag:自治区商务厅',
      steps: 2,
      colorBy: 'bloc',
      focus: 'ag:自治区财政厅',
      projects: true,
    });
    expect(filterParams(settings.filter)).toEqual(params);
    expect(filterParams(NO_FILTER)).toEqual({
      sections: null,
      lead: null,
      minload: null,
      kinds: null,
      minshared: null,
      dueby: null,
    });
    expect(readGraphSettings({ minshared: '2.5' }).filter.minShared).toBe(1);
    expect(readGraphSettings({ dueby: '2015-06-30' }).filter.dueBy).toBe('2015-06-30');
    expect(readGraphSettings({ dueby: '2015-06-31' }).filter.dueBy).toBeNull();
  });
});
