// Web Worker: parses notices off the main thread, so a large input or a batch of files never freezes the page.
import { runJob, transferablesOf } from './jobs.ts';
import type { ParseRequest, ParseResponse } from './protocol.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    const result = runJob(data);
    scope.postMessage({ id: data.id, ok: true, ...result }, transferablesOf(result));
  } catch (error) {
    // parseNotice and importOne promise never to throw; if one does, the page must still hear back.
    scope.postMessage({
      id: data.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
