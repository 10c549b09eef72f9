// The registry of benchmarks `npm run bench` runs, in order. A new benchmark (graph, matrix,
// import …) is a file exporting a Benchmark, added here.
import { accuracy } from './accuracy.ts';
import type { Benchmark } from './benchmark.ts';
import { briefingPdfBench } from './briefing-pdf.ts';
import { bundleSize } from './bundle-size.ts';
import { corpusJobs } from './corpus-jobs.ts';
import { graphPan } from './graph-pan.ts';
import { graphSeedDrawn } from './graph-seed-drawn.ts';
import { graphSeedVsBare } from './graph-seed-vs-bare.ts';
import { importCorpus } from './import-corpus.ts';
import { largeNoticeBench } from './large-notice-bench.ts';
import { matrixCanvas } from './matrix-canvas.ts';
import { matrixOrder } from './matrix-order.ts';
import { parseCorpus } from './parse-corpus.ts';
import { parseSeed } from './parse-seed.ts';
import { projects } from './projects.ts';

export const BENCHMARKS: readonly Benchmark[] = [
  accuracy,
  projects,
  parseSeed,
  parseCorpus,
  corpusJobs,
  importCorpus,
  matrixCanvas,
  matrixOrder,
  graphSeedDrawn,
  graphSeedVsBare,
  graphPan,
  largeNoticeBench,
  briefingPdfBench,
  bundleSize,
];
