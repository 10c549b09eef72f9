// Web Worker: parses notices off the main thread, so a large input never freezes the page.
import { parseNotice } from '../notice/parse.ts';
import type { ParseRequest, ParseResponse } from './protocol.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    const options = data.fileName === undefined ? {} : { fileName: data.fileName };
    scope.postMessage({ id: data.id, ok: true, model: parseNotice(data.input, options) });
  } catch (error) {
    // parseNotice promises never to throw; if it does, the page must still hear back.
    scope.postMessage({
      id: data.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
