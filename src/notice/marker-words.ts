// The words of the marker grammar and the role each gives. The README's table "Words and forms the
// parser knows" is this file in prose; a word added here belongs there too.
import type { Role } from './model.ts';

/** A role as the words give it, before the marker's other clauses settle it (see `settleRoles`). */
export type WordRole = Role | 'link' | 'deadline' | 'person';

/** Labels that open a list, always with a colon: `牵头单位：`, `配合部门:`, `责任单位及承办科室：`,
 *  `属地责任：`, `完成时限：`. */
export const LABEL = new RegExp(
  [
    '(?:牵头责任|主要责任|主体责任|牵头|主责|主办|配合|协办|参与|协助|协同|支持|责任|负责|落实|实施|承办|执行|具体){1,2}',
    '(?:责任)?(?:单位|部门|主体|处室|科室)',
    '(?:及(?:承办|协办|配合)?(?:单位|部门|科室|处室)(?:\\s*[(（](?:单位|部门)[)）])?)?',
    '\\s*[:：]',
    '|责任主体\\s*[:：]|属地责任\\s*[:：]|部门分工\\s*[:：]|分工\\s*[:：]',
    '|(?<![\\u4e00-\\u9fff])(?:牵头|配合|负责|参与|协助|协办|主责)\\s*[:：]',
    '|(?:完成时限|完成时间|时间节点|时限要求|完成期限|办结时限|时间安排|时序进度|时限)\\s*[:：]',
    '|(?:牵头负责|牵头|分管|责任|联系|包保|包联)?(?:省|市|区|县)?(?:领导|负责人)\\s*[:：]|责任人\\s*[:：]',
  ].join(''),
  'g',
);

/** Every label ends in a colon: text without one holds none, and LABEL need not run over it. */
export function mayHoldLabel(text: string): boolean {
  return text.includes('：') || text.includes(':');
}

/** The characters a LABEL alternative ends with before its `\s*[:：]` (a bracket in either width). */
const LABEL_LAST = new Set([...'位门体室)）任工头合责与助办限间点求排度导人'].map((c) => c.charCodeAt(0)));

/** Whether text has a colon after a character a label ends with: when not, LABEL (whose scan tries
 *  every position of a line) cannot match. Keep in step with LABEL. */
export function mayHoldLabelAfter(text: string): boolean {
  for (let at = nextColon(text, 0); at >= 0; at = nextColon(text, at + 1)) {
    let before = at - 1;
    while (before >= 0 && isSpaceCode(text.charCodeAt(before))) before--;
    if (before >= 0 && LABEL_LAST.has(text.charCodeAt(before))) return true;
  }
  return false;
}

const LABEL_AT = new RegExp(LABEL.source, 'y');

/** What a label is written with besides its colon: ideographs, spaces, brackets (a superset). */
function inLabel(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || c === 0x28 || c === 0x29 || c === 0xff08 || c === 0xff09 || isSpaceCode(c)
  );
}

function isSpaceCode(c: number): boolean {
  return String.fromCharCode(c).trim() === '';
}

/** The first LABEL match in `text` at or after `from`, as a global `exec` from there finds it, but
 *  tried only where one can start: a label ends at its one colon and holds only `inLabel`
 *  characters, so it starts in the run of them before a colon. On a long line without labels the
 *  regex is tried at a few places, not at every character. */
export function nextLabel(text: string, from: number): RegExpExecArray | null {
  let colon = from - 1;
  for (;;) {
    colon = nextColon(text, colon + 1);
    if (colon < 0) return null;
    let start = colon;
    while (start > from && inLabel(text.charCodeAt(start - 1))) start--;
    for (let at = start; at < colon; at++) {
      LABEL_AT.lastIndex = at;
      const match = LABEL_AT.exec(text);
      if (match !== null) return match;
    }
  }
}

function nextColon(text: string, from: number): number {
  const full = text.indexOf('：', from);
  const half = text.indexOf(':', from);
  return full < 0 ? half : half < 0 ? full : Math.min(full, half);
}

export function labelRole(label: string): WordRole {
  if (/时限|时间|期限|进度/.test(label)) return 'deadline';
  if (/领导|负责人|责任人/.test(label)) return 'person';
  if (/^(?:牵头|主责|主办|主要责任)/.test(label)) return 'lead';
  if (/^(?:配合|协办|参与|协助|协同|支持)/.test(label)) return 'cooperate';
  return 'responsible';
}

