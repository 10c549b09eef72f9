// The OFD reader on notices typeset as OFD (tests/fixtures/ofd/make-ofd.ts), on hand-made packages
// for the format's variants, and on hostile input.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../projects/parse-notice.ts';
import { deltas, readOfd } from './ofd.ts';
import { CANCELLED, type ReadOutcome } from './reader.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../tests/fixtures/ofd/${name}`, import.meta.url)));
const textOf = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function textRead(outcome: ReadOutcome): { text: string; reader: string } {
  if ('error' in outcome) throw new Error(outcome.error);
  return outcome;
}

/** The share of (item, agency, role) triples two parses agree on, items matched by order. */
function triplesEqual(expected: string, actual: string): number {
  const triples = (text: string) => {
    const model = parseNotice(text);
    const name = new Map(model.agencies.map((a) => [a.id, a.name]));
    return model.items.map(
      (a) =>
        new Set([
          ...a.leads.map((id) => `lead ${name.get(id)}`),
          ...a.cooperators.map((id) => `cooperate ${name.get(id)}`),
        ]),
    );
  };
  const [want, got] = [triples(expected), triples(actual)];
  let agreed = 0;
  let all = 0;
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const [w, g] = [want[i] ?? new Set<string>(), got[i] ?? new Set<string>()];
    all += new Set([...w, ...g]).size;
    agreed += [...w].filter((t) => g.has(t)).length;
  }
  return all === 0 ? 1 : agreed / all;
}

const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/[\s\u3000]+/g, ''))
    .filter((l) => l.length > 0);

describe('readOfd on typeset notices', () => {
  const cases = [
    { file: 'manzhouli-pilot-zone-2014.ofd', source: 'seeds/manzhouli-pilot-zone-2014.txt', pages: 31 },
    {
      file: 'state-council-2018-39-employment.ofd',
      source: 'tests/fixtures/samples/state-council-2018-39-employment.txt',
      pages: 6,
    },
  ];
  for (const { file, source, pages } of cases) {
    it(`reads ${file} back into the notice's paragraphs, and its items as the text's`, () => {
      const progress: number[] = [];
      const read = textRead(readOfd(file, fixture(file), { onProgress: (done) => progress.push(done) }));
      expect(read.reader).toBe(`ofd: ${pages} pages`);
      expect(progress).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
      // Spaces aside (a space is a gap between glyphs, not a glyph), every paragraph comes back whole.
      expect(paragraphs(read.text)).toEqual(paragraphs(textOf(source)));
      const share = triplesEqual(textOf(source), read.text);
      console.info(`${file}: ${(share * 100).toFixed(1)} % of (item, agency, role) triples equal`);
      expect(share).toBeGreaterThanOrEqual(0.98);
    });
  }

  it('drops the page numbers and the running header', () => {
    const { text } = textRead(readOfd('notice.ofd', fixture('manzhouli-pilot-zone-2014.ofd')));
    expect(text).not.toMatch(/—\s*\d+\s*—/);
    expect(text).not.toContain('内蒙古自治区人民政府办公厅文件');
  });
});

const NS = 'http://www.ofdspec.org/2016';

/** A one-document OFD with the given page contents (default namespace unless `prefix`). */
function ofd(
  pages: string[],
  options: { prefix?: boolean; extra?: Record<string, string> } = {},
): Uint8Array {
  const p = options.prefix ? 'ofd:' : '';
  const ns = options.prefix ? `xmlns:ofd="${NS}"` : `xmlns="${NS}"`;
  const files: Record<string, Uint8Array> = {
    'OFD.xml': strToU8(
      `<${p}OFD ${ns} Version="1.0"><${p}DocBody><${p}DocRoot>/Doc_0/Document.xml</${p}DocRoot></${p}DocBody></${p}OFD>`,
    ),
    'Doc_0/Document.xml': strToU8(
      `<${p}Document ${ns}><${p}CommonData><${p}PageArea><${p}PhysicalBox>0 0 210 297</${p}PhysicalBox></${p}PageArea></${p}CommonData>` +
        `<${p}Pages>${pages.map((_, i) => `<${p}Page ID="${i + 1}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('')}</${p}Pages></${p}Document>`,
    ),
  };
  pages.forEach((content, i) => {
    files[`Doc_0/Pages/Page_${i}/Content.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><${p}Page ${ns}><${p}Content><${p}Layer ID="1">${content}</${p}Layer></${p}Content></${p}Page>`,
    );
  });
  for (const [name, text] of Object.entries(options.extra ?? {})) files[name] = strToU8(text);
  return zipSync(files);
}

