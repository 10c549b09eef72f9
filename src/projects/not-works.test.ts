// The genre's names that are not works, on invented sentences: agencies, years' programmes, clauses,
// campaigns, scopes, programmes of many facilities, titles sought, heads that qualify something else.
import { describe, expect, it } from 'vitest';
import { findProjectNames } from './mentions.ts';
import { readableText } from './readable.ts';

function names(sentence: string): string[] {
  return findProjectNames(readableText(sentence)).map((f) => f.name);
}

describe('names that are not works', () => {
  it('takes each zone of a list its management committee closes for an agency', () => {
    expect(names('各县人民政府，临江示范区、滨湖新区管委会：')).toEqual([]);
    expect(names('由临江示范区管理委员会负责。')).toEqual([]);
  });

  it('takes a name with a year in it for that year’s programme', () => {
    expect(names('推进滨江区2023年通信基础设施、滨江区体育中心等项目。')).toEqual(['滨江区体育中心']);
  });

  it('reads no name across a conjunction of clauses', () => {
    expect(names('将香港地区生产且经前海口岸进口的药品纳入试点。')).toEqual([]);
  });

  it('takes `进园区、进企业` for a campaign', () => {
    expect(names('开展“科技专员”团队进园区、进企业活动。')).toEqual([]);
  });

  it('takes works within a scope for a category', () => {
    expect(names('优先审理综合保税区内口岸扩大开放项目。')).toEqual([]);
  });

  it('takes a place’s programme of facilities or systems for no single work', () => {
    expect(names('推进武侯区城市垃圾分类设施建设项目、武侯区污水收集系统建设项目。')).toEqual([]);
    // A company's project may hold its ancillary facilities.
    expect(names('推进茅台3万吨酱香系列酒技改及配套设施等项目。')).toEqual([
      '茅台3万吨酱香系列酒技改及配套设施',
    ]);
  });

  it('takes what follows a verb of competing for a title for the title', () => {
    expect(names('申创山东省服务外包产业园。')).toEqual([]);
    expect(names('争创国家骨干冷链物流基地。')).toEqual([]);
    expect(names('建设上海市养老科技产业园。')).toEqual(['上海市养老科技产业园']);
  });

  it('takes a head before 联盟, 政策, 过境 or 型 for a modifier', () => {
    expect(names('建立杭州职工疗休养基地联盟。')).toEqual([]);
    expect(names('招引一批基地型、龙头型重大项目。')).toEqual([]);
  });

  it('takes a bank of a kind for no company', () => {
    expect(names('支持商业银行保交楼专项借款项目。')).toEqual([]);
  });

  it('takes a common word in quotes, or a sector, for no name', () => {
    expect(names('引进“预制菜”加工生产线。')).toEqual([]);
    expect(names('推动预制菜产业园和“菜篮子”配送中心建设。')).toEqual([]);
    expect(names('建成龙舟运动公园和温泉景区。')).toEqual([]);
  });

  it('takes 项目 before 赛事 or 资金 for a modifier, and sports for no works', () => {
    expect(names('开展马拉松、武术、自行车等项目赛事。')).toEqual([]);
  });

  it('takes a bracketed kind for no place', () => {
    expect(names('建设街道(乡镇)养老服务综合体。')).toEqual([]);
  });

  it('takes members of a project list that end in 建设 or 计划 for programmes', () => {
    expect(names('在高水平学校和专业建设、职业教育实训基地建设等重大项目中予以倾斜。')).toEqual([]);
  });

  it('takes a province’s projects or works of a kind for a category', () => {
    expect(names('为湖南省工程建设项目提供服务。')).toEqual([]);
    expect(names('改造提升通村公路。')).toEqual([]);
  });
});

describe('the boundary before a name', () => {
  it('is a verb of applying, selling, driving or a channel, never part of the name', () => {
    expect(names('支持信阳、南阳申建绿色金融改革创新试验区。')).toEqual([]);
    expect(names('对仅行驶沪宁高速公路的车辆免费。')).toEqual(['沪宁高速公路']);
    expect(names('打造线下南京市直播电商基地。')).toEqual(['南京市直播电商基地']);
  });
});
