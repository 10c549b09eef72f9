// The name rules on single sentences of the genre, beyond the reference notice: what a reader
// would call a named project is found, with its kind and places; goals and systems are not.
import { describe, expect, it } from 'vitest';
import { findProjectNames } from './mentions.ts';
import { readableText } from './readable.ts';

function names(sentence: string): string[] {
  return findProjectNames(readableText(sentence)).map((f) => f.name);
}

function found(sentence: string) {
  return findProjectNames(readableText(sentence)).map(({ name, kind, places }) => ({ name, kind, places }));
}

describe('named projects', () => {
  it('ends a name at the verb before it', () => {
    expect(names('加快建设满洲里—伊尔施铁路，改扩建满洲里西郊机场。')).toEqual([
      '满洲里—伊尔施铁路',
      '满洲里西郊机场',
    ]);
  });

  it('reads spaced dashes as one route dash', () => {
    expect(found('推动建设满洲里 —俄罗斯赤塔高等级公路。')).toEqual([
      { name: '满洲里—俄罗斯赤塔高等级公路', kind: 'road', places: ['满洲里', '赤塔'] },
    ]);
  });

  it('keeps 至 inside a line name, and 和 inside 呼和浩特', () => {
    expect(found('新建张家口至呼和浩特高速铁路。')).toEqual([
      { name: '张家口至呼和浩特高速铁路', kind: 'rail', places: ['张家口', '呼和浩特'] },
    ]);
  });

  it('takes a section written after the line', () => {
    expect(found('加快推进绥满高速公路海拉尔 —满洲里段建设。')).toEqual([
      { name: '绥满高速公路海拉尔—满洲里段', kind: 'road', places: ['海拉尔', '满洲里'] },
    ]);
  });

  it('shares a suffix among the bare names of a list', () => {
    expect(names('贯通满洲里至大连港、营口港、秦皇岛港和天津港出海通道。')).toEqual([
      '大连港',
      '营口港',
      '秦皇岛港',
      '天津港',
    ]);
    expect(names('推动大连、营口和天津港合作。')).toEqual(['大连港', '营口港', '天津港']);
    expect(names('支持满洲里、二连浩特等口岸建设。')).toEqual(['满洲里口岸', '二连浩特口岸']);
    expect(names('规划建设满西和满东工业产业基地。')).toEqual(['满西工业产业基地', '满东工业产业基地']);
  });

  it('reads lines from a hub as one project with the hub first', () => {
    expect(found('开通满洲里至俄罗斯红石、赤塔及蒙古国乔巴山等国际公路客货运输线路。')).toEqual([
      { name: '满洲里国际公路客货运输线路', kind: 'road', places: ['满洲里', '红石', '赤塔', '乔巴山'] },
    ]);
  });

  it('names each route of a list by the line it is', () => {
    expect(names('打造满洲里—后贝加尔斯克—赤塔、满洲里—乔巴山等精品旅游线路。')).toEqual([
      '满洲里—后贝加尔斯克—赤塔精品旅游线路',
      '满洲里—乔巴山精品旅游线路',
    ]);
  });

  it('joins a named activity and a generic one into one works', () => {
    expect(found('实施呼伦湖综合整治和生态修复工程。')).toEqual([
      { name: '呼伦湖综合整治和生态修复工程', kind: 'ecology', places: ['呼伦湖'] },
    ]);
  });

  it('steps over a quoted word inside a name', () => {
    expect(names('继续推进 “三北 ”防护林体系建设工程。')).toEqual(['“三北”防护林体系建设工程']);
  });

  it('takes a facility named by the port or airport it stands at', () => {
    expect(names('建设公路口岸国际物流贸易综合体和空港物流园。')).toEqual([
      '公路口岸国际物流贸易综合体',
      '空港物流园',
    ]);
  });

  it('takes a customs zone type after a verb of setting it up, not elsewhere', () => {
    expect(names('条件成熟时按程序申请设立综合保税区。')).toEqual(['综合保税区']);
    expect(names('推动综合保税区高水平开放。')).toEqual([]);
    expect(names('推进满洲里综合保税区建设。')).toEqual(['满洲里综合保税区']);
  });

  it('lets a longer name hide the one inside it', () => {
    expect(names('推进满洲里边境口岸防护林示范建设。')).toEqual(['满洲里边境口岸防护林']);
  });

  it('gives kinds by suffix and by the words before it', () => {
    const kinds = (s: string) => findProjectNames(readableText(s)).map((f) => f.kind);
    expect(kinds('加快推进满洲里国家公路运输枢纽建设。')).toEqual(['logistics']);
    expect(kinds('建设中俄蒙农产品国际铁路物流贸储加工基地。')).toEqual(['logistics']);
    expect(kinds('建设满洲里木材加工交易示范基地。')).toEqual(['industrial-park']);
    expect(kinds('加强二子湖湿地等自然保护区的生态恢复与保护工程。')).toEqual(['ecology']);
    expect(kinds('推进呼伦湖生态旅游区建设。')).toEqual(['other']);
  });
});

describe('what is not a project', () => {
  it.each([
    ['优化口岸通关服务环境', 'a verb before 口岸'],
    ['推动实施电子口岸无纸化通关模式', 'a system, not a crossing'],
    ['加大口岸基础设施建设投入', '口岸 as a modifier'],
    ['建设大通关示范口岸', 'a title, not a crossing'],
    ['规划建设一批特殊教育、继续教育基地项目', 'a bare 基地'],
    ['加快国际物流中心建设', 'an abstract goal'],
    ['鼓励企业在俄蒙建设境外加工基地', 'a kind of base, abroad'],
    ['推动总部基地建设', 'a kind of base'],
    ['按照 “园区带基地 ”模式', 'a slogan'],
    ['提升亚太国际陆港城市功能', 'an inland port city'],
    ['全力打造亚欧重要的国际数据信息港', 'an information hub'],
    ['开行国际联运铁路班列', '铁路 as a modifier'],
    ['完善满洲里至东北地区公路交通网', 'a network'],
    ['增加试验区至国内大中城市机场航班', 'flights'],
    ['深入推进人才强区工程', 'a programme, not works'],
    ['严格控制工业园区工业废水达标排放', 'parks in general'],
    ['发展有色金属产业园', 'a kind of park'],
    ['增开国际（港澳台）和国内客货航线', '港 of 港澳台'],
    ['积极探索与俄方口岸实施新模式', 'the other side’s ports'],
  ])('%s (%s)', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});
