// Bundle sizes: what a first visit downloads, as Chromium reports it (JS, workers and CSS gzipped,
// against issue #16's 300 KB; fonts apart), and what only exporting brings (the dialog, the PDF
// writer, the export font). Builds the app with a manifest into a temporary folder, opens it in
// Chromium (first-visit.ts), and follows the manifest's imports for the export's parts, so a static
// import that drags export code into the first screen shows up as a larger first visit.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Benchmark, BenchRow } from './benchmark.ts';
import { firstVisit, type Downloaded } from './first-visit.ts';

interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
  readonly assets?: readonly string[];
}

type Manifest = Readonly<Record<string, ManifestChunk>>;

const root = fileURLToPath(new URL('../../', import.meta.url));
const EXPORT_ENTRY = 'src/views/export/ExportDialog.tsx';
/** The export font: @fontsource's WOFF slices, each its own lazy chunk (a data URL in a module). */
const FONT_FILE = /noto-sans-sc-[^/]*\.(js|ttf|otf|woff2?)$/;

/** Every chunk reachable from `keys` by static imports (and by dynamic ones when asked), not walking
 *  through the chunks in `stop` (the first screen's own lazy parts are not the export's). */
function closure(
  manifest: Manifest,
  keys: readonly string[],
  dynamic: boolean,
  stop: ReadonlySet<string> = new Set(),
): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key) || stop.has(key)) return;
    seen.add(key);
    for (const next of chunk.imports ?? []) visit(next);
    if (dynamic) for (const next of chunk.dynamicImports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

export interface BundleSizes {
  readonly firstScreenJs: number;
  readonly firstScreenCss: number;
  readonly exportJs: number;
  readonly exportCss: number;
  /** The export font's slices, all of them: an export loads only those its characters need. */
  readonly fontBytes: number;
  readonly fontGzip: number;
  readonly fontFiles: readonly string[];
  /** Each export chunk (font slices aside) with its gzipped size. */
  readonly exportChunks: Readonly<Record<string, number>>;
}

function gzipBytes(dir: string, files: Iterable<string>): number {
  let total = 0;
  for (const file of files) total += gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
  return total;
}

/** Sizes from a built folder and its manifest. Workers are emitted beside the chunks, not in the
 *  manifest: an export worker is counted by its name. */
export function measureBundle(dir: string, manifest: Manifest): BundleSizes {
  const entries = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
  const first = closure(manifest, entries, false);
  const exportKey = Object.keys(manifest).find((k) => k.endsWith(EXPORT_ENTRY));
  if (!exportKey) throw new Error(`${EXPORT_ENTRY} is not a chunk of its own: is it imported statically?`);
  const exporting = [...closure(manifest, [exportKey], true, first)];
  const chunk = (k: string) => manifest[k] as ManifestChunk;
  const files = (keys: Iterable<string>, pick: (c: ManifestChunk) => readonly string[]) => [
    ...new Set([...keys].flatMap((k) => pick(chunk(k)))),
  ];
  const firstJs = files(first, (c) => [c.file]);
  const firstCss = files(first, (c) => c.css ?? []);
  const workers = readdirSync(join(dir, 'assets')).filter((f) => /briefing.*\.js$/.test(f));
  const exportFiles = [...files(exporting, (c) => [c.file, ...(c.assets ?? [])])];
  const fontFiles = exportFiles.filter((f) => FONT_FILE.test(f));
  const exportJs = [
    ...new Set([
      ...exportFiles.filter((f) => f.endsWith('.js') && !FONT_FILE.test(f)),
      ...workers.map((f) => `assets/${f}`),
    ]),
  ];
  const exportCss = files(exporting, (c) => c.css ?? []).filter((f) => !firstCss.includes(f));
  return {
    firstScreenJs: gzipBytes(dir, firstJs),
    firstScreenCss: gzipBytes(dir, firstCss),
    exportJs: gzipBytes(dir, exportJs),
    exportCss: gzipBytes(dir, exportCss),
    fontBytes: fontFiles.reduce((n, f) => n + statSync(join(dir, f)).size, 0),
    fontGzip: gzipBytes(dir, fontFiles),
    fontFiles,
    exportChunks: Object.fromEntries(exportJs.map((f) => [f, gzipBytes(dir, [f])])),
  };
}

const FLOOR_PAGE = join(root, 'tests/bench/library-floor.html');

/** The gzipped JavaScript of a page that only loads the first screen's libraries (library-floor-page.ts),
 *  built as the app is (same Vite, target and minifier), for the figure to stand beside. */
export async function libraryFloor(): Promise<number> {
  const outDir = mkdtempSync(join(tmpdir(), 'fengong-floor-'));
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: FLOOR_PAGE } },
    });
    const assets = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
    return gzipBytes(
      outDir,
      assets.map((f) => `assets/${f}`),
    );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Issue #16: a first visit downloads at most this much JavaScript and CSS, workers included, gzipped. */
