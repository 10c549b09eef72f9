// Importing notices: files (or pasted text) read in batches, each batch parsed in the worker in one
// message while the next batch's files are read, the notices stored every few megabytes. Progress after
// every batch; a file that cannot be read becomes an outcome with its reason and the rest go on.
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  addedAt,
  importBatches,
  noticeRecordFor,
  pastedName,
  readsAsNotice,
} from '../../view-model/import-batches.ts';
import { newNoticeId } from '../../store/index.ts';
import {
  importResult,
  type ImportInput,
  type ImportOutcome,
  type ImportProgress,
  type ImportResult,
} from '../../worker/protocol.ts';
import type { NoticeId } from '../../workspace/notice-id.ts';
import type { NoticeRecord } from '../../workspace/records.ts';
import type { JobOptions } from '../../worker/jobs.ts';
import { startJournal } from '../../view-model/import-journal.ts';
import { importStop, type ImportStop } from '../../view-model/import-stop.ts';
import { clearJournal, saveJournal } from './import-journal-store.ts';
import { pageParser } from './page-parser.ts';
import { OPENING } from '../i18n/import-problems-messages.ts';
import type { WorkspaceStoreState } from './useWorkspaceStore.ts';

export interface ImportState {
  readonly phase: 'idle' | 'importing' | 'done';
  readonly total: number;
  readonly done: number;
  /** One per file (or paste), in the order given. */
  readonly outcomes: readonly ImportResult[];
  readonly importedIds: readonly NoticeId[];
  /** Why the import stopped before the end (the parser failed); what was stored stays. */
  readonly error: ImportStop | null;
  /** The file being read and how far into it (pages of a PDF, sheets of a workbook). */
  readonly current: ImportProgress | null;
  /** Files left unread because the user cancelled; what was read before stays stored. */
  readonly cancelled: number;
  /** Read but not stored: they hold no section, task or marker (see readsAsNotice). */
  readonly held: readonly HeldNotice[];
}

export interface HeldNotice {
  readonly name: string;
  readonly record: NoticeRecord;
}

export const IDLE_IMPORT: ImportState = {
  phase: 'idle',
  total: 0,
  done: 0,
  outcomes: [],
  importedIds: [],
  error: null,
  current: null,
  cancelled: 0,
  held: [],
};

/** Stored this often: a few writes for a large import, so the list of notices follows along without
 *  re-reading the whole workspace after every batch. */
const SAVE_BYTES = 8_000_000;

interface Source {
  readonly name: string;
  readonly size: number;
  read(): Promise<ImportInput>;
}

function fileSource(file: File): Source {
  return {
    name: file.name,
    // Read when the file's batch is formed, not for all files at once (see importBatches).
    get size() {
      return file.size;
    },
    read: async () => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }),
  };
}

/** The batch's inputs; a file the browser will not read becomes an outcome, not an input. */
async function readBatch(batch: readonly Source[]): Promise<(ImportInput | ImportOutcome)[]> {
  return Promise.all(
    batch.map((source) =>
      source.read().catch((error: unknown): ImportOutcome => {
        const why = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          name: source.name,
          error: `${source.name} could not be opened: ${why}`,
          problem: { code: 'failed', args: [source.name, why, OPENING] },
        };
      }),
    ),
  );
}

async function parseBatch(
  batch: readonly Source[],
  inputs: Promise<(ImportInput | ImportOutcome)[]>,
  options: JobOptions,
) {
  const read = await inputs;
  const readable = read.filter((r): r is ImportInput => !('ok' in r));
  const parsed = readable.length > 0 ? await pageParser().readForImport(readable, options) : [];
  let next = 0;
  return batch.map((_, i) => {
    const r = read[i] as ImportInput | ImportOutcome;
    return 'ok' in r ? r : (parsed[next++] as ImportOutcome);
  });
}

type Progress = (update: (state: ImportState) => ImportState) => void;

/** Notices read and not stored yet: stored when they add up to SAVE_BYTES, and at the end. */
function unsaved(save: WorkspaceStoreState['save']) {
  let records: NoticeRecord[] = [];
  let bytes = 0;
  return {
    add(record: NoticeRecord, size: number) {
      records.push(record);
      bytes += size;
    },
    get full() {
      return bytes >= SAVE_BYTES;
    },
    /** Stores what is pending; resolves to the ids stored (none if the store refused them). */
    async flush(): Promise<NoticeId[]> {
      const batch = records;
      records = [];
      bytes = 0;
      const stored = await save(async (store) => (await store.putNotices(batch), true));
      return stored ? batch.map((r) => r.id) : [];
    },
  };
}

/** Imports the sources; resolves to the ids of the notices stored. Once `signal` aborts, the file
 *  being read ends as cancelled, the batches left are not read, and what was read is stored. */
