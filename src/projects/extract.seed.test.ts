// The projects of the Manzhouli notice, as a reader of it would list them: every one named below
// was checked against the text and the hand gold (tests/accuracy/projects/gold), with its task, kind
// and the places a route runs through. The gold's 45 and these 42 differ in 6 names the reader misses
// (the zone in the title, 长吉图先导区, the dredging works …) and one it reads that the gold leaves out.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { parseNotice } from './parse-notice.ts';
import { extractProjects } from './extract.ts';
import { nameKey } from './readable.ts';

const model = parseNotice(seedBytes());
const projects = extractProjects(model);
const ordinal = new Map(model.tasks.map((t) => [t.id, t.ordinal]));

type Row = [name: string, kind: string, tasks: number[], places: string[]];

// prettier-ignore
const expected: Row[] = [
  ['扎赉诺尔煤矿', 'other', [5], ['扎赉诺尔']],
  ['满洲里公路口岸', 'border-port', [12], ['满洲里']],
  ['二卡—阿巴该图公路口岸', 'border-port', [12], ['二卡', '阿巴该图']],
  ['满洲里—俄罗斯赤塔电气化铁路', 'rail', [13], ['满洲里', '赤塔']],
  ['滨州铁路', 'rail', [13], ['哈尔滨', '满洲里']],
  ['满洲里—齐齐哈尔铁路客运专线', 'rail', [13], ['满洲里', '齐齐哈尔']],
  ['满洲里—伊尔施铁路', 'rail', [13], ['满洲里', '伊尔施']],
  ['大连港', 'seaport', [13], ['大连']],
  ['营口港', 'seaport', [13], ['营口']],
  ['秦皇岛港', 'seaport', [13], ['秦皇岛']],
  ['天津港', 'seaport', [13], ['天津']],
  ['满洲里—阿日哈沙特铁路', 'rail', [13], ['满洲里', '阿日哈沙特']],
  ['满洲里—阿拉坦额莫勒—阿木古郎—阿尔山高等级公路', 'road', [13], ['满洲里', '阿拉坦额莫勒', '阿木古郎', '阿尔山']],
  ['满洲里—黑山头—拉布大林—室韦高等级公路', 'road', [13], ['满洲里', '黑山头', '拉布大林', '室韦']],
  ['绥满高速公路海拉尔—满洲里段', 'road', [13], ['海拉尔', '满洲里']],
  ['满洲里—俄罗斯赤塔高等级公路', 'road', [13], ['满洲里', '赤塔']],
  ['满洲里国家公路运输枢纽', 'logistics', [13], ['满洲里']],
  ['满洲里西郊机场', 'airport', [13, 16], ['满洲里']],
  ['满洲里国际航空口岸', 'border-port', [13], ['满洲里']],
  ['满洲里口岸', 'border-port', [15, 16, 17], ['满洲里']],
  ['中俄蒙农产品国际铁路物流贸储加工基地', 'logistics', [15], []],
  ['中俄互市贸易区', 'zone', [15], []],
  ['中俄蒙三国跨境旅游合作区', 'zone', [16], []],
  ['国门观光旅游区', 'other', [16], []],
  ['呼伦湖生态旅游区', 'other', [16], ['呼伦湖']],
  ['二子湖生态旅游区', 'other', [16], ['二子湖']],
  ['中俄蒙零号界碑', 'other', [16], []],
  ['俄罗斯艺术博物馆', 'other', [16], []],
  ['套娃广场', 'other', [16], []],
  ['蘑菇山旧石器遗址', 'other', [16], []],
  ['扎赉诺尔墓群', 'other', [16], ['扎赉诺尔']],
  ['满洲里木材加工交易示范基地', 'industry', [17], ['满洲里']],
  ['满西工业产业基地', 'industrial-park', [18], []],
  ['满东工业产业基地', 'industrial-park', [18], []],
  ['扎赉诺尔行政商务新区', 'zone', [19], ['扎赉诺尔']],
  ['海拉尔河东侧新水源地', 'other', [20], ['海拉尔河']],
  ['海拉尔河下游水源地', 'other', [25], ['海拉尔河']],
  ['呼伦湖综合整治和生态修复工程', 'ecology', [25], ['呼伦湖']],
  ['二子湖湿地', 'ecology', [25], ['二子湖']],
  ['扎赉诺尔采煤沉陷区土地生态环境恢复复垦工程', 'ecology', [25], ['扎赉诺尔']],
  ['“三北”防护林体系建设工程', 'ecology', [25], []],
  ['满洲里边境口岸防护林', 'ecology', [25], ['满洲里']],
];

const byName = new Map(projects.map((p) => [p.name, p]));

describe('projects of the Manzhouli notice', () => {
  it('are exactly the expected ones, in document order', () => {
    expect(projects.map((p) => p.name)).toEqual(expected.map(([name]) => name));
  });

  it.each(expected)('%s: %s in task %j, at %j', (name, kind, tasks, places) => {
    const project = byName.get(name);
    expect(project).toBeDefined();
    expect(project?.kind).toBe(kind);
    expect(project?.taskIds.map((t) => ordinal.get(t))).toEqual(tasks);
    expect(project?.places).toEqual(places);
  });

  it('links a project named in three items to all three', () => {
    const port = byName.get('满洲里口岸');
    expect(port?.itemIds).toEqual(['item-30', 'item-34', 'item-39']);
  });

  it('has ids proj-1, proj-2… in order', () => {
    expect(projects.map((p) => p.id)).toEqual(projects.map((_, i) => `proj-${i + 1}`));
  });

  it('has no project twice, however spelled', () => {
    const keys = projects.map((p) => nameKey(p.name));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('links only to items and tasks of the model, each item under one of the tasks', () => {
    const items = new Map(model.items.map((a) => [a.id, a]));
    const tasks = new Set(model.tasks.map((t) => t.id));
    for (const p of projects) {
      expect(p.itemIds.length).toBeGreaterThan(0);
      for (const id of p.itemIds) {
        const item = items.get(id);
        expect(item).toBeDefined();
        if (item?.taskId) expect(p.taskIds).toContain(item.taskId);
      }
      for (const id of p.taskIds) expect(tasks.has(id)).toBe(true);
    }
  });

  it('finds no goal, system, slogan or bare category', () => {
    const notProjects = [
      '优化口岸',
      '电子口岸',
      '口岸',
      '基地',
      '国际物流中心',
      '示范口岸',
      '大通关示范口岸',
      '境外加工基地',
      '总部基地',
      '国际贸易基地',
      '跨境旅游基地',
      '进出口加工制造基地',
      '园区带基地',
      '人才强区工程',
      '国际数据信息港',
      '亚太国际陆港',
      '工业园区',
      '跨境经济合作区',
      '先进装备制造业基地',
      // Sectors, services and facilities with no name of their own.
      '木材精深加工',
      '新国际货场',
      '空港物流园',
      '综合保税区',
      '满洲里国际公路客货运输线路',
    ];
    for (const name of notProjects) expect(byName.has(name), name).toBe(false);
    for (const p of projects) expect(p.name).not.toMatch(/^(优化|推动|加快|建设|规划|推进)/);
  });

  it('come with the parsed model', () => {
    expect(model.projects).toEqual(projects);
  });

  it('is the same on every run', () => {
    expect(extractProjects(parseNotice(seedBytes()))).toEqual(projects);
  });
});
