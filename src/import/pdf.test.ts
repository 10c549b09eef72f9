// readPdf on PDFs made the way real notices are (tests/fixtures/pdf/make-fixtures.ts): the text it
// gives must parse to the same (item, agency, role) triples as the notice's original text.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NoticeModel } from '../notice/model.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { readPdf } from './pdf.ts';
import { CANCELLED, type ReadOutcome } from './reader.ts';

const ROOT = new URL('../../', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`tests/fixtures/pdf/${name}`, ROOT)));
const original = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

function textOf(outcome: ReadOutcome): string {
  if ('error' in outcome) throw new Error(outcome.error);
  return outcome.text;
}

/** Each item's agencies as `role:name`, items in the order of their markers. */
function itemRoles(model: NoticeModel): string[][] {
  const names = new Map(model.agencies.map((a) => [a.id as string, a.name]));
  return [...model.items]
    .sort((a, b) => a.marker.start - b.marker.start)
    .map((a) => [
      ...a.leads.map((id) => `lead:${names.get(id)}`),
      ...a.cooperators.map((id) => `cooperate:${names.get(id)}`),
      ...a.responsible.map((id) => `responsible:${names.get(id)}`),
    ]);
}

/** Triples found in both, items matched in order (an alignment that shares the most triples), so an
 *  item missed or split costs its own triples only. */
function sharedTriples(a: readonly string[][], b: readonly string[][]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const itemA of a) {
    const row = [0];
    b.forEach((itemB, j) => {
      const inB = new Set(itemB);
      const shared = itemA.filter((t) => inB.has(t)).length;
      row.push(Math.max(previous[j + 1] as number, row[j] as number, (previous[j] as number) + shared));
    });
    previous = row;
  }
  return previous[b.length] as number;
}

const NOTICES = [
  { pdf: 'manzhouli.pdf', text: 'seeds/manzhouli-pilot-zone-2014.txt', pages: 32 },
  { pdf: 'henan.pdf', text: 'tests/fixtures/corpus/022-henan-2023-kuoda-neixu-sannian.txt', pages: 40 },
  { pdf: 'zhengzhou.pdf', text: 'tests/fixtures/corpus/028-zhengzhou-2023-jinrong-zhichi.txt', pages: 12 },
  { pdf: 'manzhouli-table.pdf', text: 'tests/fixtures/pdf/manzhouli-table.txt', pages: 14 },
  { pdf: 'manzhouli-table.pdf', text: 'seeds/manzhouli-pilot-zone-2014.txt', pages: 14 },
  { pdf: 'stroked-table.pdf', text: 'tests/fixtures/pdf/stroked-table.txt', pages: 2 },
  { pdf: 'stsong.pdf', text: 'tests/fixtures/pdf/stsong.txt', pages: 1 },
  { pdf: 'owner-only.pdf', text: 'tests/fixtures/pdf/stsong.txt', pages: 2 },
];

describe('readPdf on fixtures', () => {
  it.each(NOTICES)('$pdf parses to the triples of $text', async ({ pdf, text, pages }) => {
    const started = performance.now();
    const progress: number[] = [];
    const outcome = await readPdf(pdf, fixture(pdf), {
      onProgress: (done, total) => progress.push(done, total),
    });
    const ms = Math.round(performance.now() - started);
    const expected = itemRoles(parseNotice(original(text)));
    const found = itemRoles(parseNotice(textOf(outcome)));
    const shared = sharedTriples(expected, found);
    const recall = shared / expected.flat().length;
    const precision = shared / Math.max(1, found.flat().length);
    console.log(
      `${pdf} vs ${text}: ${pages} pages, ${ms} ms, triples ${(100 * recall).toFixed(1)} % found, ${(100 * precision).toFixed(1)} % right`,
    );
    expect(expected.flat().length).toBeGreaterThan(0);
    expect(recall).toBeGreaterThanOrEqual(0.98);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect('reader' in outcome && outcome.reader).toMatch(
      new RegExp(`^pdf: pdfjs-dist \\d+\\.\\d+, ${pages} pages?$`),
    );
    expect(progress).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, pages]).flat());
  });

  it('reads Chinese set in a font that is not embedded, through the bundled CMaps', async () => {
    const text = textOf(await readPdf('stsong.pdf', fixture('stsong.pdf')));
    expect(text.split('\n').slice(0, 3)).toEqual(
      original('tests/fixtures/pdf/stsong.txt').split('\n').slice(0, 3),
    );
  });

  it('keeps a table a row a line, its cells tab-separated', async () => {
    const lines = textOf(await readPdf('manzhouli-table.pdf', fixture('manzhouli-table.pdf'))).split('\n');
    expect(lines[1]).toBe('序号\t重点任务\t牵头单位\t配合单位\t完成时限');
    expect(lines.filter((l) => l.startsWith('序号\t'))).toHaveLength(1);
    expect(lines[2]?.split('\t')).toHaveLength(5);
  });

  it.each(['stroked-table.pdf', 'sideways-table.pdf'])(
    'reads a table drawn with stroked rules, its header repeated on the next page, as its rows (%s)',
    async (name) => {
      const text = textOf(await readPdf(name, fixture(name)));
      expect(text).toBe(original('tests/fixtures/pdf/stroked-table.txt'));
    },
  );

  it('leaves the caller its bytes', async () => {
    const bytes = fixture('stsong.pdf');
    await readPdf('stsong.pdf', bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
  });
});