export const FIRST_VISIT_TARGET_KB = 300;

export async function buildAndMeasure(): Promise<BundleSizes & { firstVisit: readonly Downloaded[] }> {
  const outDir = mkdtempSync(join(tmpdir(), 'fengong-bundle-'));
  try {
    await build({
      root,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true, sourcemap: false },
    });
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
    return { ...measureBundle(outDir, manifest), firstVisit: await firstVisit(outDir) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => Math.round(bytes / 100) / 10;

function row(input: string, bytes: number, max?: number): BenchRow {
  return {
    benchmark: 'bundle-size',
    input,
    runs: 1,
    medianMs: 0,
    value: kb(bytes),
    unit: 'KB',
    peakHeapBytes: 0,
    target: max === undefined ? null : { max, label: `≤ ${max} KB` },
  };
}

function firstVisitRows(files: readonly Downloaded[], floor: number): BenchRow[] {
  const of = (kind: Downloaded['kind']) => files.filter((f) => f.kind === kind);
  const sum = (list: readonly Downloaded[], key: 'gzip' | 'bytes') => list.reduce((n, f) => n + f[key], 0);
  const counted = [...of('js'), ...of('worker'), ...of('css')];
  const fonts = of('font');
  for (const f of [...counted].sort((a, b) => b.gzip - a.gzip))
    process.stderr.write(`  ${f.kind.padEnd(6)} ${kb(f.gzip).toFixed(1).padStart(6)} KB gz  ${f.path}\n`);
  process.stderr.write(
    `  fonts: ${fonts.map((f) => f.path.replace(/^.*\/|-[\w-]{8}\.woff2$/g, '')).join(', ')}\n`,
  );
  return [
    row(`first visit JS of the page (${of('js').length} files), gzip`, sum(of('js'), 'gzip')),
    row(`first visit workers (${of('worker').length} files), gzip`, sum(of('worker'), 'gzip')),
    row(`first visit CSS (${of('css').length} files), gzip`, sum(of('css'), 'gzip')),
    row('first visit JS + workers + CSS, gzip', sum(counted, 'gzip'), FIRST_VISIT_TARGET_KB),
    row('floor: React, ReactDOM, Cytoscape, fcose and Dexie alone in a page, gzip', floor),
    {
      ...row('first visit ÷ that floor', 0),
      value: Math.round((sum(counted, 'gzip') / floor) * 100) / 100,
      unit: '×',
    },
    row('first visit JS + workers + CSS, as served (uncompressed)', sum(counted, 'bytes')),
    row(`first visit fonts (${fonts.length} WOFF2 slices), not in the target`, sum(fonts, 'bytes')),
    row('first visit HTML and the rest, gzip', sum([...of('html'), ...of('other')], 'gzip')),
  ];
}

export const bundleSize: Benchmark = {
  name: 'bundle-size',
  run: async () => {
    const s = await buildAndMeasure();
    return [
      ...firstVisitRows(s.firstVisit, await libraryFloor()),
      row('export code, all of it, gzip', s.exportJs + s.exportCss),
      ...Object.entries(s.exportChunks).map(([file, bytes]) =>
        row(`  ${file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '.js')}, gzip`, bytes),
      ),
      row(`export font, all ${s.fontFiles.length} slice chunks (loaded as needed), raw`, s.fontBytes),
      row(`export font, all ${s.fontFiles.length} slice chunks, gzip`, s.fontGzip),
    ];
  },
};

// `npx tsx tests/bench/bundle-size.ts` prints the figures alone.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const s = await buildAndMeasure();
  console.log(
    JSON.stringify(
      {
        ...s,
        kb: {
          ...Object.fromEntries(
            Object.entries(s)
              .filter(([, v]) => typeof v === 'number')
              .map(([k, v]) => [k, kb(v as number)]),
          ),
        },
      },
      null,
      2,
    ),
  );
}
