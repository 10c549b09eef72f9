// Web Worker: lays graphs out off the main thread (fcose on a headless Cytoscape), so a large layout
// never freezes panning, typing or clicking.
import { runFcose } from '../layout/fcose.ts';
import type { LayoutJob, PositionRecord } from '../layout/layout-job.ts';

export interface LayoutRequest {
  readonly id: number;
  readonly job: LayoutJob;
}

export type LayoutResponse =
  | { readonly id: number; readonly ok: true; readonly positions: PositionRecord }
  | { readonly id: number; readonly ok: false; readonly error: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, ok: true, positions: runFcose(data.job) });
  } catch (error) {
    scope.postMessage({
      id: data.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
