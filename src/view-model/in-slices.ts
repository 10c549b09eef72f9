// Long pure work spread over several tasks, so the page answers input in between (issue #15: no task
// over 200 ms). The work is a generator that pauses (yields) at points where stopping is cheap; it is
// run for up to `budgetMs` at a time, then handed back to the event loop.
export interface SliceOptions {
  /** Milliseconds of work per task; a step that starts within the budget runs to its end. */
  readonly budgetMs?: number;
  /** Stops the work at its next pause; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function inSlices<T>(steps: Generator<void, T>, options: SliceOptions = {}): Promise<T> {
  const { budgetMs = 40, signal } = options;
  for (;;) {
    signal?.throwIfAborted();
    const start = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - start >= budgetMs) break;
    }
    await nextTask();
  }
}