describe('readPdf refusals', () => {
  it('asks for OCR on a scan', async () => {
    expect(await readPdf('scan.pdf', fixture('scanned.pdf'))).toMatchObject({
      error: 'scan.pdf holds page images, not text: run OCR on it first.',
      problem: { code: 'scanned', args: ['scan.pdf'] },
    });
  });

  it('says a file needs its password, in one line', async () => {
    const outcome = await readPdf('secret.pdf', fixture('encrypted.pdf'));
    expect(outcome).toMatchObject({
      error: 'secret.pdf is protected by a password: save a copy without the password and open that.',
      problem: { code: 'password', args: ['secret.pdf'] },
    });
  });

  it('names the limit a file is over, before reading it', async () => {
    const bytes = fixture('zhengzhou.pdf');
    const big = await readPdf('big.pdf', bytes, { limits: { maxBytes: 100_000 } });
    expect(big).toMatchObject({
      error: `big.pdf is ${(bytes.length / 2 ** 20).toFixed(1)} MB, more than the 0.1 MB a file may be.`,
    });
    let pagesRead = 0;
    const long = await readPdf('long.pdf', bytes, { limits: { maxPages: 5 }, onProgress: () => pagesRead++ });
    expect(long).toMatchObject({
      error: 'long.pdf has 12 pages, more than the 5 pages a PDF may have.',
      problem: { code: 'too-many-pages', args: ['long.pdf', '12', '5'] },
    });
    expect(pagesRead).toBe(0);
  });

  it('stops when cancelled, before or while reading', async () => {
    const before = new AbortController();
    before.abort();
    expect(await readPdf('a.pdf', fixture('zhengzhou.pdf'), { signal: before.signal })).toMatchObject({
      error: `a.pdf: ${CANCELLED}`,
    });
    const during = new AbortController();
    const seen: number[] = [];
    const outcome = await readPdf('b.pdf', fixture('zhengzhou.pdf'), {
      signal: during.signal,
      onProgress: (done) => {
        seen.push(done);
        if (done === 2) during.abort();
      },
    });
    expect(outcome).toMatchObject({ error: `b.pdf: ${CANCELLED}` });
    expect(seen).toEqual([1, 2]);
  });

  it('says a file that is not a PDF, or a broken one, is not a readable PDF', async () => {
    expect(await readPdf('x.pdf', new TextEncoder().encode('not a pdf at all'))).toMatchObject({
      error: 'x.pdf is not a readable PDF: it has no PDF header.',
    });
    const broken = await readPdf('y.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'));
    expect(broken).toMatchObject({ error: expect.stringMatching(/^y\.pdf is not a readable PDF \(.+\)\.$/) });
    expect(await readPdf('z.pdf', new Uint8Array(0))).toMatchObject({
      error: 'z.pdf is not a readable PDF: it has no PDF header.',
    });
  });
});

describe('readPdf on damaged files', () => {
  const BUDGET_MS = 15_000;
  const within = (read: Promise<ReadOutcome>) =>
    Promise.race([
      read,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('readPdf took too long')), BUDGET_MS),
      ),
    ]);
  const oneLine = (outcome: ReadOutcome) => {
    if ('error' in outcome) expect(outcome.error).not.toMatch(/\n/);
    else expect(typeof outcome.text).toBe('string');
  };
  const sources = ['stsong.pdf', 'owner-only.pdf', 'zhengzhou.pdf'].map(fixture);

  it('never throws nor hangs on truncated or corrupted PDFs, or random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: sources.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
          maxLength: 40,
        }),
        async (which, cut, flips) => {
          const source = sources[which] as Uint8Array;
          const bytes = source.slice(0, Math.max(8, Math.floor(source.length * cut)));
          for (const [at, value] of flips) bytes[Math.floor(at * (bytes.length - 1))] = value;
          oneLine(await within(readPdf('damaged.pdf', bytes)));
        },
      ),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (noise) => {
        const bytes = new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n'), ...noise]);
        oneLine(await within(readPdf('noise.pdf', bytes)));
      }),
      { numRuns: 60 },
    );
  });
});
