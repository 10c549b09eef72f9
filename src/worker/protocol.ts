// Messages between the page and the parse worker. Batches (`parse-many`, `import`) carry many notices
// per message, so a thousand files cost a few dozen messages, not thousands of tasks on the page.
import type { ImportProblem } from '../import/reader.ts';
import type { DiagnosticCode, NoticeModel } from '../notice/model.ts';
import type { NoticeFormat, NoticeSource } from '../workspace/records.ts';

export interface ParseInput {
  readonly input: Uint8Array | string;
  /** The reader that made a text input from a file (`pdf: 32 pages`). */
  readonly reader?: string;
}

/** A file the user opened or dropped, or text they pasted. `keepModel` asks for the parsed model back
 *  with the outcome, for a notice about to be shown (the bundled one on a first visit). */
export type ImportInput = (
  { readonly name: string; readonly bytes: Uint8Array } | { readonly name: string; readonly text: string }
) & { readonly keepModel?: boolean };

/** What the import shows for a notice it read, and what the workspace keeps of it besides the source. */
export interface NoticeSummary {
  readonly title: string;
  readonly encoding: string;
  readonly sections: number;
  readonly tasks: number;
  readonly items: number;
  readonly agencies: number;
  /** The parser's warnings, in words (e.g. no responsibility markers found). */
  readonly warnings: readonly string[];
  /** The same warnings as codes and arguments, for an interface to say in its language. */
  readonly findings?: readonly { readonly code: DiagnosticCode; readonly args: readonly string[] }[];
  /** The reader that made the text (`pdf: 32 pages`), for files that were not text or HTML. */
  readonly reader?: string;
}

/** How far a batch has come: file `file` (0-based) of `files`, and within it `done` of `total` pages
 *  or sheets when its reader counts them. */
export interface ImportProgress {
  readonly file: number;
  readonly files: number;
  readonly name: string;
  readonly done: number;
  readonly total: number;
}

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly name: string;
      readonly format: NoticeFormat;
      readonly source: NoticeSource;
      readonly summary: NoticeSummary;
      /** The notice parsed from `source`, when the input asked to keep it. */
      readonly model?: NoticeModel;
    }
  | {
      readonly ok: false;
      readonly name: string;
      /** In English; `problem` says why as a code and its arguments (the file's name first). */
      readonly error: string;
      readonly problem?: ImportFailure;
    };

/** Why a file was not imported: its reader refused it, or the parser found no notice in it (`notice`,
 *  with the name and the parser's finding). */
export type ImportFailure =
  | ImportProblem
  | { readonly code: 'notice'; readonly args: readonly [name: string, finding: DiagnosticCode] };

/** What the page keeps of an outcome once the notice is stored: its text is in the workspace, and
 *  holding a thousand notices' texts in memory through an import only feeds the garbage collector. */
export type ImportResult =
  Omit<Extract<ImportOutcome, { ok: true }>, 'source' | 'model'> | Extract<ImportOutcome, { ok: false }>;

export function importResult(outcome: ImportOutcome): ImportResult {
  if (!outcome.ok) return outcome;
  const { source: _source, model: _model, ...kept } = outcome;
  return kept;
}

export type ParseRequest = { readonly id: number } & (
  | ({ readonly type: 'parse' } & ParseInput)
  | { readonly type: 'parse-many'; readonly inputs: readonly ParseInput[] }
  | { readonly type: 'import'; readonly files: readonly ImportInput[] }
);

/** Stops the import of request `target`: the file being read ends as cancelled, the rest are not read. */
export interface CancelRequest {
  readonly type: 'cancel';
  readonly target: number;
}

export type JobResult =
  | { readonly type: 'parse'; readonly model: NoticeModel }
  | { readonly type: 'parse-many'; readonly models: readonly NoticeModel[] }
  | { readonly type: 'import'; readonly outcomes: readonly ImportOutcome[] };

export type ParseResponse =
  | ({ readonly id: number; readonly ok: true } & JobResult)
  | { readonly id: number; readonly ok: false; readonly error: string }
  | { readonly id: number; readonly progress: ImportProgress };
