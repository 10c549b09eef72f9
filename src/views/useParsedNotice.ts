// Parses a notice off the main thread and reports the model when it is ready.
import { useEffect, useState } from 'react';
import type { NoticeModel } from '../notice/model.ts';
import { createNoticeParser, type ParserThread } from '../worker/notice-parser.ts';

export type ParsedNotice =
  | { readonly status: 'parsing' }
  | { readonly status: 'ready'; readonly model: NoticeModel; readonly thread: ParserThread }
  | { readonly status: 'failed'; readonly error: string };

export function useParsedNotice(input: Uint8Array | string, fileName: string): ParsedNotice {
  const [parsed, setParsed] = useState<{ input: Uint8Array | string; result: ParsedNotice } | null>(null);

  useEffect(() => {
    const parser = createNoticeParser();
    let current = true;
    parser.parse(input, { fileName }).then(
      (model) => current && setParsed({ input, result: { status: 'ready', model, thread: parser.thread } }),
      (error: unknown) => current && setParsed({ input, result: { status: 'failed', error: String(error) } }),
    );
    return () => {
      current = false;
      parser.dispose();
    };
  }, [input, fileName]);

  // A result for an earlier input is stale: the new input is still being parsed.
  return parsed && parsed.input === input ? parsed.result : { status: 'parsing' };
}
