// Web Worker: parses notices off the main thread, so a large input or a batch of files never freezes the page.
// An import says how far it is as it goes, and stops when the page sends a cancel for it.
import { runJob, transferablesOf } from './jobs.ts';
import type { CancelRequest, ParseRequest, ParseResponse } from './protocol.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest | CancelRequest>) => void) | null;
  postMessage(message: ParseResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const running = new Map<number, AbortController>();

async function answer(request: ParseRequest): Promise<void> {
  const controller = new AbortController();
  running.set(request.id, controller);
  try {
    const result = await runJob(request, {
      signal: controller.signal,
      onProgress: (progress) => scope.postMessage({ id: request.id, progress }),
    });
    scope.postMessage({ id: request.id, ok: true, ...result }, transferablesOf(result));
  } catch (error) {
    // parseNotice and importOne promise never to throw; if one does, the page must still hear back.
    scope.postMessage({
      id: request.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    });
  } finally {
    running.delete(request.id);
  }
}

scope.onmessage = ({ data }) => {
  // pdf.js, once loaded here, posts and listens on this scope too: its messages carry no type we know.
  if (!data || typeof data !== 'object' || !('type' in data)) return;
  if (data.type === 'cancel') running.get(data.target)?.abort();
  else void answer(data);
};
