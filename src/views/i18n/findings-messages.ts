// What the parser found and what the notice's checks query, in words: the core gives each finding a
// code and its arguments (names and passages from the notice, numbers), and says it in English for the
// command line; the interface says it here in Chinese, and in English with the core's own words. A code
// or a check kind without its Chinese fails to compile.
import { CHECK_MESSAGES, type CheckKind } from '../../analysis/checks.ts';
import {
  DIAGNOSTICS,
  type DiagnosticCode,
  type DiagnosticLevel,
  type SuspectReason,
} from '../../notice/diagnostics.ts';
import type { PassageKind } from '../../view-model/unread-passages.ts';

type Say = (...args: string[]) => string;

const suspectZh: Record<SuspectReason, (name: string, length: string) => string> = {
  verb: (n) => `“${n}”含有动词或标签词：可能把句子的一部分读成了名称。`,
  long: (n, length) => `“${n}”长 ${length} 个字：比机构名称长。`,
  place: (n) => `“${n}”只是一个地名：是否指该地的政府或某个部门？`,
  ending: (n) => `“${n}”的结尾不像机构名称。`,
};

function suspect(words: typeof suspectZh): Say {
  return (reason = '', name = '', length = '') =>
    Object.hasOwn(words, reason) ? words[reason as SuspectReason](name, length) : name;
}

const diagnosticsZh: Record<DiagnosticCode, Say> = {
  EMPTY_INPUT: () => '通知是空的：没有可读的文字。',
  BINARY_INPUT: () =>
    '这不是文本文件（含有控制字符或空字节），也不是本应用能读的文档（PDF、Word、WPS、OFD、RTF、表格）；请以其中一种格式打开通知，或粘贴其正文。',
  DECODE_LOSSY: (encoding = '') => `有些字节无法按任何已知编码解码（按 ${encoding} 读取）；它们显示为 �。`,
  ENCODING: (encoding = '') => `按 ${encoding} 解码。`,
  HTML_REDUCED: () => '输入是网页：只保留了页面的文字。',
  NO_TITLE: () => '通知开头没有找到标题行。',
  NO_SECTIONS: () => '没有找到部分（一、…）：任务不分部分列出。',
  ONE_LEVEL: (example = '') => `通知只用一级编号（${example}）：每条读作一项任务，不分部分。`,
  NO_MARKERS: () => '没有找到分工标记（牵头/配合/负责/责任单位）：没有分配任何机构。',
  UNCLOSED_BRACKET: (bracket = '') => `此处的括号 ${bracket} 没有闭合。`,
  UNOPENED_BRACKET: (bracket = '') => `此处的右括号 ${bracket} 没有对应的左括号。`,
  MARKER_WITHOUT_AGENCY: (word = '') => `标记写了“${word}”，却没有写出机构。`,
  MARKER_OUTSIDE_TASK: () => '这个分工标记不在任何任务之内；其事项保留，但不属于任务。',
  UNREAD_NAME: (name = '') => `这个标记中的“${name}”没有读作机构名称。`,
  UNREAD_MARKER: (passage = '') => `这像是分工标记，但没有读出：“${passage}”。请把它改成事项或手工更正。`,
  SUSPECT_NAME: suspect(suspectZh),
  ITEM_WITHOUT_MARKER: (label = '') => `事项 ${label} 没有分工标记：没有分配机构。`,
  NUMBERING_GAP: (ordinal = '', previous = '') =>
    `同一级的编号 ${ordinal} 跟在 ${previous} 之后：编号有缺漏或重复。`,
  LEAD_RULE: (rule = '') => `此处写明规则：“${rule}”——此后排在第一位的机构为牵头单位。`,
  STANDING_RULE: (rule = '') => `此处写明的规则适用于后面的事项：“${rule}”。`,
  ALIAS: (alias = '', name = '') => `“${alias}”视为“${name}”的另一种写法。`,
  TRUNCATED: () => '文字似乎在此中断：最后一段没有写完。',
};

/** The English is the core's own message, made from the same arguments. */
const diagnosticsEn = Object.fromEntries(
  Object.entries(DIAGNOSTICS).map(([code, kind]): [string, Say] => [code, kind.message]),
) as Record<DiagnosticCode, Say>;

const checksZh: Readonly<Record<Exclude<CheckKind, 'not-read'>, Say>> = {
  'no-lead': (names = '') => `这个事项没有牵头单位（${names}）。`,
  'several-leads': (count = '', names = '') => `这个事项有 ${count} 个牵头单位：${names}。`,
  'lead-and-cooperate': (names = '') => `${names}在这个事项中既牵头又配合。`,
  'only-collective': (names = '') => `这个事项只由泛指主体承担（${names}）：没有一个机构对它负责。`,
  'repeated-item': (count = '') => `同一事项出现了 ${count} 次。`,
  'same-body': (a = '', b = '') => `${a}与${b}可能是同一机构的两种写法。`,
  'named-once': (name = '') => `${name}只在一个事项中出现：可能是笔误，或是次要的部门。`,
};

const zh = {
  passageKinds: {
    marker: '未读出',
    name: '名称未读出',
    'no-agency': '无机构',
    suspect: '核对名称',
  } satisfies Record<PassageKind, string>,
  /** A place in the text, as the parser counts lines. */
  place: (line: number, column: number) => `第 ${line} 行第 ${column} 列`,
  levels: { error: '错误', warning: '警告', info: '提示' } satisfies Record<DiagnosticLevel, string>,
  summary: (counts: readonly (readonly [DiagnosticLevel, number])[]) =>
    counts.length === 0
      ? '无'
      : counts
          .map(([level, n]) => `${n} 个${{ error: '错误', warning: '警告', info: '提示' }[level]}`)
          .join(' · '),
  diagnostics: diagnosticsZh,
  checkLabels: {
    'not-read': '未读出',
    'same-body': '疑似同一机构',
    'no-lead': '无牵头',
    'several-leads': '多个牵头',
    'lead-and-cooperate': '既牵头又配合',
    'only-collective': '仅泛指主体',
    'repeated-item': '重复事项',
    'named-once': '仅出现一次',
  } satisfies Record<CheckKind, string>,
  checks: checksZh,
};

export type FindingsMessages = typeof zh;

const en: FindingsMessages = {
  passageKinds: {
    marker: 'Not read',
    name: 'Name not read',
    'no-agency': 'No agency',
    suspect: 'Check name',
  },
  place: (line, column) => `line ${line}:${column}`,
  levels: { error: 'error', warning: 'warning', info: 'info' },
  summary: (counts) =>
    counts.length === 0
      ? 'none'
      : counts.map(([level, n]) => `${n} ${level}${n > 1 && level !== 'info' ? 's' : ''}`).join(' · '),
  diagnostics: diagnosticsEn,
  checkLabels: {
    'not-read': 'Not read',
    'same-body': 'Same body, two names',
    'no-lead': 'No lead',
    'several-leads': 'Several leads',
    'lead-and-cooperate': 'Leads and cooperates',
    'only-collective': 'Only collective actors',
    'repeated-item': 'Repeated item',
    'named-once': 'Named once',
  },
  checks: CHECK_MESSAGES,
};

export const findingsMessages = { zh, en };
