import { describe, expect, it } from 'vitest';
import { kindsParam, readKinds, readShown, toggleKind } from './project-params.ts';

describe('project view parameters', () => {
  it('read the kinds shown, dropping unknown ones', () => {
    expect(readKinds(undefined)).toBeNull();
    expect(readKinds('rail,bogus,airport')).toEqual(new Set(['rail', 'airport']));
    expect(readKinds('bogus')).toBeNull();
  });

  it('write the kinds in their order, nothing when all are shown', () => {
    expect(kindsParam(new Set(['airport', 'rail']))).toBe('rail,airport');
    expect(kindsParam(null)).toBeNull();
    expect(
      kindsParam(
        readKinds(
          'rail,road,border-port,seaport,inland-port,airport,logistics,industrial-park,zone,industry,data-centre,ecology,other',
        ),
      ),
    ).toBeNull();
  });

  it('switch a kind on and off; none left means all', () => {
    expect(toggleKind(null, 'rail')).toEqual(new Set(['rail']));
    expect(toggleKind(new Set(['rail', 'road']), 'rail')).toEqual(new Set(['road']));
    expect(toggleKind(new Set(['rail']), 'rail')).toBeNull();
  });

  it('show the table unless the map is asked for', () => {
    expect(readShown('map')).toBe('map');
    expect(readShown('nonsense')).toBe('table');
    expect(readShown(undefined)).toBe('table');
  });
});
