// One parser (and its worker) for the page's lifetime: every part of the app parses through it, so
// imports and views share one worker and one fallback decision.
import { createNoticeParser, type NoticeParser } from '../../worker/notice-parser.ts';

let parser: NoticeParser | null = null;

export function pageParser(): NoticeParser {
  parser ??= createNoticeParser();
  return parser;
}
