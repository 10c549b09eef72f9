// Reading a list of agencies out of a marker: `满洲里海关、内蒙古出入境检验检疫局，自治区外事办、交通运输厅等部门`.
// Lists are split at 、，；/ outside brackets and at the joining words 和 及 以及 与 between two names;
// tails (`等部门`) and predicates (`结合实际抓好落实`) are left out; a collective actor continues over
// a bare level (`各市、县人民政府`). Region prefixes are carried afterwards, over the whole marker
// (region-prefix.ts), since a marker's names belong to one government.
import { endsAsName, looksLikeAgencyName, NAME_ENDING } from './agency-names.ts';
import { isCloser, isOpener, splitList, trimListEnd, trimPiece, type Piece } from './list-pieces.ts';

export interface NamedSpan {
  /** The full name after prefix carry-over. */
  readonly name: string;
  /** Where the name as written stands, in normalised-text offsets. */
  readonly start: number;
  readonly end: number;
}

export interface AgencyListReading {
  readonly names: readonly NamedSpan[];
  /** Pieces that were not read as names, with their normalised offsets. */
  readonly unread: readonly NamedSpan[];
}

/** `等部门`, `等有关部门和单位`, `等` — "and others": the list is closed, nothing to name. */
const TAIL =
  /等(?:\d+个|[一二三四五六七八九十]+个)?(?:[\u4e00-\u9fff]{0,4}?(?:有关|相关|其他|其它|各))?(?:部门|单位|机构|成员单位|方面)?(?:和|及|、)?(?:部门|单位|机构)?$/;

/** Every tail opens with 等: a text without one keeps its end, known without the search. */
function withoutTail(text: string): string {
  return text.includes('等') ? text.replace(TAIL, '') : text;
}

/** A bare level after `各市、`: it continues the same collective actor (`各市、县人民政府`). */
const BARE_LEVEL_START =
  /^(?:县级市|县市区|县区|县|市|区|旗|乡镇|乡|镇|街道|盟|州|自治县|地)(?:[(（〔][^)）〕]{1,8}[)）〕])?(?:人民政府|政府|管委会|党委|党工委|办事处)?$/;

/** `组织各相关部门实施`: a predicate whose object is a collective names no one to read. */
const COLLECTIVE_OBJECT = /^[\u4e00-\u9fff]{0,4}(?:各|有关|相关)[^、，,]{0,6}(?:部门|单位|机构)/;
const AGENCY_IN_TEXT = /[\u4e00-\u9fff]{2,}(?:人民政府|政府|管委会|中心|部门|厅|局|委|办)/;

/** Several levels at once, a collective actor by itself: 市州, 县市区, 市县. */
const COMPOUND_LEVEL = /^(?:市州|市县|县市区|县市|县区|区县|乡镇|镇街)(?:[(（〔][^)）〕]{1,8}[)）〕])?$/;

/** Words that open a predicate after a name: what the agency does is not part of its name. */
const PREDICATE =
  /^(?:结合|根据|按照|按|依据|依照|组织|负责|落实|实施|推进|推动|抓好|做好|分别|共同|切实|认真|具体|牵头|配合|参与|协助|指导|督促|统筹|加强|做实|确保|要|应|将)/;

/** A side of a joining word that can stand as a name: it ends as agency names end. */
function standsAsName(text: string): boolean {
  return looksLikeAgencyName(text) && endsAsName(text) && !/^(?:部门|单位|机构|企业)$/.test(text);
}

/** `市财政局和市税务局`, `教育部等和各有关省级人民政府`: a joining word between two names splits them;
 *  inside a name (`住房和城乡建设局`, `工业和信息化部`) it does not, since its left side is no name. */
function splitJoined(piece: Piece): Piece[] {
  // An exec loop over its own regex: `matchAll` clones the regex on every call.
  const join = /等和|以及|和|及|与|并/g;
  for (let m = join.exec(piece.text); m !== null; m = join.exec(piece.text)) {
    const left = piece.text.slice(0, m.index).replace(/等$/, '');
    const right = piece.text.slice(m.index + m[0].length);
    if (!standsAsName(left) || !standsAsName(withoutTail(right))) continue;
    return [
      { text: left, start: piece.start },
      ...splitJoined({ text: right, start: piece.start + m.index + m[0].length }),
    ];
  }
  return [piece];
}

/** The first characters of a COMPOUND_LEVEL: a piece that opens otherwise is none, told without it. */
const LEVEL_FIRST = new Set([...'市县区乡镇'].map((c) => c.charCodeAt(0)));
const isCompoundLevel = (text: string) => LEVEL_FIRST.has(text.charCodeAt(0)) && COMPOUND_LEVEL.test(text);

const GE = '各'.charCodeAt(0);
const startsWithGe = (text: string) => text.charCodeAt(0) === GE;

