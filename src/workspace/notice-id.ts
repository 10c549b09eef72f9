// The id of a notice in the workspace. Item, task and section ids are unique only within a notice, so
// everything that spans notices (merged views, notes, saved selections) pairs them with this id.
declare const brand: unique symbol;

export type NoticeId = string & { readonly [brand]: 'NoticeId' };

/** Letters, digits, `_` and `-`: safe inside a scoped id (`<notice>/item-3`) and a file name. */
const NOTICE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isNoticeId(value: string): value is NoticeId {
  return NOTICE_ID.test(value);
}

export function asNoticeId(value: string): NoticeId {
  if (!isNoticeId(value)) throw new Error(`not a notice id: ${JSON.stringify(value)}`);
  return value;
}
