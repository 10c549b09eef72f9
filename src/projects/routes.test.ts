// Route names are parsed into their stops, and a project's places give the shape it is drawn as.
import { describe, expect, it } from 'vitest';
import { placesOf } from './places.ts';
import { projectShape, routeStops } from './routes.ts';

describe('routeStops', () => {
  it('splits a route at its dashes', () => {
    expect(routeStops('满洲里—阿拉坦额莫勒—阿木古郎—阿尔山')).toEqual([
      '满洲里',
      '阿拉坦额莫勒',
      '阿木古郎',
      '阿尔山',
    ]);
  });

  it('drops a country before a foreign stop', () => {
    expect(routeStops('满洲里—俄罗斯赤塔')).toEqual(['满洲里', '赤塔']);
  });

  it('drops the descriptive words after the last stop', () => {
    expect(routeStops('满洲里—海拉尔—阿尔山精品旅游')).toEqual(['满洲里', '海拉尔', '阿尔山']);
  });

  it('reads 至 as a dash in line names only', () => {
    expect(routeStops('满洲里至赤塔', true)).toEqual(['满洲里', '赤塔']);
    expect(routeStops('满洲里至赤塔')).toBeNull();
  });

  it('is no route when a stop is too short or a middle stop is a phrase', () => {
    expect(routeStops('满洲里')).toBeNull();
    expect(routeStops('2009—2018年')).toBeNull();
    expect(routeStops('满—赤塔')).toBeNull();
    expect(routeStops('满洲里国际物流—赤塔')).toBeNull();
  });
});

describe('placesOf', () => {
  const point = { line: false, section: null } as const;

  it('gives a port or an airport its place', () => {
    expect(placesOf({ ...point, specific: '满洲里西郊', kind: 'airport' })).toEqual(['满洲里']);
    expect(placesOf({ ...point, specific: '满洲里', kind: 'border-port' })).toEqual(['满洲里']);
    expect(placesOf({ ...point, specific: '钦州', kind: 'seaport' })).toEqual(['钦州']);
  });

  it('prefers a section to the line it is part of', () => {
    const source = { specific: '绥满', kind: 'road', line: true, section: ['海拉尔', '满洲里'] } as const;
    expect(placesOf(source)).toEqual(['海拉尔', '满洲里']);
  });

  it('reads a trunk line named by abbreviation, after a route number', () => {
    expect(placesOf({ specific: '滨州', kind: 'rail', line: true, section: null })).toEqual([
      '哈尔滨',
      '满洲里',
    ]);
    expect(placesOf({ specific: 'G10绥满', kind: 'road', line: true, section: null })).toEqual([
      '绥芬河',
      '满洲里',
    ]);
  });

  it('keeps a lake or river named after a town apart from the town', () => {
    expect(placesOf({ ...point, specific: '海拉尔河下游', kind: 'ecology' })).toEqual(['海拉尔河']);
    expect(placesOf({ ...point, specific: '呼伦湖综合整治', kind: 'ecology' })).toEqual(['呼伦湖']);
    expect(placesOf({ ...point, specific: '呼伦贝尔市', kind: 'airport' })).toEqual(['呼伦贝尔']);
  });

  it('gives a park named by a modifier no place', () => {
    expect(placesOf({ ...point, specific: '满西工业产业', kind: 'industrial-park' })).toEqual([]);
    expect(placesOf({ ...point, specific: '新国际', kind: 'logistics' })).toEqual([]);
  });
});

describe('projectShape', () => {
  it('draws routes as paths, hub lines as stars, ports as points', () => {
    expect(projectShape({ name: '满洲里—伊尔施铁路', places: ['满洲里', '伊尔施'] })).toBe('path');
    expect(
      projectShape({ name: '满洲里—海拉尔—阿尔山精品旅游线路', places: ['满洲里', '海拉尔', '阿尔山'] }),
    ).toBe('path');
    expect(projectShape({ name: '滨州铁路', places: ['哈尔滨', '满洲里'] })).toBe('path');
    expect(projectShape({ name: '满洲里国际公路客货运输线路', places: ['满洲里', '红石', '赤塔'] })).toBe(
      'star',
    );
    expect(projectShape({ name: '大连港', places: ['大连'] })).toBe('point');
    expect(projectShape({ name: '轻工纺织', places: [] })).toBe('none');
  });
});
