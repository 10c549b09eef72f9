// What a comparison of two notices explains, in words: how two agencies were taken for one, why two
// items were paired, and the load chart's key, axis and tooltips. The core gives the rule, the names and
// the figures; the names stay as the notices write them.
import type { AgencyMatchRule, ComparedAgency } from '../../compare/agency-matching.ts';
import type { ItemPair, RoleChange } from '../../compare/item-matching.ts';
import {
  CHANGE_NETWORK_CHINESE,
  CHANGE_NETWORK_ENGLISH,
  type ChangeNetworkWords,
} from '../../compare/change-network-words.ts';
import { DUMBBELL_CHINESE, DUMBBELL_ENGLISH, type DumbbellWords } from '../../compare/load-dumbbell-words.ts';

type Names = (rule: AgencyMatchRule, a: string, b: string) => string;

const agencyZh: Names = (rule, a, b) => {
  switch (rule) {
    case 'same-name':
      return `两份通知中名称相同：${b}。`;
    case 'same-region':
      return `把发文机关的地区读入名称后，${a}（A）与 ${b}（B）指同一机构。`;
    case 'same-body':
      return `${a}（A）与 ${b}（B）是同一机构的两种写法（该类文件的简称与全称）。`;
    case 'new':
      return `${b} 只在 B 中出现。`;
    case 'gone':
      return `${a} 只在 A 中出现。`;
  }
};

const agencyEn: Names = (rule, a, b) => {
  switch (rule) {
    case 'same-name':
      return `Same name in both notices: ${b}.`;
    case 'same-region':
      return `${a} (A) and ${b} (B) name the same body once the issuer's region is read into the name.`;
    case 'same-body':
      return `${a} (A) and ${b} (B) are one body written two ways (the genre's short and full forms).`;
    case 'new':
      return `${b} is named in B only.`;
    case 'gone':
      return `${a} is named in A only.`;
  }
};

function rolesZh(label: string, change: RoleChange): string | null {
  if (change.added.length === 0 && change.removed.length === 0) return null;
  const parts = [
    change.removed.length > 0 ? `不再有 ${change.removed.join('、')}` : '',
    change.added.length > 0 ? `新增 ${change.added.join('、')}` : '',
  ].filter(Boolean);
  return `${label}：${parts.join('；')}`;
}

function rolesEn(label: string, change: RoleChange): string | null {
  if (change.added.length === 0 && change.removed.length === 0) return null;
  const parts = [
    change.removed.length > 0 ? `no longer ${change.removed.join('、')}` : '',
    change.added.length > 0 ? `now also ${change.added.join('、')}` : '',
  ].filter(Boolean);
  return `${label}: ${parts.join('; ')}`;
}

const zh: {
  noticeGone: string;
  noModel: string;
  agency: (row: Pick<ComparedAgency, 'rule' | 'namesA' | 'namesB'>) => string;
  pair: (pair: ItemPair) => string;
  dumbbell: DumbbellWords;
  network: ChangeNetworkWords;
} = {
  noticeGone: '这份通知已不在工作区中',
  noModel: '解析器没有给出模型',
  agency: (row: Pick<ComparedAgency, 'rule' | 'namesA' | 'namesB'>) =>
    agencyZh(row.rule, row.namesA.join(' / '), row.namesB.join(' / ')),
  pair: (pair: ItemPair): string => {
    const [shared, a, b] = pair.bigrams;
    const words = pair.identical
      ? '文字相同。'
      : `共有 ${shared} / ${a} / ${b} 个字符对（Dice ${pair.score.toFixed(2)}）。`;
    const roles = [rolesZh('牵头', pair.leads), rolesZh('其他机构', pair.others)].filter(Boolean);
    return roles.length > 0 ? `${words}${roles.join('。')}。` : `${words}机构相同。`;
  },
  dumbbell: DUMBBELL_CHINESE,
  network: CHANGE_NETWORK_CHINESE,
};

export type ComparisonMessages = typeof zh;

const en: ComparisonMessages = {
  noticeGone: 'the notice is not in the workspace any more',
  noModel: 'the parser gave no model',
  agency: (row) => agencyEn(row.rule, row.namesA.join(' / '), row.namesB.join(' / ')),
  pair: (pair) => {
    const [shared, a, b] = pair.bigrams;
    const words = pair.identical
      ? 'Same text.'
      : `${shared} of ${a} / ${b} character pairs in common (Dice ${pair.score.toFixed(2)}).`;
    const roles = [rolesEn('Lead', pair.leads), rolesEn('Others named', pair.others)].filter(Boolean);
    return roles.length > 0 ? `${words} ${roles.join('. ')}.` : `${words} Same agencies.`;
  },
  dumbbell: DUMBBELL_ENGLISH,
  network: CHANGE_NETWORK_ENGLISH,
};

export const comparisonMessages = { zh, en };
