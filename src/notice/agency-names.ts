// What the genre's agency names look like: region prefixes, department suffixes, generic actors,
// corporate forms and kinds. General rules of Chinese administrative naming, not lists for one notice.
import type { AgencyKind } from './model.ts';

/** Provinces and municipalities, often written without 省/市 (河北银保监局, 四川银保监局). */
const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';

/** Region prefixes that a 、-run of names shares (`自治区外事办、交通运输厅` → 自治区交通运输厅).
 *  Single characters only count when they do not start a common word (市场, 区域, 县级 …). */
const REGION_PREFIX = new RegExp(
  `^(?:[\\u4e00-\\u9fff]{2,7}?(?:维吾尔|壮族|回族)?自治区|(?![市省区县州盟旗])[\\u4e00-\\u9fff]{2,4}(?:省|市|自治州|地区|盟)(?![场容])|(?:${PROVINCES})(?:省|市)?|自治区|国家|中央|全国|市(?!场|容|政公用|政工程|政设施|政管理)|省(?!级)|区(?!域|块)|县(?!域|级)|州|盟|旗)`,
);

/** Words that contain a region character without being a region (城市管理局, 社区, 园区 …). */
const NOT_REGION_WORDS =
  /市场|市政|市容|市民|城市|超市|都市|区域|社区|园区|小区|景区|牧区|矿区|山区|片区|辖区|县域|省级|市级|区级|县级/g;

/** The endings of a department's name that, written bare in a list, take the run's region prefix. */
const DEPARTMENT_SUFFIX = /(?:厅|局|委|办|委员会|办公室|总队|支队|会|联|协|社|室|署|中心|院|部|处)$/;

/** Collective actors: 各地, 各有关部门, 省直有关部门, 市直各部门, 相关市(州)人民政府, 全区经济运行各专班. */
const GENERIC =
  /^各|各级|各专班|各部门|各单位|(?:有关|相关)[^、，,]{0,6}(?:部门|单位|方面|机构|政府)(?:和单位|和部门)?$|^(?:全市|全省|全区|全县)(?:各|有关)/;

const CORPORATE_FORM = /(?:股份有限公司|有限责任公司|有限公司|集团公司|公司)$/;

/** Offices of the central government or its vertical systems (customs, inspection, tax, financial
 *  regulators, the central bank's branches), whatever region they sit in. */
const VERTICAL =
  /人民银行|海关|出入境|检验检疫|国税|银监|保监|证监|银保监|外汇管理|通信管理局|边防检查|调查总队|民航(?!机场)|邮政管理|气象局|税务局|税务总局/;

/** Ministries and commissions named without a region are central (财政部, 市场监管总局, 银保监会). */
const CENTRAL_BARE = /(?:部|总局|总署|署|银保监会|证监会|国资委)$/;

const ENTERPRISE = /(?:公司|集团|企业|银行|(?:股份|有限)合作社)$/;

export function regionPrefix(name: string): string | null {
  return REGION_PREFIX.exec(name)?.[0] ?? null;
}

/** True when the name stands on its own: it names its region or place, or is not a department. */
export function needsCarriedPrefix(name: string): boolean {
  if (regionPrefix(name) !== null) return false;
  if (/[省市县旗盟]|自治区|[^社园小景牧矿山片辖]区/.test(name.replace(NOT_REGION_WORDS, ''))) return false;
  return DEPARTMENT_SUFFIX.test(name);
}

/** A department can lend its region prefix to the bare names after it; an enterprise cannot. */
export function lendsPrefix(name: string): boolean {
  return DEPARTMENT_SUFFIX.test(name) && !ENTERPRISE.test(name);
}

/** National prefixes are not carried: central agencies are listed by their official short names
 *  (国家发展改革委、商务部、审计署、全国妇联 — 商务部 is not 国家商务部). Regional ones are. */
export function takesPrefix(prefix: string): boolean {
  return !/^(?:国家|全国|中央|中国|国务院)$/.test(prefix);
}

export function isGenericActor(name: string): boolean {
  return GENERIC.test(name);
}

/** Two spellings of one enterprise differ only in their corporate form (`集团公司` / `集团`). */
export function agencyKey(name: string): string {
  const bare = name.replace(/[\s“”"'‘’]/g, '');
  if (CORPORATE_FORM.test(bare)) {
    const stem = bare.replace(CORPORATE_FORM, '');
    return /集团$/.test(stem) || bare.endsWith('集团公司') ? stem.replace(/集团$/, '') + '集团' : stem;
  }
  return bare;
}

export function agencyKind(name: string, generic: boolean): AgencyKind {
  if (generic) return 'generic';
  if (VERTICAL.test(name)) return 'central';
  if (ENTERPRISE.test(name)) return 'enterprise';
  const prefix = regionPrefix(name);
  if (prefix === '国家' || prefix === '中央' || /^国务院/.test(name)) return 'central';
  if (prefix === null && CENTRAL_BARE.test(name)) return 'central';
  return 'regional';
}

/** A bracket holding nothing but agency names (`（市发展改革委、市财政局）`) is a marker without a
 *  role word: every piece must end as the genre's agency names end, or be a generic actor. */
export function looksLikeAgencyList(content: string): boolean {
  const pieces = content
    .replace(/等(?:有关|相关)?(?:部门|单位)?(?:和|及)?(?:部门|单位)?\s*$/, '')
    .split(/[、，,；;]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return (
    pieces.length > 0 &&
    pieces.every(
      (p) =>
        looksLikeAgencyName(p) &&
        (isGenericActor(p) ||
          DEPARTMENT_SUFFIX.test(p) ||
          VERTICAL.test(p) ||
          ENTERPRISE.test(p) ||
          /(?:政府|海关|党委|法院|检察院)$/.test(p)),
    )
  );
}

/** A plausible agency name: Chinese, short, no sentence punctuation, not a bare verb phrase. */
export function looksLikeAgencyName(name: string): boolean {
  if (name.length < 2 || name.length > 40) return false;
  if (/[。；;：:！？!?]/.test(name)) return false;
  const cjk = name.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return cjk >= 2 && cjk >= name.length * 0.6;
}
