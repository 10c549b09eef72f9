// A label split into runs by the font slice each character comes from: the PDF embeds one subset
// font per slice, and a line of text is drawn run after run along its baseline.
import { sliceOf } from '../font/slices.ts';

export interface TextRun {
  readonly slice: string;
  readonly text: string;
}

/** Characters no slice covers are shown as a plain space rather than dropping the rest of the line. */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const ch of text) {
    const slice = sliceOf(ch.codePointAt(0) ?? 0) ?? sliceOf(0x20);
    const shown = sliceOf(ch.codePointAt(0) ?? 0) ? ch : ' ';
    const last = runs[runs.length - 1];
    if (last && last.slice === slice) runs[runs.length - 1] = { slice, text: last.text + shown };
    else if (slice) runs.push({ slice, text: shown });
  }
  return runs;
}
