// Names that read like works but are not: a zone named as the body that runs it (an agency), a name
// inside a document's title, a year's programme, a clause, a campaign, a scope, a programme of many
// facilities, a title sought, a province's programme. Tested on invented sentences (not-works.test.ts).
import type { FoundName } from './found.ts';
import { segmentGeneric, stripQuotes } from './generic.ts';
import { ACTIVITY_NOUNS } from './lexicon.ts';
import { placeAtStart } from '../notice/places.ts';
import { provincePrefix } from './proper.ts';
import { headOf } from './suffixes.ts';

/** A name before these is its body's (`济源示范区管委会`, `…开发区管理委员会`): an agency, not a work.
 *  So is each name of a list the body closes (`济源示范区、航空港区管委会`, as addressees are written). */
const INSTITUTION_AFTER =
  /^(?:、[^，。；：、,;:]{2,12}?)*(?:管委会|管理委员会|管理局|管理处|管理办公室|人民政府|政府|办事处|党工委|工委)/;

/** A year inside a name (`恩阳区2022年通信基础设施`) makes it that year's programme. */
const YEAR = /(?:19|20)\d\d年/;

/** Facilities and systems in the plural, built under one programme (`…垃圾分类及收转运设施建设项目`,
 *  `…收集转运系统建设项目`): the programme of a place, not one work. */
const MANY_FACILITIES = new RegExp(`(?:设施|系统)(?:${ACTIVITY_NOUNS.join('|')})+(?:项目|工程)$`);

/** Conjunctions that join clauses, never words of a name: `台湾地区生产且经平潭口岸`. */
const CLAUSE = /[且而]/;

/** `进` before the head: the genre's campaigns `进园区、进企业、进社区` take services to places. */
const CAMPAIGN = /进$/;

/** A scope: `自贸试验区内口岸开放项目`, `区域内高速公路` — the works within it, not one. */
const WITHIN = /[区园市省县境]内(?!蒙)/;

/** The spans inside 《…》: a name in a document's title is the document's (`《济源示范区…规划》`). */
export function bookTitles(text: string): [number, number][] {
  return [...text.matchAll(/《[^《》]{1,80}》/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** Whether `found`, read in `text`, is no work for one of the genre's reasons above. */
export function notAWork(text: string, found: FoundName, titles: readonly [number, number][]): boolean {
  return (
    INSTITUTION_AFTER.test(text.slice(found.end, found.end + 40)) ||
    titles.some(([from, to]) => from < found.start && found.end <= to) ||
    YEAR.test(found.name) ||
    CLAUSE.test(found.name) ||
    WITHIN.test(found.name) ||
    CAMPAIGN.test(specificOf(found.name)) ||
    MANY_FACILITIES.test(found.name) ||
    titleSought(text, found) ||
    provinceProgramme(found)
  );
}

/** Verbs of competing for a title (`申创河南省服务外包产业园`, `争创国家骨干冷链物流基地`): what
 *  follows is a designation many hold, not a work, unless it has a name of its own beside the place. */
const TITLE_VERB = /(?:争创|申创|创建|申建)$/;

function titleSought(text: string, found: FoundName): boolean {
  if (!TITLE_VERB.test(text.slice(Math.max(0, found.start - 2), found.start))) return false;
  const head = headOf(found.name);
  if (!head) return false;
  const specific = stripQuotes(found.name.slice(0, found.name.length - head.word.length));
  const rest = specific.slice(placeAtStart(specific, { alone: true }));
  return segmentGeneric(rest).every((s) => s.generic);
}

/** The words before a name's head. */
function specificOf(name: string): string {
  const head = headOf(name);
  return head ? name.slice(0, name.length - head.word.length) : name;
}

/** A province and descriptive words before 项目 or 工程 (`湖南省工程建设项目`, `河南标准走出去工程`)
 *  are all the province's projects of a kind, or its programme. A smaller place keeps such a name: a
 *  county's works are often one (`扎赉诺尔采煤沉陷区土地生态环境恢复复垦工程`). */
function provinceProgramme(found: FoundName): boolean {
  const head = headOf(found.name);
  if (head?.word !== '项目' && head?.word !== '工程') return false;
  const specific = stripQuotes(specificOf(found.name));
  const province = provincePrefix(specific);
  const rest = specific.slice(province).replace(/工程/g, '');
  return province > 0 && segmentGeneric(rest).every((s) => s.generic);
}
