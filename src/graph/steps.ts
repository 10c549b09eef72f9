// Long computations written as generators that yield between steps: run straight through in a worker,
// a test or the CLI, or paused between steps on the page so it keeps answering.

/** Runs a stepped computation to its end, without pausing. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
