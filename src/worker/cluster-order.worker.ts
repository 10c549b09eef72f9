// Web Worker: computes the clustering order of a matrix's rows off the main thread (O(n²) time and
// memory: about half a second and 32 MB at 2,000 agencies), so choosing it never freezes the page.
// Small on purpose: the clustering core only, no Cytoscape, no parser.
import { orderByCluster } from '../graph/order.ts';
import {
  unpackClusterInput,
  type ClusterOrderRequest,
  type ClusterOrderResponse,
} from './cluster-order-protocol.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ClusterOrderRequest>) => void) | null;
  postMessage(message: ClusterOrderResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    const { profiles, weights } = unpackClusterInput(data.input);
    const order = Int32Array.from(orderByCluster(profiles, weights));
    scope.postMessage({ id: data.id, ok: true, order }, [order.buffer]);
  } catch (error) {
    scope.postMessage({
      id: data.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
