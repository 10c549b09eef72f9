// The briefing pack of the seed, built in Node as the command line builds it: layout of the
// coordination network, five kinds of page, the font slices subset and embedded. Median of 5 after
// one warm-up run (the first also loads and compiles pdf-lib and fontkit).
import { readFileSync } from 'node:fs';
import { nodeFontLoader } from '../../src/export/font/load-node.ts';
import { briefingPdf } from '../../src/export/pdf/briefing.ts';
import { parseNotice } from '../../src/projects/parse-notice.ts';
import { computeLayout } from '../../src/layout/compute-layout.ts';
import type { Benchmark } from './benchmark.ts';
import { HeapPeak, median } from './measure.ts';

const SEED = new URL('../../seeds/manzhouli-pilot-zone-2014.txt', import.meta.url);

export const briefingPdfBench: Benchmark = {
  name: 'briefing-pdf',
  async run() {
    const model = parseNotice(new Uint8Array(readFileSync(SEED)));
    const heap = new HeapPeak();
    const make = () =>
      briefingPdf(model, {
        lang: 'zh',
        fonts: nodeFontLoader,
        layout: (graph, look, context) => computeLayout('fcose', graph, look, context),
      });
    let bytes = (await make()).length;
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      bytes = (await make()).length;
      times.push(performance.now() - start);
      heap.sample();
    }
    const ms = median(times);
    return [
      {
        benchmark: this.name,
        input: `seed briefing (${(bytes / 1000).toFixed(0)} KB PDF)`,
        runs: times.length,
        medianMs: ms,
        value: ms,
        unit: 'ms',
        peakHeapBytes: heap.bytes,
        target: { max: 3000, label: '≤ 3000 ms' },
      },
    ];
  },
};
