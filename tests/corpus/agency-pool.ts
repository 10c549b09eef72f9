// The agencies synthetic notices assign work to, by level of government. Departments carry their
// region prefix (省/自治区/市/区/县), which a notice may drop after 、 (`省发展改革委、财政厅`);
// offices of vertical systems, party organs, enterprises and generic actors never take a prefix.
import type { Random } from './prng.ts';

export type Level = 'central' | 'province' | 'autonomous-region' | 'city' | 'district';

export interface SynthAgency {
  /** The full name a reader understands, e.g. `省财政厅`. */
  readonly name: string;
  /** The region prefix that may be carried over 、, or '' when the name cannot lose one. */
  readonly prefix: string;
  readonly generic: boolean;
}

export interface Jurisdiction {
  readonly level: Level;
  /** The place as named in titles: `四川省`, `内蒙古自治区`, `广州市`, `鞍山市立山区`; '' for 国务院. */
  readonly place: string;
  /** Prefix of its departments' names: 省, 自治区, 市, 区, 县; '' for central ministries. */
  readonly prefix: string;
}

const CENTRAL = `国家发展改革委 教育部 科技部 工业和信息化部 公安部 民政部 司法部 财政部 人力资源社会保障部
自然资源部 生态环境部 住房城乡建设部 交通运输部 水利部 农业农村部 商务部 文化和旅游部 国家卫生健康委
退役军人事务部 应急管理部 人民银行 审计署 国务院国资委 海关总署 税务总局 市场监管总局 广电总局 体育总局
国家统计局 国家医保局 银保监会 证监会 国家知识产权局 国家能源局 国家林草局 国家移民局 民航局 国家铁路局
国家邮政局 全国总工会 共青团中央 全国妇联 中国残联 中国科协 国家乡村振兴局 国家外汇局`;

const PROVINCE_STEMS = `发展改革委 教育厅 科技厅 工业和信息化厅 民委 公安厅 民政厅 司法厅 财政厅 人力资源社会保障厅
自然资源厅 生态环境厅 住房城乡建设厅 交通运输厅 水利厅 农业农村厅 商务厅 文化和旅游厅 卫生健康委
退役军人事务厅 应急管理厅 审计厅 外事办 国资委 市场监管局 广电局 体育局 统计局 医保局 林草局
地方金融监管局 机关事务管理局 能源局 粮食和物资储备局 乡村振兴局 大数据中心 知识产权局 药监局 贸促会
侨办 档案局 政务服务管理局 口岸办 人防办 文物局 供销社 科协 工商联 总工会 妇联 残联 通信管理局 气象局`;

const CITY_STEMS = `发展改革委 教育局 科技局 工业和信息化局 公安局 民政局 司法局 财政局 人力资源和社会保障局
规划和自然资源局 生态环境局 住房城乡建设局 交通运输局 水务局 农业农村局 商务局 文化广电旅游局 卫生健康委
退役军人事务局 应急管理局 审计局 外办 国资委 市场监管局 体育局 统计局 医保局 林业局 金融办
机关事务管理局 城市管理局 政务服务数据管理局 住房公积金管理中心 投资促进局 港务局 口岸办 工商联 总工会
妇联 残联 科协 人防办 档案局 信访局 税务局 气象局`;

const DISTRICT_STEMS = `发改局 工信局 商务局 财政局 市场局 教育局 卫健局 住建局 城建局 人社局 民政局 应急局 司法局
自然资源分局 生态环境分局 文旅局 农业农村局 审计局 统计局 医保局 退役军人事务局 营商局 信访局 城管局
交通局 水务局 政数局 科技局 体育局 融媒体中心 总工会 妇联 税务局`;

/** `{place}` is the full place name (四川省), `{short}` the bare one (四川, 立山), `{P}` the prefix (区, 县). */
const VERTICAL: Readonly<Record<Exclude<Level, 'central'>, string>> = {
  province: `人民银行{short}中心支行 {short}海关 国家税务总局{place}税务局 {short}银保监局 国网{place}电力公司
中国铁路{short}局集团有限公司 省委组织部 省委宣传部 省委编办 省委网信办 团省委`,
  'autonomous-region': `人民银行{short}中心支行 {short}海关 {short}出入境检验检疫局 {short}国税局 {short}银保监局
{short}电力集团公司 自治区党委组织部 自治区党委宣传部 团自治区委员会`,
  city: `人民银行{short}市中心支行 {short}海关 国家税务总局{place}税务局 市委组织部 市委宣传部 市委编办 团市委
{short}供电局有限公司 市城投集团`,
  district: `{P}委组织部 {P}委宣传部 团{P}委 {short}经济开发区 市公安局{short}分局 国网{short}供电公司`,
};