const textObject = (x: number, y: number, text: string, attributes = '') =>
  `<TextObject ID="9" Boundary="${x} ${y} 160 8" Size="5"${attributes}><TextCode X="0" Y="4.3" DeltaX="g ${Array.from(text).length - 1} 5">${text}</TextCode></TextObject>`;

describe('readOfd on the format’s variants', () => {
  it('reads the default namespace, an absolute DocRoot and `g N v` steps', () => {
    const read = textRead(
      readOfd('a.ofd', ofd([textObject(28, 50, '（一）创新口岸管理服务体系。（自治区商务厅牵头）')])),
    );
    expect(read).toEqual({
      text: '（一）创新口岸管理服务体系。（自治区商务厅牵头）\n',
      reader: 'ofd: 1 page',
    });
  });

  it('reads the ofd: prefix, a CTM that scales object space, and a TextCode taking X from the one before', () => {
    const content =
      `<ofd:TextObject ID="2" Boundary="28 50 160 8" Size="1" CTM="5 0 0 5 0 0">` +
      `<ofd:TextCode X="0" Y="0.86" DeltaX="g 5 1">牵头单位：商务厅</ofd:TextCode>` +
      `<ofd:TextCode Y="2.86" DeltaX="g 5 1">配合单位：财政厅</ofd:TextCode></ofd:TextObject>`;
    const { text } = textRead(readOfd('b.ofd', ofd([content], { prefix: true })));
    expect(text).toBe('牵头单位：商务厅\n配合单位：财政厅\n');
  });

  it('leaves out text in another namespace and on template pages', () => {
    const content =
      textObject(28, 50, '正文。') +
      `<x:TextObject xmlns:x="urn:other"><x:TextCode X="0" Y="1">别的</x:TextCode></x:TextObject>`;
    expect(textRead(readOfd('c.ofd', ofd([content]))).text).toBe('正文。\n');
  });

  it('lays out a table row with wide gaps between cells as tab-separated cells', () => {
    const row = (y: number, cells: string[]) =>
      textObject(28, y, cells[0] as string) +
      textObject(50, y, cells[1] as string) +
      textObject(130, y, cells[2] as string);
    const { text } = textRead(
      readOfd(
        'd.ofd',
        ofd([row(50, ['序号', '工作任务', '牵头单位']) + row(60, ['1', '推进口岸通关。', '省商务厅'])]),
      ),
    );
    expect(text).toBe('序号\t工作任务\t牵头单位\n1\t推进口岸通关。\t省商务厅\n');
    expect(parseNotice(text).items).toHaveLength(1);
  });

  it('expands no entities a DOCTYPE declares (a billion laughs costs nothing)', () => {
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join(
      '',
    );
    const files = unzipSync(ofd([textObject(28, 50, '正文&l9;。')]));
    const page = new TextDecoder().decode(files['Doc_0/Pages/Page_0/Content.xml']);
    const hostile = page.replace('<Page ', `<!DOCTYPE Page [<!ENTITY l0 "ha">${laughs}]><Page `);
    const started = performance.now();
    const outcome = readOfd(
      'laughs.ofd',
      zipSync({ ...files, 'Doc_0/Pages/Page_0/Content.xml': strToU8(hostile) }),
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(JSON.stringify(outcome)).not.toContain('haha');
  });

  it('expands DeltaX lists, with a hostile repeat count bounded by the glyphs', () => {
    expect(deltas('g 3 5 2.5 g 2 1', 10)).toEqual([5, 5, 5, 2.5, 1, 1]);
    expect(deltas('g 1000000000 5', 4)).toEqual([5, 5, 5, 5]);
    expect(deltas(undefined, 3)).toEqual([]);
    expect(deltas('x 1 g', 3)).toEqual([1]);
  });

  it('says why when there is no text, no OFD.xml or no pages', () => {
    const image = '<ImageObject ID="3" Boundary="0 0 210 297" ResourceID="4"/>';
    expect(readOfd('scan.ofd', ofd([image]))).toMatchObject({
      error:
        'scan.ofd cannot be read as an OFD: its pages hold no text (a scanned image, perhaps: run OCR on it first).',
    });
    expect(readOfd('x.ofd', zipSync({ 'a.xml': strToU8('<a/>') }))).toMatchObject({
      error: expect.stringContaining('no OFD.xml'),
    });
    expect(readOfd('y.ofd', ofd([]))).toMatchObject({ error: expect.stringContaining('no pages') });
    expect(readOfd('e.ofd', new Uint8Array())).toMatchObject({ error: 'e.ofd is empty.' });
  });
});

describe('readOfd limits, progress and cancelling', () => {
  const seed = fixture('manzhouli-pilot-zone-2014.ofd');

  it('refuses a zip bomb from its central directory, before inflating anything', () => {
    const started = performance.now();
    const outcome = readOfd('bomb.ofd', fixture('bomb.ofd'));
    const elapsed = performance.now() - started;
    console.info(`bomb.ofd (declares 400 MB) refused in ${elapsed.toFixed(1)} ms`);
    expect(outcome).toMatchObject({
      error:
        'bomb.ofd is refused: its zip declares more than 256 MB once inflated, over the limit (maxInflatedBytes).',
    });
    expect(elapsed).toBeLessThan(2000);
  });

  it('refuses too many pages before reading any, and too large or too many-entried files', () => {
    const progress: number[] = [];
    expect(
      readOfd('n.ofd', seed, { limits: { maxPages: 5 }, onProgress: (d) => progress.push(d) }),
    ).toMatchObject({
      error: 'n.ofd is refused: it has 31 pages, more than the limit of 5 (maxPages).',
    });
    expect(progress).toEqual([]);
    expect(readOfd('n.ofd', seed, { limits: { maxBytes: 1000 } })).toMatchObject({
      error: expect.stringContaining('(maxBytes)'),
    });
    expect(readOfd('n.ofd', seed, { limits: { maxEntries: 10 } })).toMatchObject({
      error: expect.stringContaining('more than the limit of 10 (maxEntries)'),
    });
    expect(readOfd('n.ofd', seed, { limits: { maxInflatedBytes: 100_000 } })).toMatchObject({
      error: expect.stringContaining('(maxInflatedBytes)'),
    });
  });

  it('stops at the page where the signal aborts, with the cancelled message', () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const outcome = readOfd('n.ofd', seed, {
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        if (done === 3) controller.abort();
      },
    });
    expect(outcome).toMatchObject({ error: CANCELLED });
    expect(progress).toEqual([1, 2, 3]);
    expect(readOfd('n.ofd', seed, { signal: AbortSignal.abort() })).toMatchObject({ error: CANCELLED });
  });

  it('reads a damaged file as an error, not a throw', () => {
    expect(readOfd('corrupt.ofd', fixture('corrupt.ofd'))).toMatchObject({
      error: expect.stringMatching(/^corrupt\.ofd cannot be read as an OFD: /),
    });
  });
});

