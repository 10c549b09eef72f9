// The briefing pack, one PDF (cover, coordination network, agency × task matrix, most-loaded table,
// projects), made in a Web Worker so the page never freezes; on the main thread only where a browser
// has no module workers.
import type { Positions } from '../../graph/positions.ts';
import type { NoticeModel } from '../../notice/model.ts';
import { briefingLayout, type BriefingReply, type BriefingRequest } from './briefing-request.ts';
import type { LabelLang, Paper } from './diagram-form.ts';
import { ExportError, failureCode } from './export-error.ts';
import { exportFonts } from './export-font.ts';

function inWorker(request: BriefingRequest): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./briefing.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<BriefingReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.bytes);
      else {
        const code = failureCode(event.data.code);
        reject(code ? new ExportError(code, event.data.error) : new Error(event.data.error));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new ExportError('worker', event.message || 'the briefing worker stopped.'));
    };
    worker.postMessage(request);
  });
}

async function onMainThread(request: BriefingRequest): Promise<Uint8Array> {
  const { briefingPdf } = await import('../../export/pdf/briefing.ts');
  const { model, lang, paper, positions } = request;
  return briefingPdf(model, { lang, paper, fonts: exportFonts, layout: briefingLayout(positions) });
}

export function makeBriefing(
  model: NoticeModel,
  options: { lang: LabelLang; paper: Paper; positions: Positions | null },
): Promise<Uint8Array> {
  const request: BriefingRequest = { model, ...options };
  return typeof Worker === 'undefined' ? onMainThread(request) : inWorker(request);
}