const GENERIC: Readonly<Record<Level, string>> = {
  central: '各省级人民政府 各有关部门',
  province: '各市（州）人民政府 各有关部门 各县（市、区）人民政府',
  'autonomous-region': '各盟市 各盟行政公署 各有关部门',
  city: '各区、县级市 各区人民政府 各有关单位',
  district: '各街道 各相关单位 {P}直各部门 各街道办事处',
};

const words = (list: string) => list.split(/\s+/).filter((w) => w.length > 0);

export interface AgencyPool {
  /** Departments of this government, prefixed (empty for central: ministries have no prefix). */
  readonly departments: readonly SynthAgency[];
  /** Names that never take or lend a prefix: ministries, vertical offices, party organs, enterprises. */
  readonly others: readonly SynthAgency[];
  readonly generics: readonly SynthAgency[];
}

/** 四川省 → 四川, 广西壮族自治区 → 广西, 鞍山市立山区 → 立山. */
export function shortPlace(jurisdiction: Jurisdiction): string {
  const last = jurisdiction.place.replace(/^.+市(?=.+[区县]$)/, '');
  return last.replace(/(?:壮族|回族|维吾尔)?(?:自治区|省|市|区|县)$/, '');
}

const STEMS: Readonly<Record<Exclude<Level, 'central'>, string>> = {
  province: PROVINCE_STEMS,
  'autonomous-region': PROVINCE_STEMS,
  city: CITY_STEMS,
  district: DISTRICT_STEMS,
};

export function agencyPool(jurisdiction: Jurisdiction): AgencyPool {
  const fill = (name: string) =>
    name
      .replaceAll('{place}', jurisdiction.place)
      .replaceAll('{short}', shortPlace(jurisdiction))
      .replaceAll('{P}', jurisdiction.prefix);
  const plain = (name: string): SynthAgency => ({ name: fill(name), prefix: '', generic: false });
  const generics = words(GENERIC[jurisdiction.level]).map((name) => ({ ...plain(name), generic: true }));
  if (jurisdiction.level === 'central')
    return { departments: [], others: words(CENTRAL).map(plain), generics };
  const { prefix } = jurisdiction;
  return {
    departments: words(STEMS[jurisdiction.level]).map((stem) => ({
      name: prefix + stem,
      prefix,
      generic: false,
    })),
    others: words(VERTICAL[jurisdiction.level]).map(plain),
    generics,
  };
}

const PROVINCES =
  '四川 河南 江西 湖南 安徽 福建 山东 河北 山西 陕西 甘肃 贵州 云南 浙江 江苏 广东 辽宁 吉林 湖北 海南';
const REGIONS = '内蒙古 广西壮族 宁夏回族 新疆维吾尔 西藏';
const CITIES = '广州 成都 鞍山 洛阳 赣州 满洲里 绵阳 宜宾 遵义 泉州 潍坊 包头 柳州 芜湖 襄阳 株洲';
const DISTRICTS =
  '鞍山市立山区 沈阳市铁西区 兰州市城关区 成都市金牛区 洛阳市涧西区 南昌市青山湖区 赣州市南康区';
const COUNTIES = '仁寿县 长丰县 桐庐县 昌黎县 宁乡县';

export function drawJurisdiction(random: Random): Jurisdiction {
  const level = random.pick<Level>([
    'central',
    'province',
    'province',
    'autonomous-region',
    'city',
    'city',
    'district',
  ]);
  switch (level) {
    case 'central':
      return { level, place: '', prefix: '' };
    case 'province':
      return { level, place: `${random.pick(words(PROVINCES))}省`, prefix: '省' };
    case 'autonomous-region':
      return { level, place: `${random.pick(words(REGIONS))}自治区`, prefix: '自治区' };
    case 'city':
      return { level, place: `${random.pick(words(CITIES))}市`, prefix: '市' };
    case 'district': {
      const county = random.chance(0.3);
      const place = random.pick(words(county ? COUNTIES : DISTRICTS));
      return { level, place, prefix: county ? '县' : '区' };
    }
  }
}
