// The load dumbbell chart's words in both languages (load-dumbbell-scene.ts draws it), apart from the
// chart: the interface's catalogue reads them on every page without loading the chart or d3.
import type { ComparedAgency } from './agency-matching.ts';

/** The chart's words, in the language of the view or the export that draws it. */
export interface DumbbellWords {
  readonly before: (label: string) => string;
  readonly after: (label: string) => string;
  readonly more: string;
  readonly less: string;
  readonly axis: string;
  readonly new: string;
  readonly gone: string;
  /** A body written otherwise in A: its names there. */
  readonly namedInA: (names: string) => string;
  /** The tooltip of a row: how it was matched, then its figures in A and B. */
  readonly figures: (explanation: string, row: ComparedAgency, change: string) => string;
}

export const DUMBBELL_ENGLISH: DumbbellWords = {
  before: (label) => `A (before) ${label}`,
  after: (label) => `B (after) ${label}`,
  more: 'more load',
  less: 'less load',
  axis: 'load →',
  new: 'new',
  gone: 'gone',
  namedInA: (names) => `A: ${names}`,
  figures: (explanation, row, change) =>
    `${explanation} Load ${row.a.load} → ${row.b.load} (${change}); led ${row.a.led} → ${row.b.led}, joined ${row.a.joined} → ${row.b.joined}.`,
};

/** The chart's words in Chinese, for the Chinese view and exports. */
export const DUMBBELL_CHINESE: DumbbellWords = {
  before: (label) => `A（前）${label}`,
  after: (label) => `B（后）${label}`,
  more: '负担增加',
  less: '负担减少',
  axis: '负担 →',
  new: '新增',
  gone: '不再出现',
  namedInA: (names) => `A：${names}`,
  figures: (explanation, row, change) =>
    `${explanation}负担 ${row.a.load} → ${row.b.load}（${change}）；牵头 ${row.a.led} → ${row.b.led}，参与 ${row.a.joined} → ${row.b.joined}。`,
};
