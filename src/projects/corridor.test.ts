import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import type { Project, ProjectId } from '../notice/model.ts';
import { parseNotice } from './parse-notice.ts';
import { corridorMap } from './corridor.ts';
import { locate } from '../notice/gazetteer.ts';

const model = parseNotice(seedBytes());
const map = corridorMap(model.projects);
const byName = new Map(model.projects.map((p) => [p.name, p]));
const routeOf = (name: string) => map.routes.find((r) => r.projectId === byName.get(name)?.id);

const project = (id: string, kind: Project['kind'], places: string[]): Project => ({
  id: id as ProjectId,
  name: `${places.join('—')}${kind === 'rail' ? '铁路' : '港'}`,
  kind,
  taskIds: [],
  itemIds: [],
  places,
});

describe('corridorMap on the Manzhouli notice', () => {
  it('places 满洲里 once, named by every project that names it', () => {
    const manzhouli = map.places.filter((p) => p.name === '满洲里');
    expect(manzhouli).toHaveLength(1);
    expect(manzhouli[0]).toMatchObject({ lon: 117.38, lat: 49.6 });
    expect(manzhouli[0]?.projectIds.length).toBeGreaterThan(15);
  });

  it('draws a line between its located stops', () => {
    expect(routeOf('滨州铁路')?.runs).toEqual([{ from: locate('哈尔滨'), to: locate('满洲里'), via: [] }]);
    expect(routeOf('满洲里—俄罗斯赤塔电气化铁路')?.kind).toBe('rail');
  });

  it('joins the stops on either side of an unknown one by a run that names it', () => {
    const road = routeOf('满洲里—黑山头—拉布大林—室韦高等级公路');
    expect(road?.runs).toEqual([{ from: locate('满洲里'), to: locate('拉布大林'), via: ['黑山头'] }]);
  });

  it('lists the places the gazetteer does not know, never placing them', () => {
    const names = map.unlocated.map((u) => u.name);
    expect(names).toEqual(
      expect.arrayContaining(['伊尔施', '阿日哈沙特', '黑山头', '室韦', '二卡', '阿巴该图']),
    );
    for (const name of names) expect(map.places.some((p) => p.name === name)).toBe(false);
  });

  it('draws no route for a line with fewer than two located stops', () => {
    expect(routeOf('满洲里—伊尔施铁路')).toBeUndefined();
    expect(map.unlocated.find((u) => u.name === '伊尔施')?.projectIds).toEqual([
      byName.get('满洲里—伊尔施铁路')?.id,
    ]);
  });
});

describe('corridorMap on hand-made projects', () => {
  it('draws ports as places, not routes, and keeps a stop without coordinates out of the runs', () => {
    const m = corridorMap([
      project('p1', 'seaport', ['大连']),
      project('p2', 'rail', ['无名站', '满洲里', '海拉尔', '无名站']),
    ]);
    expect(m.routes.map((r) => r.projectId)).toEqual(['p2']);
    expect(m.routes[0]?.runs).toEqual([{ from: locate('满洲里'), to: locate('海拉尔'), via: [] }]);
    expect(m.places.map((p) => p.name)).toEqual(['大连', '满洲里', '海拉尔']);
    expect(m.unlocated).toEqual([{ name: '无名站', projectIds: ['p2'] }]);
  });

  it('is empty for no projects', () => {
    expect(corridorMap([])).toEqual({ places: [], routes: [], unlocated: [] });
  });
});