describe('readOfd on random and mutated bytes', () => {
  const small = fixture('state-council-2018-39-employment.ofd');
  const BUDGET_MS = 2000;

  /** Never throws, always an outcome, within the time budget. */
  function check(bytes: Uint8Array): void {
    const started = performance.now();
    const outcome = readOfd('fuzz.ofd', bytes, { limits: { maxInflatedBytes: 8 * 1024 * 1024 } });
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
    expect('error' in outcome || typeof outcome.text === 'string').toBe(true);
  }

  it('survives random bytes, with and without a zip signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), (bytes, signed) => {
        check(signed ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('survives flipped, cut and spliced bytes of a real OFD', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(small.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.option(fc.nat(small.length), { nil: small.length }),
        (flips, cut) => {
          const bytes = small.slice(0, Math.max(cut, 22));
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          check(bytes);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('survives mangled XML in a well-formed zip', () => {
    const page = textObject(28, 50, '（一）创新口岸管理服务体系。（自治区商务厅牵头）');
    fc.assert(
      fc.property(fc.nat(page.length), fc.nat(40), fc.string({ maxLength: 12 }), (at, removed, inserted) => {
        check(ofd([page.slice(0, at) + inserted + page.slice(at + removed)]));
      }),
      { numRuns: 200 },
    );
  });
});
