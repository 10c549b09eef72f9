// The work the parse worker does, as plain functions: the worker runs them, and so does the page when no
// worker can run (then one notice at a time, yielding between notices, so the page still answers).
import { readImportFile } from '../import/read-import-file.ts';
import type { NoticeModel } from '../notice/model.ts';
import { parseNotice } from '../notice/parse.ts';
import type {
  ImportInput,
  ImportOutcome,
  JobResult,
  NoticeSummary,
  ParseInput,
  ParseRequest,
} from './protocol.ts';

export function parseOne({ input, fileName }: ParseInput): NoticeModel {
  return parseNotice(input, fileName === undefined ? {} : { fileName });
}

function summarise(model: NoticeModel): NoticeSummary {
  return {
    title: model.notice.title,
    encoding: model.notice.encoding,
    sections: model.sections.length,
    tasks: model.tasks.length,
    items: model.assignments.length,
    agencies: model.agencies.length,
    warnings: [...new Set(model.diagnostics.filter((d) => d.level === 'warning').map((d) => d.message))],
  };
}

/** Reads and parses one file. A file the parser cannot take as a notice at all (empty, binary) is refused
 *  with the parser's reason; one it reads with warnings is kept, the warnings shown. */
export function importOne(file: ImportInput): ImportOutcome {
  const { name } = file;
  try {
    const pasted = 'text' in file;
    const read = pasted ? { kind: 'paste' as const, text: file.text } : readImportFile(name, file.bytes);
    if ('error' in read) return { ok: false, name, error: read.error };
    const model = parseNotice('text' in read ? read.text : read.bytes, pasted ? {} : { fileName: name });
    const fatal = model.diagnostics.find((d) => d.level === 'error');
    if (fatal) return { ok: false, name, error: `${name}: ${fatal.message}` };
    const source =
      'text' in read
        ? { kind: 'text' as const, text: read.text }
        : { kind: 'bytes' as const, bytes: read.bytes };
    return { ok: true, name, format: read.kind, source, summary: summarise(model) };
  } catch (error) {
    return {
      ok: false,
      name,
      error: `${name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

export function runJob(request: ParseRequest): JobResult {
  switch (request.type) {
    case 'parse':
      return { type: 'parse', model: parseOne(request) };
    case 'parse-many':
      return { type: 'parse-many', models: request.inputs.map(parseOne) };
    case 'import':
      return { type: 'import', outcomes: request.files.map(importOne) };
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `runJob` on the page: one notice per task, so a batch never blocks the page for long. */
export async function runJobInSteps(request: ParseRequest): Promise<JobResult> {
  if (request.type === 'parse') return runJob(request);
  if (request.type === 'parse-many') {
    const models: NoticeModel[] = [];
    for (const input of request.inputs) {
      models.push(parseOne(input));
      await nextTask();
    }
    return { type: 'parse-many', models };
  }
  const outcomes: ImportOutcome[] = [];
  for (const file of request.files) {
    outcomes.push(importOne(file));
    await nextTask();
  }
  return { type: 'import', outcomes };
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