async function runImport(
  sources: readonly Source[],
  save: WorkspaceStoreState['save'],
  progress: Progress,
  signal: AbortSignal,
  journaled: boolean,
): Promise<NoticeId[]> {
  const start = new Date();
  // Files are read from disk as their batch comes, so a cut-short import can only name them.
  let journal = journaled ? startJournal(sources, start) : null;
  if (journal) saveJournal(journal);
  const storedIds: NoticeId[] = [];
  const pending = unsaved(save);
  const batches = importBatches(sources);
  let batch = batches.next();
  let reading = batch.done ? Promise.resolve([]) : readBatch(batch.value);
  let index = 0;
  const base = { signal, onProgress: (current: ImportProgress) => progress((s) => ({ ...s, current })) };
  while (!batch.done) {
    const files = batch.value;
    const first = index;
    const options = {
      ...base,
      // The worker counts files within its batch; the dialog counts them over the whole import.
      onProgress: (p: ImportProgress) =>
        base.onProgress({ ...p, file: first + p.file, files: sources.length }),
    };
    const outcomes = await parseBatch(files, reading, options);
    batch = batches.next();
    if (signal.aborted) {
      const left = sources.length - index - files.length;
      progress((s) => ({
        ...s,
        cancelled: left + outcomes.filter((o) => !o.ok && /cancelled/.test(o.error)).length,
      }));
      batch = { done: true, value: undefined };
    }
    if (!batch.done) reading = readBatch(batch.value);
    outcomes.forEach((outcome, i) => {
      const stamp = addedAt(start, index++);
      if (!outcome.ok) return;
      const record = noticeRecordFor(outcome, newNoticeId(), stamp);
      if (readsAsNotice(outcome.summary)) pending.add(record, files[i]?.size ?? 0);
      else progress((s) => ({ ...s, held: [...s.held, { name: outcome.name, record }] }));
    });
    const flushed = pending.full || batch.done;
    const stored = flushed ? await pending.flush() : [];
    storedIds.push(...stored);
    if (journal && flushed) {
      journal = { ...journal, settled: index };
      saveJournal(journal);
    }
    progress((s) => ({
      ...s,
      done: s.done + files.length,
      outcomes: [...s.outcomes, ...outcomes.map(importResult)],
      importedIds: [...s.importedIds, ...stored],
    }));
  }
  return storedIds;
}

export interface Importer {
  readonly state: ImportState;
  /** Stops the import running: what was read stays, the rest is not read. */
  readonly cancel: () => void;
  readonly importFiles: (files: readonly File[]) => Promise<readonly NoticeId[]>;
  readonly importText: (text: string) => Promise<readonly NoticeId[]>;
  /** Stores a text held back as no notice, because the user insists. */
  readonly keep: (name: string) => Promise<readonly NoticeId[]>;
  readonly reset: () => void;
}

export function useImport(save: WorkspaceStoreState['save']): Importer {
  const [state, setState] = useState<ImportState>(IDLE_IMPORT);
  const running = useRef<AbortController | null>(null);

  const run = useCallback(
    async (sources: readonly Source[], journaled: boolean) => {
      setState({ ...IDLE_IMPORT, phase: 'importing', total: sources.length });
      const controller = new AbortController();
      running.current = controller;
      try {
        const ids = await runImport(sources, save, setState, controller.signal, journaled);
        setState((s) => ({ ...s, phase: 'done', current: null }));
        return ids;
      } catch (error) {
        setState((s) => ({
          ...s,
          phase: 'done',
          current: null,
          // The reason as a code the dialog words in the interface's language, the error's own line kept.
          error: importStop(error),
        }));
        return [];
      } finally {
        // Ended, cancelled or failed with its reason shown: nothing to resume on reopening.
        if (journaled) clearJournal();
        if (running.current === controller) running.current = null;
      }
    },
    [save],
  );
  const cancel = useCallback(() => running.current?.abort(), []);

  const importFiles = useCallback((files: readonly File[]) => run(files.map(fileSource), true), [run]);
  const importText = useCallback(
    (text: string) => {
      const name = pastedName(new Date());
      const input: ImportInput = { name, text };
      return run([{ name, size: text.length * 2, read: async () => input }], false);
    },
    [run],
  );
  const keep = useCallback(
    async (name: string) => {
      const held = state.held.find((h) => h.name === name);
      if (!held) return [];
      const stored = await save(async (store) => (await store.putNotices([held.record]), true));
      if (!stored) return [];
      setState((s) => ({
        ...s,
        held: s.held.filter((h) => h !== held),
        importedIds: [...s.importedIds, held.record.id],
      }));
      return [held.record.id];
    },
    [state.held, save],
  );
  const reset = useCallback(() => setState(IDLE_IMPORT), []);
  return useMemo(
    () => ({ state, cancel, importFiles, importText, keep, reset }),
    [state, cancel, importFiles, importText, keep, reset],
  );
}