/** A collective actor continues over a bare level: `各市`、`县人民政府` → `各市、县人民政府`;
 *  `市州`、`县市区人民政府` → one actor too. */
function joinCollectiveLevels(run: Piece[], source: string, runStart: number): Piece[] {
  const joined: Piece[] = [];
  for (const piece of run) {
    const prev = joined[joined.length - 1];
    const opens = prev && (startsWithGe(prev.text) || isCompoundLevel(prev.text));
    if (prev && opens && !startsWithGe(piece.text) && BARE_LEVEL_START.test(piece.text)) {
      const from = prev.start - runStart;
      const to = piece.start + piece.text.length - runStart;
      joined[joined.length - 1] = { text: source.slice(from, to), start: prev.start };
    } else {
      joined.push(piece);
    }
  }
  return joined;
}

/** A predicate word where it stands (sticky: no slice of the rest for each position tried). */
const PREDICATE_AT = new RegExp(PREDICATE.source.replace(/^\^/, ''), 'y');

/** The name without what follows it: `各市人民政府结合实际抓好落实` → `各市人民政府`. */
function dropPredicate(text: string): string {
  let depth = 0;
  let wholeIsName: boolean | null = null;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i - 1);
    if (isOpener(c)) depth++;
    else if (isCloser(c)) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    PREDICATE_AT.lastIndex = i;
    const predicate = PREDICATE_AT.exec(text)?.[0];
    if (!predicate) continue;
    const head = text.slice(0, i);
    if (!NAME_ENDING.test(head)) continue;
    // `省委组织部`, `市项目推进办`: a predicate word inside a name is part of it; a whole name is cut
    // only before a verb with a collective object (`县政府组织各相关部门`).
    wholeIsName ??= NAME_ENDING.test(text);
    if (!wholeIsName || /^(?:各|有关|相关)/.test(text.slice(i + predicate.length))) return head;
  }
  return text;
}

/** A piece's names once split at joining words and cut before predicates, offsets from the piece. */
interface PieceReading {
  readonly text: string;
  readonly start: number;
  /** What a predicate carried off that may hold another agency (`市教育局落实市科技局`). */
  readonly dropped: NamedSpan | null;
}

function readPiece(piece: string): PieceReading[] {
  return splitJoined({ text: piece, start: 0 }).map((p) => {
    const whole = withoutTail(p.text).replace(/[,，、\s]+$/, '');
    const text = dropPredicate(whole);
    const dropped = whole.slice(text.length);
    const said = AGENCY_IN_TEXT.test(dropped) && !COLLECTIVE_OBJECT.test(dropped);
    return {
      text,
      start: p.start,
      dropped: said ? { name: dropped, start: p.start + text.length, end: p.start + whole.length } : null,
    };
  });
}

/** Piece readings and name tests already made in this parse: lists share most of their names. */
export class ListMemo {
  private readonly pieces = new Map<string, PieceReading[]>();
  private readonly names = new Map<string, boolean>();

  piece(text: string): PieceReading[] {
    let reading = this.pieces.get(text);
    if (reading === undefined) {
      reading = readPiece(text);
      this.pieces.set(text, reading);
    }
    return reading;
  }

  isName(text: string): boolean {
    let is = this.names.get(text);
    if (is === undefined) {
      is = isName(text);
      this.names.set(text, is);
    }
    return is;
  }
}

function isName(text: string): boolean {
  return looksLikeAgencyName(text) && endsAsName(text);
}

/** Read a list's names in order, as written (prefixes are carried afterwards, over the marker). */
export function readAgencyList(text: string, start: number, memo?: ListMemo): AgencyListReading {
  const names: NamedSpan[] = [];
  const unread: NamedSpan[] = [];
  const body = trimPiece(text, start);
  const cut = trimListEnd(body.text);
  // The tail (`等部门`) ends the text: cutting it off and trimming is blanking it out and trimming.
  const tail = cut.includes('等') ? TAIL.exec(cut) : null;
  const list = (tail ? cut.slice(0, tail.index) : cut).trimEnd();
  for (const run of splitList(list, body.start)) {
    const pieces: Piece[] = [];
    for (const p of run) {
      for (const r of memo ? memo.piece(p.text) : readPiece(p.text)) {
        const off = r.dropped;
        if (off) unread.push({ name: off.name, start: p.start + off.start, end: p.start + off.end });
        pieces.push({ text: r.text, start: p.start + r.start });
      }
    }
    for (const piece of joinCollectiveLevels(pieces, list, body.start)) {
      const text = piece.text;
      const span = { name: text, start: piece.start, end: piece.start + text.length };
      if (memo ? memo.isName(text) : isName(text)) names.push(span);
      else if (text.length > 0) unread.push(span);
    }
  }
  return { names, unread };
}
