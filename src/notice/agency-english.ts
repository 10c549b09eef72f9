// Agency names in English, for briefings written in English. A name is read as a run of known terms —
// places (the gazetteer's English names), levels (自治区 → Regional), fields (商务 → Commerce) and
// bodies (厅 → Department) — the fewest terms that cover it, and rendered in order, a ministry or a
// department as "Ministry of …", "Department of …". A name with any part not known stays in
// Chinese: an English label is never a guess. Pure.
import type { NoticeModel } from './model.ts';
import { locate } from './gazetteer.ts';
import { agencyLabels } from './agency-labels.ts';

type TermKind = 'level' | 'field' | 'body' | 'whole';

interface Term {
  readonly kind: TermKind;
  readonly en: string;
}

/** Where a name is: the administrative level, or a region. Places come from the gazetteer. */
const LEVELS: Readonly<Record<string, string>> = {
  自治区: 'Regional',
  内蒙古: 'Inner Mongolia',
  省: 'Provincial',
  省级: 'Provincial',
  市: 'Municipal',
  区: 'District',
  县: 'County',
  旗: 'Banner',
  盟: 'League',
  国家: 'National',
  全国: 'National',
  中央: 'Central',
};

/** What a body is responsible for. */
const FIELDS: Readonly<Record<string, string>> = {
  发展改革: 'Development and Reform',
  发展和改革: 'Development and Reform',
  发改: 'Development and Reform',
  商务: 'Commerce',
  经济和信息化: 'Economy and Information Technology',
  经信: 'Economy and Information Technology',
  工业和信息化: 'Industry and Information Technology',
  工信: 'Industry and Information Technology',
  科技和信息化: 'Science, Technology and Information',
  经贸: 'Economy and Trade',
  住房城乡建设: 'Housing and Urban-Rural Development',
  住房和城乡建设: 'Housing and Urban-Rural Development',
  住房保障: 'Housing Security',
  国土资源: 'Land and Resources',
  国土房管: 'Land Resources and Housing',
  自然资源: 'Natural Resources',
  规划: 'Planning',
  环保: 'Environmental Protection',
  环境保护: 'Environmental Protection',
  生态环境: 'Ecology and Environment',
  财政: 'Finance',
  旅游: 'Tourism',
  文化和旅游: 'Culture and Tourism',
  外事: 'Foreign Affairs',
  交通运输: 'Transport',
  交通: 'Transport',
  水利: 'Water Resources',
  人力资源社会保障: 'Human Resources and Social Security',
  人力资源和社会保障: 'Human Resources and Social Security',
  人社: 'Human Resources and Social Security',
  农牧业: 'Agriculture and Animal Husbandry',
  农业: 'Agriculture',
  农业农村: 'Agriculture and Rural Affairs',
  能源开发: 'Energy Development',
  能源: 'Energy',
  教育: 'Education',
  林业: 'Forestry',
  公安: 'Public Security',
  科技: 'Science and Technology',
  科学技术: 'Science and Technology',
  文化: 'Culture',
  文化广电新闻出版: 'Culture, Radio, Television, Press and Publication',
  广电: 'Radio and Television',
  新闻出版: 'Press and Publication',
  金融: 'Financial Affairs',
  卫生: 'Health',
  卫生健康: 'Health',
  卫生计生: 'Health and Family Planning',
  国税: 'State Taxation',
  地税: 'Local Taxation',
  税务: 'Taxation',
  工商: 'Industry and Commerce',
  市场监管: 'Market Regulation',
  市场: 'Market Regulation',
  市场监督管理: 'Market Regulation',
  质监: 'Quality and Technical Supervision',
  质量技术监督: 'Quality and Technical Supervision',
  食品药品监管: 'Food and Drug Supervision',
  体育: 'Sports',
  民政: 'Civil Affairs',
  司法: 'Justice',
  审计: 'Audit',
  统计: 'Statistics',
  医保: 'Healthcare Security',
  医疗保障: 'Healthcare Security',
  应急管理: 'Emergency Management',
  大数据: 'Big Data',
  城管: 'Urban Management',
  国资: 'State-owned Assets Supervision',
  银监: 'Banking Regulatory',
  保监: 'Insurance Regulatory',
  证监: 'Securities Regulatory',
  银保监: 'Banking and Insurance Regulatory',
  通信管理: 'Communications',
  出入境检验检疫: 'Entry-Exit Inspection and Quarantine',
  检验检疫: 'Inspection and Quarantine',
  口岸: 'Port',
  民航: 'Civil Aviation',
  机场: 'Airport',
  人民政府: "People's Government",
  政府: 'Government',
  组织: 'Organization',
  宣传: 'Publicity',
  统战: 'United Front Work',
};

