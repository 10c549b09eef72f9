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
    // Parks, bases and works need a proper part: a place, a company, a route, a quoted name.
    expect(names('规划建设恩阳和柳林工业园区。')).toEqual(['恩阳工业园区', '柳林工业园区']);
  });

  it('reads the works a project list names, companies first, and leaves lists of kinds', () => {
    expect(
      names('重点实施比亚迪新能源乘用车及动力电池、洛阳石化百万吨乙烯、富士康增资扩产等标志性、牵引性项目。'),
    ).toEqual(['比亚迪新能源乘用车及动力电池', '洛阳石化百万吨乙烯', '富士康增资扩产']);
    // A kind among the members, or a kind of facility said of them: a list of categories.
    expect(names('编制二级公路、城市公路、生活垃圾转运站、污水处理厂等项目的报告。')).toEqual([]);
    expect(names('积极发展聚氯乙烯建筑型材、高档装饰门窗等新型建材项目。')).toEqual([]);
    expect(names('科学规划建设风力和光伏发电等项目。')).toEqual([]);
    // Software is no work, though a list of projects names it.
    expect(names('推进宽带满洲里、中俄电子商务云等重点项目建设。')).toEqual([]);
  });

  it('reads counted lists whose count is their length, and leaves whole cities counted as zones', () => {
    expect(names('11月底前鑫达、渝南2个露天煤矿建设出煤。')).toEqual(['鑫达', '渝南']);
    expect(names('力争建成郑州、开封、濮阳、周口4个千万平方米地热供暖规模化利用示范区。')).toEqual([]);
  });

  it('reads works told apart by their first word, and long names a place opens', () => {
    expect(names('规划建设满西工业产业基地和满东工业产业基地。')).toEqual([
      '满西工业产业基地',
      '满东工业产业基地',
    ]);
    expect(names('加快晋陕豫黄河金三角承接产业转移示范区建设。')).toEqual([
      '晋陕豫黄河金三角承接产业转移示范区',
    ]);
  });

  it('leaves categories of a province and schemes written with numbers', () => {
    expect(names('申创河南省开发区。')).toEqual([]);
    expect(names('打造“两河两港”，推进两河两港建设。')).toEqual([]);
    expect(names('支持上海园区高质量发展。')).toEqual([]);
    // A head before 过境, 政策 or 联盟 qualifies a policy or a body: the airport is no work here.
    expect(names('利用好144小时上海浦东机场过境免签政策。')).toEqual([]);
  });

  it('reads each member of a list that shares one head, named as written', () => {
    expect(names('开工三门峡灵宝、济源逢石河、汝阳菠菜沟等抽水蓄能电站。')).toEqual([
      '三门峡灵宝',
      '济源逢石河',
      '汝阳菠菜沟',
    ]);
    // Members of a project list are named as written, the head after 等 not added.
    expect(names('推进茅台3万吨酱香系列酒技改及配套设施、磷化集团20万吨/年磷酸铁等项目。')).toEqual([
      '茅台3万吨酱香系列酒技改及配套设施',
      '磷化集团20万吨/年磷酸铁',
    ]);
    // A bare head after 等 is each member's.
    expect(names('建设大连、营口等港。')).toEqual(['大连港', '营口港']);
    expect(names('建设豫中(郑州)、豫西(洛阳)2个区域性应急救援保障基地。')).toEqual([
      '豫中(郑州)',
      '豫西(洛阳)',
    ]);
    expect(names('提升国门观光旅游区、套娃广场等精品景区。')).toEqual(['国门观光旅游区', '套娃广场']);
  });

  it('finds the proper name behind the words before it, which are not part of it', () => {
    expect(names('鼓励辖区劳动者到恩阳工业园区就业。')).toEqual(['恩阳工业园区']);
    expect(names('允许外国航空公司执飞郑州机场。')).toEqual(['郑州机场']);
    expect(names('高标准建设中德(许昌)、中日(开封)等国际合作产业园区。')).toEqual([
      '中德(许昌)',
      '中日(开封)',
    ]);
  });

  it('reads a company’s project with its company, and a works named after a line', () => {
    expect(names('推进宁德时代新能源动力电池及材料项目。')).toEqual(['宁德时代新能源动力电池及材料项目']);
    expect(found('加快郑开大道智能化改造工程。')).toEqual([
      { name: '郑开大道智能化改造工程', kind: 'road', places: [] },
    ]);
  });

  it.each([
    ['高水平打造河南自贸试验区2.0版', '河南自贸试验区', 'zone'],
    ['加快郑州国际陆港建设', '郑州国际陆港', 'inland-port'],
    ['推进贵阳超算中心建设', '贵阳超算中心', 'data-centre'],
    ['建设成都硅谷', '成都硅谷', 'industrial-park'],
    ['支持兰州新区发展', '兰州新区', 'zone'],
    ['加快郑济高铁建设', '郑济高铁', 'rail'],
    ['推进济源产业城建设', '济源产业城', 'industrial-park'],
  ])('reads the head of %s', (text, name, kind) => {
    expect(found(`${text}。`).map((f) => [f.name, f.kind])).toEqual([[name, kind]]);
  });

  it('reads no transport service or tourist route as a work', () => {
    expect(names('开通满洲里至俄罗斯红石、赤塔及蒙古国乔巴山等国际公路客货运输线路。')).toEqual([]);
    expect(names('打造满洲里—后贝加尔斯克—赤塔、满洲里—乔巴山等精品旅游线路。')).toEqual([]);
  });

  it('joins a named activity and a generic one into one works', () => {
    expect(found('实施呼伦湖综合整治和生态修复工程。')).toEqual([
      { name: '呼伦湖综合整治和生态修复工程', kind: 'ecology', places: ['呼伦湖'] },
    ]);
  });

  it('steps over a quoted word inside a name', () => {
    expect(names('继续推进 “三北 ”防护林体系建设工程。')).toEqual(['“三北”防护林体系建设工程']);
  });

  it('takes no facility named only by the kind of port it stands at, nor a bare zone type', () => {
    expect(names('建设公路口岸国际物流贸易综合体和空港物流园。')).toEqual([]);
    expect(names('条件成熟时按程序申请设立综合保税区。')).toEqual([]);
    expect(names('推进满洲里综合保税区建设。')).toEqual(['满洲里综合保税区']);
  });

  it('lets a longer name hide the one inside it', () => {
    expect(names('推进满洲里边境口岸防护林示范建设。')).toEqual(['满洲里边境口岸防护林']);
  });

  it('gives kinds by suffix and by the words before it', () => {
    const kinds = (s: string) => findProjectNames(readableText(s)).map((f) => f.kind);
    expect(kinds('加快推进满洲里国家公路运输枢纽建设。')).toEqual(['logistics']);
    expect(kinds('建设中俄蒙农产品国际铁路物流贸储加工基地。')).toEqual(['logistics']);
    expect(kinds('建设满洲里木材加工交易示范基地。')).toEqual(['industry']);
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

describe('determiners and heads no category is written with', () => {
  it('takes no work that a determiner points at', () => {
    expect(names('所有普通公路实行免费通行，以上公路由交通部门养护。')).toEqual([]);
    expect(names('推进郑州至济源城际铁路及其济源延长线建设。')).toEqual(['郑州至济源城际铁路']);
    expect(names('实现乡镇通三级公路。')).toEqual([]);
  });

  it('names a new area, a central business district, a cooperation zone or a silicon valley by the word before it', () => {
    expect(found('支持虹桥国际中央商务区、横琴粤澳深度合作区建设。')).toEqual([
      { name: '虹桥国际中央商务区', kind: 'zone', places: [] },
      { name: '横琴粤澳深度合作区', kind: 'zone', places: [] },
    ]);
    expect(found('加快建设科大硅谷。').map((f) => [f.name, f.kind])).toEqual([
      ['科大硅谷', 'industrial-park'],
    ]);
    // With descriptive words only before them they are categories.
    expect(names('推进国际合作区和产业合作区建设。')).toEqual([]);
  });
});

describe('lists, heads and boundaries of the genre', () => {
  it('steps over a weight said of the list after 等', () => {
    expect(names('鼓励杭州大厦、银泰百货等重点商业综合体开展促销。')).toEqual(['杭州大厦', '银泰百货']);
  });

  it('takes bare names before the facility a works is done on for those facilities', () => {
    expect(names('实施石门、青龙潭等病险水库除险加固工程。')).toEqual(['石门', '青龙潭']);
  });

  it('takes bare names before a described kind as its instances when one member has a place', () => {
    expect(names('鼓励杭州宋城、雷峰塔、灵隐寺等旅游景点开展活动。')).toEqual([
      '杭州宋城',
      '雷峰塔',
      '灵隐寺',
    ]);
  });

  it('reads a network of bases as the bases, and a place in brackets adds no length', () => {
    expect(names('建设晋中(太谷)、晋东南(长治潞城)、晋南(临汾)应急航空救援基地网络。')).toEqual([
      '晋中(太谷)应急航空救援基地',
      '晋东南(长治潞城)应急航空救援基地',
      '晋南(临汾)应急航空救援基地',
    ]);
    expect(names('建设西南铁路网络。')).toEqual([]);
  });

  it('gives counted members the kind of the words after the count', () => {
    const kinds = found('加快晋中(榆次)、晋南(临汾)2个区域性综合应急救援保障基地建设。').map((f) => f.kind);
    expect(kinds).toEqual(['other', 'other']);
  });

  it('keeps 至 in a works joining two places', () => {
    expect(names('开工建设长沙至株洲段扩容工程。')).toEqual(['长沙至株洲段扩容工程']);
    expect(names('实施东湖至南湖水库等连通工程。')).toEqual(['东湖至南湖水库']);
  });

  it('shares the head inside a route’s name, not the works after it', () => {
    expect(names('推进湘江、沅水—澧水航道提升工程。')).toEqual(['湘江航道', '沅水—澧水航道提升工程']);
  });

  it('reads a name over a bracketed gloss and over 促进', () => {
    expect(names('打造江苏省CPTPP(全面与进步跨太平洋伙伴关系协定)示范区。')).toEqual([
      '江苏省CPTPP(全面与进步跨太平洋伙伴关系协定)示范区',
    ]);
    expect(names('依托青岛胶东进口贸易促进创新示范区建设集散地。')).toEqual([
      '青岛胶东进口贸易促进创新示范区',
    ]);
  });

  it('names a work after a facility named by a bare word', () => {
    expect(names('推进漳县水库灌区和凤凰水库灌区续建配套。')).toEqual(['漳县水库灌区', '凤凰水库灌区']);
  });

  it('reads bare members of a project list a company’s capacity anchors as projects', () => {
    expect(names('加快正泰5GWh、晶科、天合等项目建设进度。')).toEqual(['正泰5GWh', '晶科', '天合']);
    expect(names('加快光伏、风电等项目建设。')).toEqual([]);
  });

  it('reads three initials only before descriptive words', () => {
    expect(names('建设郑洛新国家自主创新示范区。')).toEqual(['郑洛新国家自主创新示范区']);
  });

  it('gives a works the kind of its own words, not of the place that opens it', () => {
    expect(found('实施河南嵩山配套工程。').map((f) => f.kind)).toEqual(['other']);
    expect(found('实施太湖综合整治工程。').map((f) => f.kind)).toEqual(['ecology']);
  });

  it('names an area with the quoted title it is built as, and a port without its role', () => {
    expect(names('推进郑东新区“中原金融创新示范区”建设。')).toEqual(['郑东新区“中原金融创新示范区”']);
    expect(names('打造满洲里口岸“国际物流中心”。')).toEqual(['满洲里口岸']);
  });
});
