// One body written several ways: the genre's full names, short names and abbreviations of the same
// department (发展和改革委员会 / 发展改革委 / 发改委; 人力资源和社会保障局 / 人社局; 住房和城乡建设局 /
// 住建局). `agencyForm` reduces a name to a form that two spellings of one body share, so they can be
// proposed as one; the region prefix stays, so 市财政局 of two cities are told apart by their notices.
import { regionPrefix } from './agency-names.ts';

/** The long forms of the genre's fields and their usual short forms, longest first. These are the
 *  standard abbreviations of China's government departments, not the names of one notice. */
const FIELD_FORMS: readonly (readonly [RegExp, string])[] = [
  [/发展(?:和)?改革(?:委员会|委)?|发改委?/, '发改'],
  [/人力资源(?:和)?社会保障|人力社保|人社/, '人社'],
  [/住房(?:和)?城乡建设|住建/, '住建'],
  [/自然资源(?:和)?规划|资源规划|资规/, '资规'],
  [/市场监督管理|市场监管|市监/, '市监'],
  [/工业(?:和)?信息化|工信/, '工信'],
  [/经济(?:和)?信息化|经信/, '经信'],
  [/文化(?:和)?旅游|文化广电(?:和)?旅游|文广旅|文旅/, '文旅'],
  [/卫生(?:和)?健康|卫生计生|卫健/, '卫健'],
  [/农业农村|农业/, '农业'],
  [/交通运输|交通/, '交通'],
  [/生态环境|环境保护|环保/, '环保'],
  [/退役军人事务|退役军人/, '退役军人'],
  [/应急管理|应急/, '应急'],
  [/医疗保障|医保/, '医保'],
  [/地方金融监督管理|地方金融监管|金融工作|金融办|地方金融/, '金融'],
  [/国有资产监督管理|国资/, '国资'],
  [/科学技术|科技/, '科技'],
  [/行政审批(?:服务)?|审批服务|政务服务(?:和大数据)?|政务/, '政务'],
  [/公共资源交易/, '公共资源交易'],
  [/住房公积金(?:管理)?/, '公积金'],
];

/** Endings of one kind of body: a 局 is a 局 whether written 管理局 or 局; 委员会 is 委. */
const BODY_FORMS: readonly (readonly [RegExp, string])[] = [
  [/委员会$|委$/, '委'],
  [/办公室$|办$/, '办'],
  [/(?:管理)?局$/, '局'],
  [/厅$/, '厅'],
  [/(?:管理)?中心$/, '中心'],
];

/** The form two spellings of one body share: its region prefix, its field's short form, its body's
 *  ending. Names of no known field keep their own words. */
export function agencyForm(name: string): string {
  const prefix = regionPrefix(name) ?? '';
  let rest = name.slice(prefix.length).replace(/[\s“”"]/g, '');
  for (const [long, short] of FIELD_FORMS) {
    const m = long.exec(rest);
    if (m && m.index === 0) {
      rest = short + rest.slice(m[0].length);
      break;
    }
  }
  for (const [ending, form] of BODY_FORMS) {
    if (ending.test(rest)) {
      rest = rest.replace(ending, form);
      break;
    }
  }
  // 发改委 is 发改 + 委: a field's short form may end where its body's begins.
  return `${prefix}|${rest.replace(/^(发改)委$/, '$1委')}`;
}

/** Two names that are probably one body written two ways (not the same spelling). */
export function sameBody(a: string, b: string): boolean {
  return a !== b && agencyForm(a) === agencyForm(b);
}
