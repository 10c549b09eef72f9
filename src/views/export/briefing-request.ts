// What the page sends the briefing worker and what comes back, and how the pack's coordination network
// is laid out: the positions on screen when the screen shows that network, else the app's seeded fcose
// layout (the same picture the network view draws).
import type { LayoutFn } from '../../export/diagram/diagram.ts';
import type { Positions } from '../../graph/positions.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { computeLayout } from '../../layout/compute-layout.ts';
import type { LabelLang, Paper } from './diagram-form.ts';

export interface BriefingRequest {
  readonly model: NoticeModel;
  readonly lang: LabelLang;
  readonly paper: Paper;
  readonly positions: Positions | null;
}

export type BriefingReply =
  | { readonly ok: true; readonly bytes: Uint8Array }
  /** `code` says why for the dialog to word (an ExportFailure); `error` is the technical line. */
  | { readonly ok: false; readonly error: string; readonly code?: string };

export function briefingLayout(positions: Positions | null): LayoutFn {
  return (graph, look, context) => {
    // Positions from the screen cover its graph; one they miss (none should) falls back to the layout.
    if (positions && graph.nodes.every((n) => n.parent !== undefined || positions.has(n.id)))
      return Promise.resolve(positions);
    return computeLayout('fcose', graph, look, context);
  };
}
