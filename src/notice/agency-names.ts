// What the genre's agency names look like: region prefixes, department suffixes, generic actors,
// corporate forms and kinds. General rules of Chinese administrative naming, not lists for one notice.
import type { AgencyKind } from './model.ts';

/** Region prefixes that a 、-run of names shares (`自治区外事办、交通运输厅` → 自治区交通运输厅).
 *  Single characters only count when they do not start a common word (市场, 区域 …). */
const REGION_PREFIX =
  /^(?:[\u4e00-\u9fff]{2,7}?(?:维吾尔|壮族|回族)?自治区|[\u4e00-\u9fff]{2,4}(?:省|市|自治州|地区|盟)(?![场政容民区域])|内蒙古|自治区|国家|中央|全国|(?:省|市|区|县|州|盟|旗)(?![场政容民域级]))/;

/** Words that contain a region character without being a region (城市管理局, 社区, 园区 …). */
const NOT_REGION_WORDS =
  /市场|市政|市容|市民|城市|超市|都市|区域|社区|园区|小区|景区|牧区|矿区|山区|片区|辖区|县域|省级|市级|区级|县级/g;

/** The endings of a department's name that, written bare in a list, take the run's region prefix. */
const DEPARTMENT_SUFFIX = /(?:厅|局|委|办|委员会|办公室|总队|支队|会|室|署|中心|院|部|处)$/;

const GENERIC =
  /^各|^(?:其他|其它|地方)?(?:有关|相关)(?:部门|单位|方面)|各级|各专班|各部门|各单位|^(?:全市|全省|全区|全县)(?:各|有关)/;

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

/** A plausible agency name: Chinese, short, no sentence punctuation, not a bare verb phrase. */
export function looksLikeAgencyName(name: string): boolean {
  if (name.length < 2 || name.length > 40) return false;
  if (/[。；;：:！？!?]/.test(name)) return false;
  const cjk = name.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return cjk >= 2 && cjk >= name.length * 0.6;
}
