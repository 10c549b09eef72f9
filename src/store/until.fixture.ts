// For tests of live queries: wait until what a subscriber has seen meets a condition.
export async function until(condition: () => boolean, timeout = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error('timed out waiting for a live query');
    await new Promise((r) => setTimeout(r, 5));
  }
}
