// Web Worker: finds the coordination blocs (Louvain over the coordination network) off the main thread:
// at 500 agencies and 17,000 links the graph, Louvain and the descriptions take most of a second of a
// busy page. Small on purpose: graphology and the analysis only.
import { coordinationBlocs } from '../analysis/blocs.ts';
import type { BlocsRequest, BlocsResponse } from './blocs-protocol.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<BlocsRequest>) => void) | null;
  postMessage(message: BlocsResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, ok: true, blocs: coordinationBlocs(data.input).blocs });
  } catch (error) {
    scope.postMessage({
      id: data.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
