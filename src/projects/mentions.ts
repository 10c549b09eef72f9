// The projects one item's text names, in order. A suffix heads a project when the words before it
// name something (proper.ts); generic phrases are projects only through a list or a pair (lists.ts);
// a customs zone type is one after a verb of setting up.
import { findSuffixedPhrases, type SuffixedPhrase } from './candidates.ts';
import { MAX_NAME_LENGTH, type FoundName } from './found.ts';
import { isBareName, leadingName, stripQuotes } from './generic.ts';
import { countedList, joinPair, projectList, shareSuffix, shareTail } from './lists.ts';
import { placesOf } from './places.ts';
import { placeFirst, properStart, wholeProvince } from './proper.ts';
import { scanNameStart } from './scan.ts';
import { isRoute } from './routes.ts';
import { bookTitles, notAWork } from './not-works.ts';
import { headOf, isPortKind, refineKind, suffixesIn, type Suffix } from './suffixes.ts';

/** Words before a suffix, routes aside, are short: a longer run is a clause, not a name. */
const MAX_SPECIFIC = 20;

/** Verbs that commit to setting a zone up: `申请设立综合保税区`. */
const SETTING_UP = ['设立', '申报', '建设', '获批', '批准'];

export function findProjectNames(text: string): FoundName[] {
  const titles = bookTitles(text);
  const found = findSuffixedPhrases(text)
    .flatMap((phrase) => judge(text, phrase))
    .filter((f) => hasProperPart(f) && !notAWork(text, f, titles))
    .map((f) => withTitle(text, f));
  const seen = new Set<string>();
  return dropNested(found)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((f) => !seen.has(`${f.start}:${f.name}`) && Boolean(seen.add(`${f.start}:${f.name}`)));
}

/** A quoted title right after an area's name, ending in a head (`南沙新区“粤港澳人才合作特别示范区”`), is
 *  what the area is built as: one work, named by both, of the title's kind. After a port or a line
 *  it is a role (`…口岸“国际物流中心”`), and the name stays. */
function withTitle(text: string, found: FoundName): FoundName {
  if (found.kind !== 'zone' && found.kind !== 'industrial-park') return found;
  const quoted = /^“([^“”]{2,20})”/.exec(text.slice(found.end));
  const head = quoted?.[1] ? headOf(quoted[1]) : null;
  if (!quoted || !head) return found;
  const end = found.end + quoted[0].length;
  return { ...found, name: text.slice(found.start, end), kind: head.kind, end };
}

/** However it was found — alone, in a list, in a pair — a name ending in a head many categories end
 *  in (项目, 基地, 园区 …) has a proper part, or it is a category. */
function hasProperPart(found: FoundName): boolean {
  const head = headOf(found.name);
  if (!head?.strict || found.vouched) return true;
  const specific = found.name.slice(0, found.name.length - head.word.length);
  if (specific === '' || (head.kind !== 'zone' && wholeProvince(specific))) return false;
  const programme = head.word === '工程' || head.word === '项目';
  const opts = { keepTo: true, portSuffix: false, strict: true, programme };
  return properStart(specific, opts) === 0 || namesWorkWithin(specific);
}

/** A works or a project named after a named line, road or port: `郑开大道智能化改造工程`. */
function namesWorkWithin(specific: string): boolean {
  return suffixesIn(specific).some(
    ({ at, suffix }) =>
      at > 0 &&
      (suffix.strict
        ? at + suffix.word.length === specific.length && namedFacility(specific.slice(0, at), suffix)
        : properStart(specific.slice(0, at), { keepTo: true, portSuffix: false }) === 0),
  );
}

/** A short word of no vocabulary before a facility's head names that facility, and a work named
 *  after it right there is named (`故县水库|灌区`): categories do not stack a second head on a bare
 *  word. */
function namedFacility(before: string, suffix: Suffix): boolean {
  const facility = suffix.kind === 'other' && suffix.word !== '工程' && suffix.word !== '项目';
  return facility && before.length <= 4 && (isBareName(before) || ONE_CHARACTER_PLACE.test(before));
}

/** A place of one character and its level: `漳县`, `故县`. */
const ONE_CHARACTER_PLACE = /^[\u4e00-\u9fff][县镇乡村]$/;

function judge(text: string, whole: SuffixedPhrase): FoundName[] {
  // A project list names its members as written; the head after 等 is not theirs twice.
  const listed = projectList(text, whole);
  const alone = judgeAlone(text, whole);
  return [...listed, ...alone.filter((f) => !listed.some((l) => f.name.startsWith(l.name)))];
}

