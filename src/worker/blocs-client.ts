// The page's way to a notice's coordination blocs: found in their own small Web Worker when the browser
// allows one, else on the page after a pause (Louvain runs in one piece). Kept by model, so a view
// that shows the same notice again has them at once.
import type { BlocInput, Blocs } from '../analysis/blocs.ts';
import { blocInput, withBlocOf, type BlocsRequest, type BlocsResponse } from './blocs-protocol.ts';

interface Pending {
  readonly input: BlocInput;
  resolve(blocs: Blocs): void;
  reject(error: Error): void;
}

const asked = new WeakMap<BlocInput, Promise<Blocs>>();
const found = new WeakMap<BlocInput, Blocs>();
const pending = new Map<number, Pending>();
let worker: Worker | null | undefined;
let nextId = 1;

/** Loaded only when the worker cannot be used: graphology stays out of the page's first load. */
async function onPage(input: BlocInput): Promise<Blocs> {
  const { coordinationBlocs } = await import('../analysis/blocs.ts');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return coordinationBlocs(input);
}

function abandonWorker(): void {
  worker?.terminate();
  worker = null;
  const jobs = [...pending.values()];
  pending.clear();
  // A worker that dies mid-job hands its jobs to the page rather than leave the blocs unknown.
  for (const job of jobs) onPage(job.input).then(job.resolve, job.reject);
}

function blocsWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./blocs.worker.ts', import.meta.url), { type: 'module', name: 'blocs' });
    worker.addEventListener('message', ({ data }: MessageEvent<BlocsResponse>) => {
      const job = pending.get(data.id);
      pending.delete(data.id);
      if (data.ok) job?.resolve(withBlocOf(data.blocs));
      else job?.reject(new Error(data.error));
    });
    worker.addEventListener('error', abandonWorker);
    worker.addEventListener('messageerror', abandonWorker);
  } catch {
    worker = null;
  }
  return worker;
}

function compute(model: BlocInput): Promise<Blocs> {
  const input = blocInput(model);
  const target = blocsWorker();
  if (!target) return onPage(input);
  const id = nextId++;
  const request: BlocsRequest = { id, input };
  return new Promise<Blocs>((resolve, reject) => {
    pending.set(id, { input, resolve, reject });
    target.postMessage(request);
  });
}

/** The blocs already found for this model, if they have been: a view opens with them. */
export function knownBlocs(model: BlocInput): Blocs | null {
  return found.get(model) ?? null;
}

/** The coordination blocs of a model (`coordinationBlocs`), found off the main thread. */
export function findBlocs(model: BlocInput): Promise<Blocs> {
  const known = asked.get(model);
  if (known) return known;
  const blocs = compute(model);
  asked.set(model, blocs);
  blocs.then(
    (done) => found.set(model, done),
    () => asked.delete(model),
  );
  return blocs;
}
