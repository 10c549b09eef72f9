// The catalog of parser findings: every diagnostic has a stable code, a level and a plain message.
import type { LineIndex } from './lines.ts';

export type DiagnosticLevel = 'info' | 'warning' | 'error';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly level: DiagnosticLevel;
  readonly message: string;
  /** 1-based line and column in the decoded text. */
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  /** Where the passage it is about ends (original offset), for findings about a passage or a name. */
  readonly end?: number;
}

interface DiagnosticKind {
  readonly level: DiagnosticLevel;
  readonly message: (detail: string) => string;
}

export const DIAGNOSTICS = {
  EMPTY_INPUT: { level: 'error', message: () => 'The notice is empty: there is no text to read.' },
  BINARY_INPUT: {
    level: 'error',
    message: (d) =>
      `This is not a text file (${d}), nor a document the app reads (PDF, Word, WPS, OFD, RTF, a spreadsheet); open the notice in one of those or paste its text.`,
  },
  DECODE_LOSSY: {
    level: 'warning',
    message: (d) => `Some bytes could not be decoded as any known encoding (${d}); they are shown as �.`,
  },
  ENCODING: { level: 'info', message: (d) => `Decoded as ${d}.` },
  HTML_REDUCED: { level: 'info', message: () => 'The input is HTML: only the text of the page was kept.' },
  NO_TITLE: { level: 'warning', message: () => 'No title line was found at the top of the notice.' },
  NO_SECTIONS: {
    level: 'warning',
    message: () => 'No sections (一、…) were found: tasks are listed without a section.',
  },
  ONE_LEVEL: {
    level: 'info',
    message: (d) =>
      `The notice numbers its items at one level only (${d}): each is read as a task, without sections.`,
  },
  NO_MARKERS: {
    level: 'warning',
    message: () => 'No responsibility markers (牵头/配合/负责/责任单位) were found: no agency is assigned.',
  },
  UNCLOSED_BRACKET: { level: 'warning', message: (d) => `The bracket ${d} opened here is never closed.` },
  UNOPENED_BRACKET: {
    level: 'warning',
    message: (d) => `The closing bracket ${d} here has no opening bracket.`,
  },
  MARKER_WITHOUT_AGENCY: {
    level: 'warning',
    message: (d) => `The marker says “${d}” but names no agency for it.`,
  },
  MARKER_OUTSIDE_TASK: {
    level: 'warning',
    message: () => 'This responsibility marker stands outside any task; its item is kept without a task.',
  },
  UNREAD_NAME: { level: 'warning', message: (d) => `“${d}” in this marker was not read as an agency name.` },
  UNREAD_MARKER: {
    level: 'warning',
    message: (d) =>
      `This looks like a responsibility marker but was not read: “${d}”. Turn it into an item or fix it by hand.`,
  },
  SUSPECT_NAME: { level: 'warning', message: (d) => d },
  ITEM_WITHOUT_MARKER: {
    level: 'info',
    message: (d) => `Item ${d} has no responsibility marker: no agency is assigned to it.`,
  },
  NUMBERING_GAP: { level: 'info', message: (d) => d },
  LEAD_RULE: {
    level: 'info',
    message: (d) => `Rule stated here: “${d}” — the first agency listed is the lead from here on.`,
  },
  STANDING_RULE: {
    level: 'info',
    message: (d) => `Standing rule stated here and carried to later items: “${d}”.`,
  },
  ALIAS: { level: 'info', message: (d) => d },
  TRUNCATED: {
    level: 'warning',
    message: () => 'The text seems cut off here: the last paragraph ends mid-sentence.',
  },
} as const satisfies Record<string, DiagnosticKind>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** Collects diagnostics against original-text offsets, resolving line and column once. */
export class DiagnosticSink {
  private readonly found: Diagnostic[] = [];
  constructor(private readonly lines: LineIndex) {}

  add(code: DiagnosticCode, offset: number, detail = '', end?: number): void {
    const kind: DiagnosticKind = DIAGNOSTICS[code];
    const { line, column } = this.lines.locate(offset);
    const found = { code, level: kind.level, message: kind.message(detail), line, column, offset };
    this.found.push(end !== undefined && end > offset ? { ...found, end } : found);
  }

  list(): readonly Diagnostic[] {
    return [...this.found].sort((a, b) => a.offset - b.offset);
  }
}
