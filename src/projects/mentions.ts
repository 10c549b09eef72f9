// The projects one item's text names, in order. A suffix heads a project when the words before it
// name something (proper.ts); generic phrases are projects only through a list or a pair (lists.ts);
// a customs zone type is one after a verb of setting up.
import { findSuffixedPhrases, type SuffixedPhrase } from './candidates.ts';
import { MAX_NAME_LENGTH, type FoundName } from './found.ts';
import { stripQuotes } from './generic.ts';
import { joinPair, shareSuffix, shareTail } from './lists.ts';
import { placesOf } from './places.ts';
import { isNamed } from './proper.ts';
import { isRoute } from './routes.ts';
import { isPortKind, refineKind } from './suffixes.ts';

/** Words before a suffix, routes aside, are short: a longer run is a clause, not a name. */
const MAX_SPECIFIC = 20;

/** Verbs that commit to setting a zone up: `申请设立综合保税区`. */
const SETTING_UP = ['设立', '申报', '建设', '获批', '批准'];

export function findProjectNames(text: string): FoundName[] {
  const found = findSuffixedPhrases(text).flatMap((phrase) => judge(text, phrase));
  return dropNested(found).sort((a, b) => a.start - b.start || a.end - b.end);
}

function judge(text: string, phrase: SuffixedPhrase): FoundName[] {
  const kind = refineKind(phrase.suffix, phrase.specific);
  const keepTo = phrase.suffix.line === true;
  if (kind && isNamed(phrase.specific, { keepTo, portSuffix: isPortKind(phrase.suffix.kind) })) {
    const short = isRoute(phrase.specific, keepTo) || stripQuotes(phrase.specific).length <= MAX_SPECIFIC;
    if (!short || phrase.end - phrase.start > MAX_NAME_LENGTH) return [];
    return [...shareSuffix(text, phrase, kind), whole(text, phrase, kind)];
  }
  if (kind && phrase.specific === '' && phrase.suffix.designated) {
    return SETTING_UP.some((v) => text.startsWith(v, phrase.start - v.length))
      ? [whole(text, phrase, kind)]
      : [];
  }
  const listed = kind ? shareTail(text, phrase, kind) : null;
  if (listed) return listed;
  const pair = joinPair(text, phrase);
  return pair ? [pair] : [];
}

function whole(text: string, phrase: SuffixedPhrase, kind: FoundName['kind']): FoundName {
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
