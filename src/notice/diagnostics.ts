// The catalog of parser findings: every diagnostic has a stable code, a level, a plain message (English,
// for the command line and the JSON model) and the arguments it was made from, so an interface can say
// the same finding in its own language from the code and the arguments.
import type { LineIndex } from './lines.ts';

export type DiagnosticLevel = 'info' | 'warning' | 'error';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly level: DiagnosticLevel;
  readonly message: string;
  /** What the message was made from (a name, a bracket, a number), in order; absent when none. */
  readonly args?: readonly string[];
  /** 1-based line and column in the decoded text. */
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  /** Where the passage it is about ends (original offset), for findings about a passage or a name. */
  readonly end?: number;
}

interface DiagnosticKind {
  readonly level: DiagnosticLevel;
  readonly message: (...args: string[]) => string;
}

/** Why a name in a marker may not be an agency's name (the arguments of `SUSPECT_NAME`). */
export type SuspectReason = 'verb' | 'long' | 'place' | 'ending';

const SUSPECT: Record<SuspectReason, (name: string, length: string) => string> = {
  verb: (n) => `"${n}" holds a verb or a label word: part of the sentence may have been read as a name.`,
  long: (n, length) => `"${n}" is ${length} characters long: longer than an agency's name.`,
  place: (n) => `"${n}" names only a place: is its government or a department meant?`,
  ending: (n) => `"${n}" does not end as an agency's name does.`,
};

function isSuspectReason(value: string): value is SuspectReason {
  return Object.hasOwn(SUSPECT, value);
}

export const DIAGNOSTICS = {
  EMPTY_INPUT: { level: 'error', message: () => 'The notice is empty: there is no text to read.' },
  BINARY_INPUT: {
    level: 'error',
    message: () =>
      `This is not a text file (it contains control characters or NUL bytes), nor a document the app reads (PDF, Word, WPS, OFD, RTF, a spreadsheet); open the notice in one of those or paste its text.`,
  },
  DECODE_LOSSY: {
    level: 'warning',
    /** Argument: the encoding the text was read as. */
    message: (d = '') =>
      `Some bytes could not be decoded as any known encoding (read as ${d}); they are shown as �.`,
  },
  ENCODING: { level: 'info', message: (d = '') => `Decoded as ${d}.` },
  HTML_REDUCED: { level: 'info', message: () => 'The input is HTML: only the text of the page was kept.' },
  NO_TITLE: { level: 'warning', message: () => 'No title line was found at the top of the notice.' },
  NO_SECTIONS: {
    level: 'warning',
    message: () => 'No sections (一、…) were found: tasks are listed without a section.',
  },
  ONE_LEVEL: {
    level: 'info',
    message: (d = '') =>
      `The notice numbers its items at one level only (${d}): each is read as a task, without sections.`,
  },
  NO_MARKERS: {
    level: 'warning',
    message: () => 'No responsibility markers (牵头/配合/负责/责任单位) were found: no agency is assigned.',
  },
  UNCLOSED_BRACKET: {
    level: 'warning',
    message: (d = '') => `The bracket ${d} opened here is never closed.`,
  },
  UNOPENED_BRACKET: {
    level: 'warning',
    message: (d = '') => `The closing bracket ${d} here has no opening bracket.`,
  },
  MARKER_WITHOUT_AGENCY: {
    level: 'warning',
    message: (d = '') => `The marker says "${d}" but names no agency for it.`,
  },
  MARKER_OUTSIDE_TASK: {
    level: 'warning',
    message: () => 'This responsibility marker stands outside any task; its item is kept without a task.',
  },
  UNREAD_NAME: {
    level: 'warning',
    message: (d = '') => `"${d}" in this marker was not read as an agency name.`,
  },
  UNREAD_MARKER: {
    level: 'warning',
    message: (d = '') =>
      `This looks like a responsibility marker but was not read: "${d}". Turn it into an item or fix it by hand.`,
  },
  /** Arguments: the reason (`SuspectReason`), the name, and for `long` its length. */
  SUSPECT_NAME: {
    level: 'warning',
    message: (reason = '', name = '', length = '') =>
      isSuspectReason(reason) ? SUSPECT[reason](name, length) : name,
  },
  ITEM_WITHOUT_MARKER: {
    level: 'info',
    message: (d = '') => `Item ${d} has no responsibility marker: no agency is assigned to it.`,
  },
  /** Arguments: the heading's number, then the number before it at the same level. */
  NUMBERING_GAP: {
    level: 'info',
    message: (ordinal, previous) =>
      `Heading numbered ${ordinal} follows ${previous} at the same level: the numbering has a gap or repeats.`,
  },
  LEAD_RULE: {
    level: 'info',
    message: (d = '') => `Rule stated here: "${d}" — the first agency listed is the lead from here on.`,
  },
  STANDING_RULE: {
    level: 'info',
    message: (d = '') => `Standing rule stated here and carried to later items: "${d}".`,
  },
  /** Arguments: the other spelling, then the name it is taken for. */
  ALIAS: {
    level: 'info',
    message: (alias, name) => `"${alias}" is taken as another spelling of "${name}".`,
  },
  TRUNCATED: {
    level: 'warning',
    message: () => 'The text seems cut off here: the last paragraph ends mid-sentence.',
  },
} as const satisfies Record<string, DiagnosticKind>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** What a finding is made from: one argument, or several in the order its message takes them. */
export type DiagnosticDetail = string | readonly string[];

/** Collects diagnostics against original-text offsets, resolving line and column once. */
export class DiagnosticSink {
  private readonly found: Diagnostic[] = [];
  constructor(private readonly lines: LineIndex) {}

  add(code: DiagnosticCode, offset: number, detail: DiagnosticDetail = [], end?: number): void {
    const kind: DiagnosticKind = DIAGNOSTICS[code];
    const args = typeof detail === 'string' ? (detail === '' ? [] : [detail]) : [...detail];
    const { line, column } = this.lines.locate(offset);
    const message = kind.message(...args);
    const found: Diagnostic = {
      code,
      level: kind.level,
      message,
      ...(args.length > 0 ? { args } : {}),
      line,
      column,
      offset,
    };
    this.found.push(end !== undefined && end > offset ? { ...found, end } : found);
  }

  list(): readonly Diagnostic[] {
    return [...this.found].sort((a, b) => a.offset - b.offset);
  }
}
