// The page's way to parse a notice: in a Web Worker when the browser allows one, else on the main thread.
// A worker that cannot be created, or dies, hands its pending work to the main thread instead of failing.
import type { NoticeModel } from '../notice/model.ts';
import type { ParseOptions } from '../notice/parse.ts';
import type { ParseRequest, ParseResponse } from './protocol.ts';

export type ParserThread = 'worker' | 'main-thread';

export interface NoticeParser {
  parse(input: Uint8Array | string, options?: ParseOptions): Promise<NoticeModel>;
  /** Where the next parse will run. */
  readonly thread: ParserThread;
  dispose(): void;
}

interface Pending {
  readonly request: ParseRequest;
  resolve(model: NoticeModel): void;
  reject(error: Error): void;
}

function startParseWorker(): Worker {
  return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'parse-notice' });
}

async function parseOnMainThread(request: ParseRequest): Promise<NoticeModel> {
  const { parseNotice } = await import('../notice/parse.ts');
  return parseNotice(request.input, request.fileName === undefined ? {} : { fileName: request.fileName });
}

export function createNoticeParser(startWorker: () => Worker = startParseWorker): NoticeParser {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let worker: Worker | null = null;
  try {
    worker = startWorker();
  } catch {
    worker = null;
  }

  const runOnMainThread = (job: Pending) => {
    parseOnMainThread(job.request).then(job.resolve, (error: unknown) =>
      job.reject(error instanceof Error ? error : new Error(String(error))),
    );
  };

  const abandonWorker = () => {
    worker?.terminate();
    worker = null;
    const jobs = [...pending.values()];
    pending.clear();
    jobs.forEach(runOnMainThread);
  };

  if (worker) {
    worker.addEventListener('message', ({ data }: MessageEvent<ParseResponse>) => {
      const job = pending.get(data.id);
      if (!job) return;
      pending.delete(data.id);
      if (data.ok) job.resolve(data.model);
      else job.reject(new Error(data.error));
    });
    worker.addEventListener('error', abandonWorker);
    worker.addEventListener('messageerror', abandonWorker);
  }

  return {
    parse(input, options = {}) {
      const request: ParseRequest =
        options.fileName === undefined
          ? { id: nextId++, input }
          : { id: nextId++, input, fileName: options.fileName };
      return new Promise<NoticeModel>((resolve, reject) => {
        const job = { request, resolve, reject };
        if (!worker) return runOnMainThread(job);
        pending.set(request.id, job);
        try {
          worker.postMessage(request);
        } catch {
          // The input could not be sent (it cannot be cloned, or the worker is gone): parse it here.
          pending.delete(request.id);
          runOnMainThread(job);
        }
      });
    },
    get thread() {
      return worker ? 'worker' : 'main-thread';
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const job of pending.values()) job.reject(new Error('The parser was disposed.'));
      pending.clear();
    },
  };
}
