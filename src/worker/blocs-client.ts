// The page's way to a notice's coordination blocs: found in their own small Web Worker when the browser
// allows one, else on the page after a pause (Louvain runs in one piece). Kept by model, so a view
// that shows the same notice again has them at once.
import type { BlocInput, Blocs } from '../analysis/blocs.ts';
import { blocInput, withBlocOf, type BlocsResponse } from './blocs-protocol.ts';
import { jobsOnWorker } from './jobs-on-worker.ts';

const asked = new WeakMap<BlocInput, Promise<Blocs>>();
const found = new WeakMap<BlocInput, Blocs>();

/** Loaded only when the worker cannot be used: graphology stays out of the page's first load. */
async function onPage(input: BlocInput): Promise<Blocs> {
  const { coordinationBlocs } = await import('../analysis/blocs.ts');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return coordinationBlocs(input);
}

const onWorker = jobsOnWorker<BlocInput, Blocs, Extract<BlocsResponse, { ok: true }>>({
  start: () => new Worker(new URL('./blocs.worker.ts', import.meta.url), { type: 'module', name: 'blocs' }),
  result: (answer) => withBlocOf(answer.blocs),
  onPage,
});

/** The blocs already found for this model, if they have been: a view opens with them. */
export function knownBlocs(model: BlocInput): Blocs | null {
  return found.get(model) ?? null;
}

/** The coordination blocs of a model (`coordinationBlocs`), found off the main thread. */
export function findBlocs(model: BlocInput): Promise<Blocs> {
  const known = asked.get(model);
  if (known) return known;
  const blocs = onWorker(blocInput(model));
  asked.set(model, blocs);
  blocs.then(
    (done) => found.set(model, done),
    () => asked.delete(model),
  );
  return blocs;
}