/** What kind of body it is. A ministry and a department are named "… of" their field. */
const BODIES: Readonly<Record<string, string>> = {
  厅: 'Department',
  部: 'Ministry',
  局: 'Bureau',
  委: 'Commission',
  委员会: 'Commission',
  办: 'Office',
  办公室: 'Office',
  办公厅: 'General Office',
  总局: 'General Administration',
  管理局: 'Administration',
  中心: 'Centre',
  研究室: 'Research Office',
  总队: 'Corps',
  集团公司: 'Group Company',
  集团: 'Group',
  公司: 'Company',
  中心支行: 'Central Sub-branch',
  支行: 'Sub-branch',
};

/** Names read whole: their usual English is not the sum of their characters. */
const WHOLES: Readonly<Record<string, string>> = {
  海关: 'Customs',
  通信管理局: 'Communications Administration',
  税务总局: 'State Taxation Administration',
  市场监管总局: 'State Administration for Market Regulation',
  各省级人民政府: 'all provincial governments',
  编办: 'Staffing Office',
  民委: 'Ethnic Affairs Commission',
  法制办: 'Legislative Affairs Office',
  贸促会: 'Council for the Promotion of International Trade',
  金融办: 'Financial Affairs Office',
  外事办: 'Foreign Affairs Office',
  人民银行: "People's Bank of China",
  公安边防: 'Public Security Border Defence',
  公安消防: 'Public Security Fire',
  科协: 'Association for Science and Technology',
  工商联: 'Federation of Industry and Commerce',
  市委: 'Municipal Party Committee',
  区委: 'District Party Committee',
  省委: 'Provincial Party Committee',
  团市委: 'Municipal Youth League Committee',
  政法委: 'Political and Legal Affairs Commission',
  组织部: 'Organization Department',
  宣传部: 'Publicity Department',
  法院: 'Court',
  检察院: 'Procuratorate',
  国务院: 'State Council',
  银保监会: 'Banking and Insurance Regulatory Commission',
  各有关部门: 'all departments concerned',
  各有关单位: 'all units concerned',
  各相关单位: 'all units concerned',
  各有关部门和单位: 'all departments and units concerned',
  有关部门: 'departments concerned',
  各街道: 'all sub-districts',
};

/** Bodies named after their field: "Ministry of Finance", "Department of Commerce". */
const OF_BODIES = new Set(['部', '厅']);

const entries = (table: Readonly<Record<string, string>>, kind: TermKind): [string, Term][] =>
  Object.entries(table).map(([zh, en]) => [zh, { kind, en }]);

const LEXICON: ReadonlyMap<string, Term> = new Map([
  ...entries(LEVELS, 'level'),
  ...entries(FIELDS, 'field'),
  ...entries(BODIES, 'body'),
  ...entries(WHOLES, 'whole'),
]);
const LONGEST = Math.max(12, ...[...LEXICON.keys()].map((k) => k.length));

function termAt(name: string, start: number, end: number): (Term & { zh: string }) | null {
  const zh = name.slice(start, end);
  const known = LEXICON.get(zh);
  if (known) return { ...known, zh };
  const place = zh.length >= 2 ? locate(zh) : null;
  return place ? { kind: 'level', en: place.en, zh } : null;
}

/** The fewest known terms that cover the name, in order; null when some part is not known. */
function segment(name: string): (Term & { zh: string })[] | null {
  const best: ((Term & { zh: string })[] | null)[] = [[]];
  for (let end = 1; end <= name.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - LONGEST); start < end; start++) {
      const before = best[start];
      if (!before) continue;
      const term = termAt(name, start, end);
      const current = best[end];
      if (term && (!current || before.length + 1 < current.length)) best[end] = [...before, term];
    }
  }
  return best[name.length] ?? null;
}

/** The name in English, or null when any part of it is not in the lexicon. */
export function agencyEnglish(name: string): string | null {
  const terms = segment(name.replace(/\s+/g, ''));
  if (!terms || terms.length === 0) return null;
  const words: string[] = [];
  let fields: string[] = [];
  for (const term of terms) {
    if (term.kind === 'field') {
      fields.push(term.en);
      continue;
    }
    if (term.kind === 'body' && OF_BODIES.has(term.zh) && fields.length > 0) {
      words.push(`${term.en} of ${fields.join(' ')}`);
    } else {
      words.push(...fields, term.en);
    }
    fields = [];
  }
  words.push(...fields);
  return words.join(' ');
}

/** The model with each agency named in English for an English diagram: the English of its label (the
 *  name without its region, as the Chinese diagrams show it), or its Chinese name when the lexicon
 *  does not cover it. Ids, kinds and everything else stay as they are. */
export function withEnglishAgencyNames(model: NoticeModel): NoticeModel {
  const labels = agencyLabels(model.agencies);
  return {
    ...model,
    agencies: model.agencies.map((a) => ({
      ...a,
      name: agencyEnglish(labels.get(a.id) ?? a.name) ?? a.name,
    })),
  };
}
