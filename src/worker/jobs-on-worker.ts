// The page side of a small worker that answers each request by its id — the blocs and the clustering
// order each have one. The worker starts with the first job; where it cannot start, and for every job
// it still held when it died, the job runs on the page instead, so an answer always comes.

/** What such a worker is sent: a job's input and the id its answer comes back with. */
export interface WorkerRequest<I> {
  readonly id: number;
  readonly input: I;
}

/** What such a worker answers: the result's fields, or why it failed. */
export type WorkerAnswer<R> =
  | ({ readonly id: number; readonly ok: true } & R)
  | { readonly id: number; readonly ok: false; readonly error: string };

export interface JobsOnWorker<I, O, R> {
  /** `start` makes the worker (the `new Worker(new URL(…))` stays in the caller, where the bundler
   *  finds it); `result` reads an answer; `onPage` does the same job without a worker. */
  readonly start: () => Worker;
  readonly result: (answer: R) => O;
  readonly onPage: (input: I) => Promise<O>;
}

interface Pending<I, O> {
  readonly input: I;
  resolve(output: O): void;
  reject(error: Error): void;
}

/** A function that runs one job on the worker (posting `{ id, input }`), or on the page. */
export function jobsOnWorker<I, O, R>({
  start,
  result,
  onPage,
}: JobsOnWorker<I, O, R>): (input: I) => Promise<O> {
  const pending = new Map<number, Pending<I, O>>();
  let worker: Worker | null | undefined;
  let nextId = 1;

  const abandon = () => {
    worker?.terminate();
    worker = null;
    const jobs = [...pending.values()];
    pending.clear();
    for (const job of jobs) onPage(job.input).then(job.resolve, job.reject);
  };

  const started = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      worker = start();
      worker.addEventListener('message', ({ data }: MessageEvent<WorkerAnswer<R>>) => {
        const job = pending.get(data.id);
        pending.delete(data.id);
        if (data.ok) job?.resolve(result(data));
        else job?.reject(new Error(data.error));
      });
      worker.addEventListener('error', abandon);
      worker.addEventListener('messageerror', abandon);
    } catch {
      worker = null;
    }
    return worker;
  };

  return (input) => {
    const target = started();
    if (!target) return onPage(input);
    const id = nextId++;
    return new Promise<O>((resolve, reject) => {
      pending.set(id, { input, resolve, reject });
      const request: WorkerRequest<I> = { id, input };
      // Copied, not transferred: if the worker dies, the page still has the input to work from.
      target.postMessage(request);
    });
  };
}
