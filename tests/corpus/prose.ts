// Policy prose for synthetic notices: headings and sentences in the genre's register, built from
// verbs and objects of government work. It never uses the words markers are made of (牵头, 配合,
// 负责, 责任, 会同) nor brackets, so every marker in a synthetic notice is one the generator placed.
import type { Random } from './prng.ts';

const words = (list: string) => list.split(/\s+/).filter((w) => w.length > 0);

const OBJECTS = words(`口岸基础设施 跨境电子商务 现代物流体系 金融服务 科技创新平台 人才引进 营商环境 对外贸易
产业园区 生态环境治理 城乡基础设施 公共服务体系 社会保障体系 医疗卫生服务 文化旅游产业 农畜产品加工
能源开发利用 数字经济 通关便利化 投资环境 中小企业融资 职业技能培训 就业服务 创业孵化载体 市场监管
知识产权保护 政务服务 社会信用体系 安全生产 应急管理体系 水资源保护 大气污染防治 土地集约利用 绿色低碳发展
乡村振兴 现代农业 养老服务 教育资源 全民健身设施 对外交流合作 国际物流通道 铁路货运 航空口岸 公路网络
城市更新 保障性住房 供热燃气设施 污水垃圾处理 电子口岸 开放平台 外资利用 民营经济 国有企业改革 财税管理
投融资机制 重大项目 产业链供应链 冷链物流 数据中心 新型基础设施 边境旅游 进出口加工 湿地保护 矿区生态修复`);

const VERBS = words(
  '加快 推进 完善 健全 深化 强化 优化 支持 鼓励 引导 规范 提升 扩大 探索 建立 实施 落实 加大 推动 培育 打造 统筹 巩固 拓展 提高',
);
const COMPLEMENTS = words(
  '建设 改革 体系建设 机制 能力建设 水平 服务 试点 工作 发展 布局 管理 创新 合作 保障',
);
const ADVERBS = ['积极', '大力', '着力', '进一步', '有序', '全面', '持续', '深入', '切实', ''];
const MECHANISMS = words('长效机制 评价体系 工作机制 标准体系 协调机制 监测制度 考核办法');
const QUALITIES = words('布局合理 功能完善 运行高效 特色鲜明 协同联动 安全可靠');
const MEASURES = words('覆盖率 达标率 占比 完成率 合格率');

/** `国有企业改革` + `改革` reads as a stutter; so does `现代物流体系` + `体系建设`. */
function withComplement(object: string, complement: string): string {
  return object.endsWith(complement.slice(0, 2)) ? object : object + complement;
}

type Clause = (random: Random) => string;

const CLAUSES: readonly Clause[] = [
  (r) => `${r.pick(ADVERBS)}${r.pick(VERBS)}${withComplement(r.pick(OBJECTS), r.pick(COMPLEMENTS))}`,
  (r) => `${r.pick(ADVERBS)}${r.pick(VERBS)}${withComplement(r.pick(OBJECTS), r.pick(COMPLEMENTS))}`,
  (r) => `到${r.int(2022, 2030)}年，${r.pick(OBJECTS)}${r.pick(MEASURES)}达到${r.int(50, 98)}%以上`,
  (r) => `${r.pick(VERBS)}${r.pick(OBJECTS)}与${r.pick(OBJECTS)}协同发展`,
  (r) => `支持符合条件的企业参与${withComplement(r.pick(OBJECTS), r.pick(COMPLEMENTS))}`,
  (r) => `建立健全${r.pick(OBJECTS)}${r.pick(MECHANISMS)}`,
  (r) => `形成${r.pick(QUALITIES)}的${r.pick(OBJECTS)}格局`,
  (r) => `每年安排资金${r.int(1, 50)}亿元用于${r.pick(OBJECTS)}`,
];

/** One sentence of 1–4 clauses, ending in 。 */
export function sentence(random: Random): string {
  const count = random.int(1, 4);
  const clauses: string[] = [];
  for (let i = 0; i < count; i++) clauses.push(random.pick(CLAUSES)(random));
  return `${clauses.join('，')}。`;
}

export function prose(random: Random, minSentences: number, maxSentences: number): string {
  let out = '';
  const count = random.int(minSentences, maxSentences);
  for (let i = 0; i < count; i++) out += sentence(random);
  return out;
}

/** A heading phrase (`加快跨境电子商务发展`), distinct from those in `used`. */
export function headingPhrase(random: Random, used: Set<string>): string {
  for (;;) {
    const phrase = `${random.pick(VERBS)}${withComplement(random.pick(OBJECTS), random.pick(COMPLEMENTS))}`;
    if (!used.has(phrase)) {
      used.add(phrase);
      return phrase;
    }
  }
}

/** Topics for titles of plans (`现代流通体系建设`). */
export function planTopic(random: Random): string {
  return withComplement(random.pick(OBJECTS), random.pick(['建设', '发展', '改革', '高质量发展']));
}