/** What may not follow a role verb: then the verb is part of a name or a label
 *  (`各项目牵头单位`, `就业指导中心`, `市项目推进办`). */
const NOT_AFTER_VERB = '(?![单部机人中办组科处室站服工领委专窗责会队])';

/** Verbs that close a list wherever they stand (`A牵头，B配合`, `A会同B负责`). */
const STRONG =
  '按照?[^,，;；。、\\s]{1,12}?分别牵头(?:负责)?|牵头抓总|牵头|负总责|主责|配合|协助|参与|协办|会同|负责';
/** Verbs that close a list only at the end of a clause: elsewhere they are prose or part of a name
 *  (`实施乡村振兴战略领导小组`, `支持中心`). */
const WEAK = '落实|实施|指导|督促|推进|推动|统筹|支持|协同|主办|组织';
/** Words that may stand before a verb and belong to it: `按职责分工负责`, `根据各自职责分别组织实施`. */
const ADVERB =
  '(?:按照?|根据|依据|依照)(?:各自)?(?:职责|职能)(?:分工)?|结合实际|分别|共同|积极|具体|切实|认真|全力|抓好|做好|负责';

/** A run of verbs and the adverbs that go with them; `index` and `[0]` as from `exec`. */
export const VERB_RUN = new RegExp(
  `(?:(?:${ADVERB})*(?:${STRONG})${NOT_AFTER_VERB}(?:(?:${ADVERB})*(?:${STRONG}|${WEAK})${NOT_AFTER_VERB})*)|(?:(?:${ADVERB})*(?:${WEAK})(?:(?:${ADVERB})*(?:${WEAK}))*(?=\\s*(?:$|[，,。；;:：、)）])))`,
  'g',
);

/** The verbs most runs are, alone, with the role `verbRole`'s rules give them: a marker's runs are
 *  mostly one of these, known without a search. */
const SINGLE_VERB: ReadonlyMap<string, WordRole> = new Map([
  ['牵头', 'lead'],
  ['配合', 'cooperate'],
  ['负责', 'responsible'],
]);

/** The role a run of verbs gives the list before it. */
export function verbRole(run: string): WordRole {
  const single = SINGLE_VERB.get(run);
  if (single !== undefined) return single;
  if (/牵头|负总责|主责|主办/.test(run)) return 'lead';
  if (/会同/.test(run)) return 'link';
  if (/配合|协助|参与|协办|协同|支持/.test(run)) return 'cooperate';
  return 'responsible';
}

/** Any role word at all: a sentence without one is a condition or a note. */
export const ROLE_WORD = /牵头|配合|负责|会同|协助|参与|协同|协办|主责|指导|落实|实施|督促|支持|推进|统筹/;

/** `列第一位者为牵头单位`, `排在第一位的为牵头单位`, `排序第一的责任单位为该项牵头单位`. */
export const LEAD_RULE =
  /(?:列|排|排列|排名|排序|名列)(?:在)?(?:第一|首)(?:位)?(?:的|者)?(?:单位|部门|责任单位)?(?:为|是)(?:该项|该项工作的?)?牵头(?:单位|部门)?|第一(?:个)?(?:单位|部门)(?:为|是)牵头(?:单位|部门)?/;

/** A standing allocation: `以下均需各县政府落实，不再列出`, `各项措施责任单位均包括…`. It holds for
 *  every item, so no item lists it. */
export const STANDING =
  /以下(?:[^。；;]{0,40}?)(?:均|都|一律|不再|不另|不一一)|(?:各项|所有|全部)(?:措施|任务|工作|政策|举措)?[^。；;]{0,12}?均(?:需|由|包括|涉及|要)|(?:具体|相关)?任务均涉及|不再(?:一一|单独|另行)?(?:列出|列举|做分工|分工|标注)/;

/** Deadlines written inside a marker: `2025年底前`, `2024年6月底前完成`, `长期坚持`, `持续推进`. */
export const DEADLINE =
  /(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?|上半年|下半年|年底|年内|底|末|起)?(?:前|以前|之前|开始|起)?|\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?(?:前|以前|之前)|(?:长期|持续)(?:坚持|推进|实施|开展)|(?:每年|逐年)(?:推进|开展)|(?:年内|年底前))(?:[,，、]?(?:长期|持续)(?:坚持|推进|实施|开展))?(?:完成|建成|启动|实现|到位)?/g;
