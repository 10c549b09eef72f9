// What marks a notice among several shown together: a letter (A, B, …) short enough for a matrix head
// and a task node (`B·3`), a label a reader knows it by (issuer's place and year: `内蒙古 2014`), and a
// colour. Letters follow the scope's order, so the same scope always gives the same tags. Pure.
import { issuerRegion } from '../compare/agency-identity.ts';
import { noticeColor, noticeLetter } from '../graph/notice-letters.ts';
import type { NoticeInfo } from '../notice/model.ts';
import type { NoticeId } from '../workspace/notice-id.ts';

export interface NoticeTag {
  readonly id: NoticeId;
  /** `A`, `B`, … `Z`, `AA`: unique in the scope. */
  readonly letter: string;
  /** The issuer's place (or the issuer, or the title's start) and the year: `内蒙古 2014`. */
  readonly label: string;
  readonly color: string;
}

const LEVEL_END = /(?:自治区|自治州|自治县|特别行政区|地区|省|市|县|区|旗|盟)$/;

/** The place a reader calls the issuer by: 内蒙古自治区 → 内蒙古, 满洲里市 → 满洲里. */
function placeName(region: string): string {
  const bare = region.replace(LEVEL_END, '');
  return bare.length >= 2 ? bare : region;
}

/** Up to six characters of the title, without the genre's opening words and punctuation. */
function titleStart(title: string): string {
  return title
    .replace(/^(?:关于印发|关于)/, '')
    .replace(/[\s《》〈〉“”"'（）()、，,。.：:；;—-]/g, '')
    .slice(0, 6);
}

function baseLabel(notice: NoticeInfo): string {
  const region = issuerRegion(notice.issuer);
  const who = region ? placeName(region) : (notice.issuer?.slice(0, 6) ?? titleStart(notice.title));
  const year = /^\d{4}/.exec(notice.published ?? '')?.[0];
  return [who, year].filter((s) => s !== undefined && s !== '').join(' ');
}

/** Each notice's tag, in scope order. Two notices of the same label (one notice and its copy) are
 *  told apart by their letter, which every label is shown with. `letters` are the ones the diagrams
 *  read off the model (graph/notice-letters.ts); a notice with no records there takes the next free. */
export function noticeTags(
  notices: readonly { readonly id: NoticeId; readonly notice: NoticeInfo }[],
  letters: ReadonlyMap<string, string> = new Map(),
): Map<NoticeId, NoticeTag> {
  const taken = new Set(letters.values());
  let next = 0;
  const free = () => {
    while (taken.has(noticeLetter(next))) next++;
    taken.add(noticeLetter(next));
    return noticeLetter(next);
  };
  return new Map(
    notices.map(({ id, notice }, i) => {
      const letter = letters.get(id) ?? free();
      const tag = {
        id,
        letter,
        label: baseLabel(notice) || letter,
        color: noticeColor(i),
      };
      return [id, tag];
    }),
  );
}
