// Property tests for the readers that untrusted files reach first — web pages and Word's .docx — and
// for the whole path a dropped file takes (read by its bytes, then parsed): whatever the input, an
// answer (a model or a one-line refusal), never a throw, and within a time budget per input, so a
// reader that backtracks or walks quadratically fails here. `FUZZ_RUNS=100000 npx vitest run
// tests/fuzz` is the long run; CI runs the default below.
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxBytes } from '../../src/import/docx.fixture.ts';
import { readImportFile } from '../../src/import/read-import-file.ts';
import type { NoticeModel } from '../../src/notice/model.ts';
import { parseNotice } from '../../src/projects/parse-notice.ts';
import { seedText } from '../support/seed.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** Far above what a reader needs for a few kilobytes (milliseconds), far below what a quadratic
 *  walk takes on them (the crafted .docx below took 71 s before the readers were made linear). */
const BUDGET_MS = 2_000;

async function readAndParse(name: string, bytes: Uint8Array): Promise<NoticeModel | string> {
  const read = await readImportFile(name, bytes);
  if ('error' in read) return read.error;
  return parseNotice('text' in read ? read.text : read.bytes);
}

async function withinBudget(name: string, bytes: Uint8Array): Promise<void> {
  const start = performance.now();
  const result = await readAndParse(name, bytes);
  const took = performance.now() - start;
  expect(took, `${name}: ${bytes.length} bytes took ${took.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
  if (typeof result === 'string') expect(result.length).toBeGreaterThan(0);
  else expect(result.text.length).toBeGreaterThanOrEqual(0);
}

const SEED_LINES = seedText().split('\n').slice(0, 40);

/** The pieces markup is made of, so random documents reach the readers' corners: tags left open,
 *  comments and CDATA never closed, entities, tables, scripts, the genre's brackets. */
const htmlPiece = fc.oneof(
  fc.constantFrom(
    '<',
    '>',
    '</',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<p>',
    '</p>',
    '<br>',
    '<table>',
    '<tr>',
    '<td colspan="2">',
    '<td rowspan=3>',
    '</td>',
    '</tr>',
    '</table>',
    '<script>',
    '</script>',
    '<style>',
    '&nbsp;',
    '&#x4e00;',
    '&amp',
    '"',
    "'",
    '=',
    '（',
    '）',
    '牵头',
    '配合',
    '\n',
  ),
  fc.constantFrom(...SEED_LINES),
  fc.string({ maxLength: 8 }),
);
const htmlDocument = fc.array(htmlPiece, { maxLength: 300 }).map((parts) => parts.join(''));

const xmlPiece = fc.oneof(
  fc.constantFrom(
    '<w:p>',
    '</w:p>',
    '<w:r>',
    '</w:r>',
    '<w:t>',
    '</w:t>',
    '<w:tbl>',
    '<w:tr>',
    '<w:tc>',
    '</w:tc>',
    '</w:tr>',
    '</w:tbl>',
    '<!--',
    '-->',
    '<?pi ',
    '?>',
    '<![CDATA[',
    ']]>',
    '<',
    '>',
    '&lt;',
    '&#12290;',
    '<w:tab/>',
    '<w:br/>',
    'xmlns:w="urn:x"',
  ),
  fc.constantFrom(...SEED_LINES),
  fc.string({ maxLength: 8 }),
);
const docxBody = fc.array(xmlPiece, { maxLength: 300 }).map((parts) => parts.join(''));

/** A real file with bytes flipped, cut or repeated. */
const mutation = fc.record({
  at: fc.nat(),
  length: fc.nat({ max: 64 }),
  byte: fc.integer({ min: 0, max: 255 }),
  kind: fc.constantFrom('flip', 'cut', 'repeat'),
});
function mutate(
  bytes: Uint8Array,
  m: { at: number; length: number; byte: number; kind: string },
): Uint8Array {
  const at = m.at % Math.max(1, bytes.length);
  if (m.kind === 'cut') return bytes.slice(0, at);
  if (m.kind === 'repeat') {
    const piece = bytes.slice(at, at + m.length);
    const out = new Uint8Array(bytes.length + piece.length * 8);
    out.set(bytes.slice(0, at));
    for (let i = 0; i < 8; i++) out.set(piece, at + i * piece.length);
    out.set(bytes.slice(at), at + piece.length * 8);
    return out;
  }
  const out = bytes.slice();
  for (let i = at; i < Math.min(out.length, at + m.length); i++) out[i] = (out[i] as number) ^ m.byte;
  return out;
}

const REAL_DOCX = docxBytes(
  SEED_LINES.map((line) => `<w:p><w:r><w:t>${line.replace(/[<&]/g, '')}</w:t></w:r></w:p>`).join(''),
);
const REAL_HTML = strToU8(`<html><body>${SEED_LINES.map((l) => `<p>${l}</p>`).join('')}</body></html>`);

// The long run's time grows with its count: a mutation parses the whole seed twice (.docx and page).
describe('readers of untrusted files', { timeout: Math.max(600_000, RUNS * 40) }, () => {
  it('read crafted inputs that once took a minute in well under the budget', async () => {
    const comments = docxBytes(`<w:p><w:r><w:t>一、测试</w:t></w:r></w:p>${'<!--'.repeat(50_000)}`);
    await withinBudget('comments.docx', comments);
    await withinBudget('angles.html', strToU8('<'.repeat(200_000)));
    await withinBudget('open-tags.html', strToU8('<td colspan="'.repeat(20_000)));
  });

  it('answer every web page made of markup pieces, in time', async () => {
    await fc.assert(
      fc.asyncProperty(htmlDocument, (html) => withinBudget('page.html', strToU8(html))),
      { numRuns: RUNS },
    );
  });

  it('answer every .docx whose document is made of XML pieces, in time', async () => {
    await fc.assert(
      fc.asyncProperty(docxBody, (body) => withinBudget('notice.docx', docxBytes(body))),
      { numRuns: RUNS },
    );
  });

  it('answer every mutation of a real .docx and a real web page, in time', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        await withinBudget('notice.docx', mutate(REAL_DOCX, m));
        await withinBudget('notice.html', mutate(REAL_HTML, m));
      }),
      { numRuns: RUNS },
    );
  });
});
