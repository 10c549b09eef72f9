// Entry point of the core: bytes or text in, a NoticeModel out. Never throws.
import type { NoticeModel } from './model.ts';

export interface ParseOptions {
  /** Name of the file, used only in messages. */
  readonly fileName?: string;
}

export function parseNotice(input: Uint8Array | string, _options: ParseOptions = {}): NoticeModel {
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  return {
    notice: { title: text.split('\n')[0] ?? '', issuer: null, published: null, encoding: 'utf-8' },
    text,
    sections: [],
    tasks: [],
    assignments: [],
    agencies: [],
    projects: [],
    diagnostics: [],
  };
}
