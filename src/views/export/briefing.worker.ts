// Makes the briefing pack off the main thread: laying out the coordination network and writing several
// PDF pages with subset Chinese fonts takes longer than a frame, and the page must stay responsive.
import { briefingPdf } from '../../export/pdf/briefing.ts';
import { briefingLayout, type BriefingReply, type BriefingRequest } from './briefing-request.ts';
import { exportFailure } from './export-error.ts';
import { exportFonts } from './export-font.ts';

self.onmessage = async (event: MessageEvent<BriefingRequest>) => {
  const { model, lang, paper, positions } = event.data;
  try {
    const bytes = await briefingPdf(model, {
      lang,
      paper,
      fonts: exportFonts,
      layout: briefingLayout(positions),
    });
    const reply: BriefingReply = { ok: true, bytes };
    self.postMessage(reply, { transfer: [bytes.buffer] });
  } catch (reason) {
    const { code, detail } = exportFailure(reason);
    const reply: BriefingReply = { ok: false, error: detail, ...(code ? { code } : {}) };
    self.postMessage(reply);
  }
};
