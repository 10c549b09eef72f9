// Reading a list of agencies out of a marker: `满洲里海关、内蒙古出入境检验检疫局，自治区外事办、交通运输厅等部门`.
// Lists are joined by 、 and ，; a region prefix is carried along a 、-run to bare department names.
import {
  isGenericActor,
  lendsPrefix,
  looksLikeAgencyList,
  looksLikeAgencyName,
  needsCarriedPrefix,
  regionPrefix,
  takesPrefix,
} from './agency-names.ts';

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
const TAIL = /等(?:其他|其它)?(?:有关|相关)?(?:部门|单位|机构)?(?:和|及|、)?(?:部门|单位|机构)?$/;

/** Bare administrative levels joined to a preceding `各…` by 、 (`各区、县级市`, `各市、县`). */
const BARE_LEVEL = /^(?:县级市|县|市|区|旗|县区|乡镇|乡|镇|街道|盟|州|自治县|县\(市、区\))$/;

interface Piece {
  text: string;
  start: number;
}

function trimPiece(text: string, start: number): Piece {
  const lead = /^[\s“"‘'《由和及]+/.exec(text)?.[0].length ?? 0;
  const trail = /[\s”"’'》]+$/.exec(text)?.[0].length ?? 0;
  return { text: text.slice(lead, text.length - trail), start: start + lead };
}

/** Split `text` at each separator character (outside parentheses), keeping offsets. */
function splitAt(text: string, start: number, separators: string): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) depth++;
    else if (c === 0x29 || c === 0xff09) depth = Math.max(0, depth - 1);
    if (i === text.length || (depth === 0 && separators.includes(text[i] as string))) {
      pieces.push(trimPiece(text.slice(from, i), start + from));
      from = i + 1;
    }
  }
  return pieces.filter((p) => p.text.length > 0);
}

/** `市财政局及各区县政府`: 及 joins two names; it is split only when both sides read as agencies. */
function splitJi(run: Piece[]): Piece[] {
  return run.flatMap((piece) => {
    const at = piece.text.indexOf('及');
    if (at <= 0) return [piece];
    const left = piece.text.slice(0, at);
    const right = piece.text.slice(at + 1);
    if (!looksLikeAgencyList(left) || !looksLikeAgencyList(right)) return [piece];
    return [
      { text: left, start: piece.start },
      { text: right, start: piece.start + at + 1 },
    ];
  });
}

function joinGenericLevels(run: Piece[]): Piece[] {
  const joined: Piece[] = [];
  for (const piece of run) {
    const prev = joined[joined.length - 1];
    if (prev && isGenericActor(prev.text) && BARE_LEVEL.test(piece.text)) {
      joined[joined.length - 1] = { text: `${prev.text}、${piece.text}`, start: prev.start };
    } else {
      joined.push(piece);
    }
  }
  return joined;
}

function readRun(run: Piece[], names: NamedSpan[], unread: NamedSpan[]): void {
  let prefix: string | null = null;
  for (const piece of joinGenericLevels(splitJi(run))) {
    const text = piece.text.replace(TAIL, '');
    const span = { start: piece.start, end: piece.start + text.length };
    if (!looksLikeAgencyName(text)) {
      if (text.length > 0) unread.push({ name: text, ...span });
      continue;
    }
    const own = regionPrefix(text);
    if (own !== null) {
      prefix = lendsPrefix(text) ? own : null;
      names.push({ name: text, ...span });
    } else if (prefix !== null && needsCarriedPrefix(text) && !isGenericActor(text) && takesPrefix(prefix)) {
      names.push({ name: prefix + text, ...span });
    } else {
      // A name standing on its own (满洲里海关, 人民银行呼和浩特中心支行) resets the carried prefix.
      if (!isGenericActor(text)) prefix = null;
      names.push({ name: text, ...span });
    }
  }
}

export function readAgencyList(text: string, start: number): AgencyListReading {
  const names: NamedSpan[] = [];
  const unread: NamedSpan[] = [];
  const body = trimPiece(text, start);
  const cut = body.text.replace(/[,，;；。\s]+$/, '').replace(TAIL, '');
  for (const run of splitAt(cut, body.start, ',，;；')) {
    readRun(splitAt(run.text, run.start, '、/'), names, unread);
  }
  return { names, unread };
}
