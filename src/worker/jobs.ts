// The work the parse worker does, as plain functions: the worker runs them, and so does the page when no
// worker can run (then one notice at a time, yielding between notices, so the page still answers).
import { readImportFile } from '../import/read-import-file.ts';
import type { DiagnosticCode, NoticeModel } from '../notice/model.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { CANCELLED } from '../import/reader.ts';
import type {
  ImportInput,
  ImportOutcome,
  ImportProgress,
  JobResult,
  NoticeSummary,
  ParseInput,
  ParseRequest,
} from './protocol.ts';

/** What a job may be given besides its request: a way to stop it and to hear how far it is. */
export interface JobOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
}

export function parseOne({ input, reader }: ParseInput): NoticeModel {
  return parseNotice(input, reader === undefined ? {} : { reader });
}

/** The parser's warnings, each once: in English, and as codes and arguments. */
function warningsOf(model: NoticeModel): Pick<NoticeSummary, 'warnings' | 'findings'> {
  const once = new Map<string, { code: DiagnosticCode; args: readonly string[] }>();
  for (const d of model.diagnostics)
    if (d.level === 'warning' && !once.has(d.message))
      once.set(d.message, { code: d.code, args: d.args ?? [] });
  return { warnings: [...once.keys()], findings: [...once.values()] };
}

function summarise(model: NoticeModel, reader?: string): NoticeSummary {
  return {
    ...(reader ? { reader } : {}),
    title: model.notice.title,
    encoding: model.notice.encoding,
    sections: model.sections.length,
    tasks: model.tasks.length,
    items: model.items.length,
    agencies: model.agencies.length,
    ...warningsOf(model),
  };
}

/** Reads and parses one file. A file the parser cannot take as a notice at all (empty, binary) is refused
 *  with the parser's reason; one it reads with warnings is kept, the warnings shown. */
export async function importOne(
  file: ImportInput,
  options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportOutcome> {
  const { name } = file;
  try {
    const pasted = 'text' in file;
    const read = pasted
      ? { kind: 'paste' as const, text: file.text, reader: '' }
      : await readImportFile(name, file.bytes, options);
    if ('error' in read)
      return { ok: false, name, error: read.error, ...(read.problem ? { problem: read.problem } : {}) };
    const reader = 'text' in read && !pasted ? read.reader : undefined;
    const model = parseNotice('text' in read ? read.text : read.bytes, reader ? { reader } : {});
    const fatal = model.diagnostics.find((d) => d.level === 'error');
    if (fatal)
      return {
        ok: false,
        name,
        error: `${name}: ${fatal.message}`,
        problem: { code: 'notice', args: [name, fatal.code] },
      };
    const source =
      'text' in read
        ? { kind: 'text' as const, text: read.text }
        : { kind: 'bytes' as const, bytes: read.bytes };
    const summary = summarise(model, reader);
    return { ok: true, name, format: read.kind, source, summary, ...(file.keepModel ? { model } : {}) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      name,
      error: `${name} could not be read: ${why}`,
      problem: { code: 'failed', args: [name, why] },
    };
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Imports a batch file by file, saying how far it is; once stopped, the files left are not read. */
async function importAll(files: readonly ImportInput[], options: JobOptions): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const [file, input] of files.entries()) {
    if (options.signal?.aborted) {
      outcomes.push({
        ok: false,
        name: input.name,
        error: `${input.name}: ${CANCELLED}.`,
        problem: { code: 'cancelled', args: [input.name] },
      });
      continue;
    }
    const report = (done: number, total: number) =>
      options.onProgress?.({ file, files: files.length, name: input.name, done, total });
    report(0, 0);
    const readOptions = {
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: report,
    };
    outcomes.push(await importOne(input, readOptions));
    await nextTask();
  }
  return outcomes;
}

export async function runJob(request: ParseRequest, options: JobOptions = {}): Promise<JobResult> {
  switch (request.type) {
    case 'parse':
      return { type: 'parse', model: parseOne(request) };
    case 'parse-many':
      return { type: 'parse-many', models: request.inputs.map(parseOne) };
    case 'import':
      return { type: 'import', outcomes: await importAll(request.files, options) };
  }
}

/** `runJob` on the page: one notice per task, so a batch never blocks the page for long. */
export async function runJobInSteps(request: ParseRequest, options: JobOptions = {}): Promise<JobResult> {
  if (request.type === 'parse') return runJob(request);
  if (request.type === 'parse-many') {
    const models: NoticeModel[] = [];
    for (const input of request.inputs) {
      models.push(parseOne(input));
      await nextTask();
    }
    return { type: 'parse-many', models };
  }
  return { type: 'import', outcomes: await importAll(request.files, options) };
}

/** The buffers a result can hand over instead of copying: the bytes of imported files go back. */
export function transferablesOf(result: JobResult): ArrayBuffer[] {
  if (result.type !== 'import') return [];
  const buffers = result.outcomes.flatMap((o) =>
    o.ok && o.source.kind === 'bytes' && o.source.bytes.buffer instanceof ArrayBuffer
      ? [o.source.bytes.buffer]
      : [],
  );
  // A buffer listed twice makes postMessage throw.
  return [...new Set(buffers)];
}