function judgeAlone(text: string, whole: SuffixedPhrase): FoundName[] {
  const keepTo = whole.suffix.line === true || whole.suffix.word === '工程' || whole.suffix.word === '项目';
  const programme = whole.suffix.word === '工程' || whole.suffix.word === '项目';
  const opts = {
    keepTo,
    portSuffix: isPortKind(whole.suffix.kind),
    strict: whole.suffix.strict === true,
    programme,
  };
  // The name begins at its proper part: what stands before it is a clause (`人员到|恩阳工业园区`).
  const cut =
    properStart(whole.specific, opts) ?? (opts.strict && namesWorkWithin(whole.specific) ? 0 : null);
  const phrase = cut ? { ...whole, start: whole.start + cut, specific: whole.specific.slice(cut) } : whole;
  const kind = refineKind(phrase.suffix, phrase.specific);
  if (kind && cut !== null) {
    // A bracketed gloss (`RCEP(区域全面经济伙伴关系协定)`) spells a word out: it adds no length.
    const plain = stripQuotes(phrase.specific).replace(/[(（][^()（）]*[)）]/g, '');
    const short = isRoute(phrase.specific, keepTo) || plain.length <= MAX_SPECIFIC;
    if (!short || phrase.end - phrase.start > MAX_NAME_LENGTH) return [];
    return [...shareSuffix(text, phrase, kind), named(text, phrase, kind)];
  }
  if (kind && phrase.specific === '' && phrase.suffix.designated) {
    return SETTING_UP.some((v) => text.startsWith(v, phrase.start - v.length))
      ? [named(text, phrase, kind)]
      : [];
  }
  if (kind && parallelPair(text, whole)) return [{ ...named(text, whole, kind), vouched: true }];
  const longer = kind ? placeOpened(text, whole) : null;
  if (kind && longer) return [{ ...named(text, longer, kind), vouched: true }];
  const listed = kind ? shareTail(text, phrase, kind) : null;
  if (listed) return listed;
  const counted = kind ? countedList(text, whole, kind) : [];
  if (counted.length > 0) return counted;
  const pair = joinPair(text, phrase);
  return pair ? [pair] : [];
}

/** Words a long name may hold when a place opens it: `晋陕豫黄河金三角承接产业转移示范区`,
 *  `豫鲁毗邻地区黄河流域高质量发展示范区`, `郑州航空港进口贸易促进创新示范区`. */
const INNER_WORDS = new Set(['承接', '促进', '高质量', '高水平', '和', '与']);
const MAX_OPENED = 24;

/** The phrase read back over such words to the place that opens it, or null. */
function placeOpened(text: string, phrase: SuffixedPhrase): SuffixedPhrase | null {
  let start = phrase.start;
  for (;;) {
    const inner = [...INNER_WORDS].find((w) => text.startsWith(w, start - w.length));
    if (!inner) break;
    const before = scanNameStart(text, start - inner.length, { keepTo: false, maxLength: MAX_OPENED });
    if (before === null || before === start - inner.length) break;
    start = before;
    if (phrase.suffixStart - start > MAX_OPENED) return null;
    const specific = text.slice(start, phrase.suffixStart);
    if (placeFirst(specific)) return { ...phrase, start, specific };
  }
  return null;
}

/** Two works written alike but for their first word, joined: `满西工业产业基地和满东工业产业基地` —
 *  the word that tells them apart names each. */
function parallelPair(text: string, phrase: SuffixedPhrase): boolean {
  const lead = leadingName(phrase.specific);
  const rest = phrase.specific.slice(lead.length) + phrase.suffix.word;
  // Rests of fewer than three characters are too short to tell two works apart; a bracket or a dot
  // counted twice, as the rest was once written into a pattern with each escaped.
  const restLength = rest.length + (rest.match(PATTERN_CHARACTERS)?.length ?? 0);
  if (lead.length < 2 || lead.length > 3 || !phrase.specific.startsWith(lead) || restLength < 3) return false;
  // Compared in place, not by a pattern built per phrase: the other work is a word of the lead's
  // length, then the same rest, joined right after the phrase (`…和满东…`) or right before it.
  const n = lead.length;
  const after = phrase.end;
  const before = phrase.start - 1 - rest.length - n;
  let other: string | undefined;
  if (isJoin(text, after) && ideographs(text, after + 1, n) && text.startsWith(rest, after + 1 + n))
    other = text.slice(after + 1, after + 1 + n);
  else if (
    before >= 0 &&
    isJoin(text, phrase.start - 1) &&
    ideographs(text, before, n) &&
    text.startsWith(rest, before + n)
  )
    other = text.slice(before, before + n);
  return other !== undefined && other !== lead && leadingName(other) === other;
}

const PATTERN_CHARACTERS = /[()（）.*+?[\]\\|{}^$]/g;

/** 和, 及, 与 or 、 at `at`. */
function isJoin(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x548c || c === 0x53ca || c === 0x4e0e || c === 0x3001;
}

/** `n` CJK unified ideographs from `at`. */
function ideographs(text: string, at: number, n: number): boolean {
  if (at + n > text.length) return false;
  for (let i = at; i < at + n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) return false;
  }
  return true;
}

function named(text: string, phrase: SuffixedPhrase, kind: FoundName['kind']): FoundName {
  const line = phrase.suffix.line === true;
  return {
    name: text.slice(phrase.start, phrase.end),
    kind,
    places: placesOf({ specific: phrase.specific, kind, line, section: phrase.section }),
    start: phrase.start,
    end: phrase.end,
  };
}

/** A name inside a longer one is part of it: `满洲里边境口岸` in `满洲里边境口岸防护林`. */
function dropNested(found: readonly FoundName[]): FoundName[] {
  return found.filter(
    (f) =>
      !found.some(
        (g) => g !== f && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start,
      ),
  );
}
