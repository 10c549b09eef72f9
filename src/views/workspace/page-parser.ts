// One parser (and its worker) for the page's lifetime: every part of the app parses through it, so
// imports and views share one worker and one fallback decision.
import type { NoticeModel } from '../../notice/model.ts';
import { createNoticeParser, type NoticeParser } from '../../worker/notice-parser.ts';
import type { ParseInput } from '../../worker/protocol.ts';

let parser: NoticeParser | null = null;
/** A parse started before anyone asked (readSeedAhead), handed to the first request for its input. */
let primed: { readonly input: ParseInput; readonly models: Promise<NoticeModel[]> } | null = null;

function sameInput(a: ParseInput, b: ParseInput): boolean {
  if (a.reader !== b.reader) return false;
  if (typeof a.input === 'string' || typeof b.input === 'string') return a.input === b.input;
  const [x, y] = [a.input, b.input];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

export function pageParser(): NoticeParser {
  if (parser) return parser;
  const inner = createNoticeParser();
  parser = {
    parse: (input, options) => inner.parse(input, options),
    parseMany(inputs) {
      const ahead = primed;
      if (ahead && inputs.length === 1 && inputs[0] && sameInput(ahead.input, inputs[0])) {
        primed = null;
        return ahead.models;
      }
      return inner.parseMany(inputs);
    },
    readForImport: (files, options) => inner.readForImport(files, options),
    get thread() {
      return inner.thread;
    },
    dispose() {
      primed = null;
      inner.dispose();
    },
  };
  return parser;
}

/** Parses `input` now, for the first parseMany that asks for exactly it — or offers `model`, its model
 *  already parsed. */
export function primeParse(input: ParseInput, model?: NoticeModel): void {
  const models = model ? Promise.resolve([model]) : pageParser().parseMany([input]);
  // A failed guess is dropped: the request that would have used it parses again and reports.
  models.catch(() => {
    if (primed?.models === models) primed = null;
  });
  primed = { input, models };
}
