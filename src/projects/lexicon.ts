// The genre's generic vocabulary: words that describe a facility (its scale, sector, function,
// direction) without naming it. A project's name needs something before its suffix that is NOT
// made of these words: `满洲里西郊机场` (满洲里) is named, `国际物流中心` or `电子口岸` is not.

/** Word lists are written as space-separated strings so that they stay readable. */
export function words(list: string): readonly string[] {
  return list.split(/\s+/).filter(Boolean);
}

const SCOPE = words(`
  国际 国内 国内外 国家 国家级 省级 市级 区级 县级 自治区级 地方 全国 区域 区域性 跨区域 跨境 跨国
  境外 境内 境内外 海外 边境 沿边 沿海 内陆 陆路 周边 毗邻 城市 城区 主城区 老城区 新城区 城乡 农村
  社区 亚太 东北亚 亚欧 欧亚 北方 南方 地区 全市 全区 全省 本地 当地 我国 我区 我市 我省 试验区
  三国 两国 多国 俄方 蒙方 中方 外方 双方 各方 各类 各 一批 若干 多个 企业 单位 部门 项目 园区 基地 中心
  平台 市场 省内 市内 县内 区内 区域内 内河 环渤海 沿江 跨江 越河 普通 功能性 拓展 新一代 新时代 乡村 城镇
  时尚 运动 夜间 首次 相关 有关 新兴 省 市 县 区 宽带 老旧 高档 地下 中小 生活 污水 垃圾 乡镇 街道
  通村 通组 通乡 村组`);

/** Where within a place: `满洲里西郊机场` is still 满洲里's airport. */
const POSITION = words(`
  西郊 东郊 南郊 北郊 东侧 西侧 南侧 北侧 下游 上游 中游 沿岸 两侧 附近 第一 第二 第三 一期 二期 三期`);

const QUALITY = words(`
  现代 现代化 综合 大型 中型 小型 中小型 重点 重大 重要 主要 公共 电子 智慧 智能 数字 数据 信息
  信息化 专业 专业化 专项 特色 精品 示范 示范性 高端 高标准 高水平 高等级 高层次 高技能 先进 新型
  绿色 生态 循环 低碳 节能 环保 安全 优质 知名 著名 一流 标准化 规模化 集约化 多元 多功能 一体化
  指定 定点 大通关 通关 特别 特殊 新兴 传统 骨干 配套 基础 支撑 创意 病险`);

const SECTOR = words(`
  物流 商贸 贸易 经贸 商务 商业 行政 金融 产业 工业 农业 农牧业 牧业 林业 渔业 农产品 农畜产品
  农副产品 畜产品 粮油 服务 服务业 旅游 观光 休闲 度假 文化 科技 技术 创新 创业 孵化 人才 培训 教育
  交流 研发 加工 制造 制造业 装备 装备制造业 出口 进口 进出口 仓储 配送 中转 集散 交易 展示 会展
  结算 能源 矿产 矿产资源 资源 煤炭 电力 化工 建材 材料 木材 纺织 轻工 机械 汽车 保税 总部 原材料
  产学研 经济 医疗 卫生 健康 养老 体育 云计算 大数据 互联网 人力资源 继续教育 有色金属 金属 钢铁 冶金
  石化 石油 天然气 新能源 新材料 生物 医药 生物医药 食品 电子信息 光伏 风电 煤化工 稀土 物联网 软件
  服装 家具 建筑 农机 畜牧 乳业 羊绒 皮革 粮食 果蔬 蔬菜 水产 中药 蒙药 民族 高新技术 高新 数字经济
  电商 跨境电商 电子商务 商品 大宗商品 边民互市 互市 外贸 冷链 快递 邮政 航运 保障 应急 救援 文旅 康养
  现代农业 农牧业产业化 产业化 战略性新兴 装配式 循环经济 节能环保 清洁能源 氢能 储能 数据中心
  收费 保险 风力 发电 光伏发电 风力发电 水电 火电 核电 太阳能 生物质 抽水蓄能 蓄能
  预制菜 菜篮子 二手车 人资 外包 服务外包 温泉 星级 饭店 酒店 民宿 餐饮 夜市 冰雪 冬奥 遗产 非遗
  龙舟 足球 篮球 马拉松 滑雪 滑冰`);

const TRANSPORT = words(`
  口岸 公路 铁路 航空 民航 港口 水运 交通 运输 客运 货运 客货 通道 陆港 空运 多式联运 联运 集装箱
  国省 干线 国道 省道 县道 乡道 农村 高速 城际 市域 轨道 班列 中欧班列 枢纽 临空 临港 通用 支线 边防
  国防 货运场站 场站`);

/** The land and water that works restore: a lake's name makes the works named, these words do not. */
const ECOLOGY = words(`
  防护 防护林 湿地 河湖 草原 草场 水系 流域 水源 饮用水 水源地 土地 沙化 生物多样性 自然 矿区
  矿山 露天 露天矿 采煤 沉陷区 采煤沉陷区 环境 生态环境 体系`);

/** Activities that, before a suffix, belong to a descriptive phrase (`…生态修复工程`). */
export const ACTIVITY_NOUNS = words(`
  建设 开发 开放 保护 治理 修复 整治 恢复 复垦 养护 保育 改造 利用 综合利用 发展 合作 提升 升级
  节约 集约 转化 疏浚 绿化`);

export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  ...SCOPE,
  ...POSITION,
  ...QUALITY,
  ...SECTOR,
  ...TRANSPORT,
  ...ECOLOGY,
  ...ACTIVITY_NOUNS,
]);

/** Country names written before a foreign town (`俄罗斯赤塔`): not part of the place. */
const COUNTRY_PREFIXES = words('俄罗斯联邦 俄罗斯 蒙古国 蒙古 哈萨克斯坦 朝鲜 韩国 日本');

export function stripCountry(place: string): string {
  const prefix = COUNTRY_PREFIXES.find((c) => place.startsWith(c) && place.length >= c.length + 2);
  return prefix ? place.slice(prefix.length) : place;
}
