// The worker's import job reads what users bring — GBK text, Word files, pasted text — and refuses, with
// the file's name and the reason, what is no notice at all.
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../tests/support/gbk.ts';
import { docxBytes, p } from '../import/docx.fixture.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { importOne, runJob, runJobInSteps, transferablesOf } from './jobs.ts';
import { importResult } from './protocol.ts';

const NOTICE =
  '关于印发口岸建设分工方案的通知\n一、推进改革\n（一）创新口岸管理。（自治区商务厅牵头，满洲里海关配合）\n';

describe('importOne', () => {
  it('keeps a GBK file as its bytes and reports what the parser found', async () => {
    const bytes = encodeGbk(NOTICE);
    const outcome = await importOne({ name: '方案.txt', bytes });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.format).toBe('text');
    expect(outcome.source).toEqual({ kind: 'bytes', bytes });
    expect(outcome.summary).toMatchObject({
      title: '关于印发口岸建设分工方案的通知',
      encoding: 'gb18030',
      items: 1,
      agencies: 2,
    });
  });

  it('hands back the model it parsed only when asked, the same model a parse of its source gives', async () => {
    const bytes = encodeGbk(NOTICE);
    const kept = await importOne({ name: '方案.txt', bytes, keepModel: true });
    const plain = await importOne({ name: '方案.txt', bytes });
    if (!kept.ok || !plain.ok) throw new Error('not imported');
    expect(kept.model).toEqual(parseNotice(bytes));
    expect(kept.model?.items).toHaveLength(1);
    expect(plain.model).toBeUndefined();
    // What the page keeps of an import holds neither the source nor the model.
    expect(importResult(kept)).not.toHaveProperty('model');
    expect(importResult(kept)).not.toHaveProperty('source');
  });

  it('keeps the text of a .docx, and pasted text as text', async () => {
    const docx = await importOne({
      name: '方案.docx',
      bytes: docxBytes(
        NOTICE.split('\n')
          .map((line) => p(line))
          .join(''),
      ),
    });
    expect(docx).toMatchObject({
      ok: true,
      format: 'docx',
      source: { kind: 'text' },
      summary: { items: 1, reader: 'docx: word/document.xml' },
    });
    const pasted = await importOne({ name: 'Pasted text', text: NOTICE });
    expect(pasted).toMatchObject({ ok: true, format: 'paste', source: { kind: 'text', text: NOTICE } });
  });

  it('imports a notice with no markers, with the warning to show', async () => {
    const outcome = await importOne({ name: 'plain.txt', text: '一、推进改革\n（一）创新口岸管理。\n' });
    expect(outcome.ok && outcome.summary.warnings).toContain(
      'No responsibility markers (牵头/配合/负责/责任单位) were found: no agency is assigned.',
    );
    // The same warnings as codes, for the interface to say in its language.
    expect(outcome.ok && outcome.summary.findings).toContainEqual({ code: 'NO_MARKERS', args: [] });
  });

  it('refuses files that hold no notice, naming the file and the reason', async () => {
    expect(await importOne({ name: 'empty.txt', bytes: new Uint8Array() })).toEqual({
      ok: false,
      name: 'empty.txt',
      error: 'empty.txt is empty.',
      problem: { code: 'empty', args: ['empty.txt'] },
    });
    const binary = await importOne({
      name: 'photo.txt',
      bytes: Uint8Array.from({ length: 600 }, (_, i) => (i * 7) % 256),
    });
    expect(binary).toMatchObject({
      ok: false,
      name: 'photo.txt',
      error: expect.stringMatching(/^photo\.txt: This is not a text file/),
      problem: { code: 'notice', args: ['photo.txt', 'BINARY_INPUT'] },
    });
    expect(
      await importOne({
        name: 'old.doc',
        bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
      }),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^old\.doc cannot be read as a Word 97–2003 \.doc file/),
      problem: { code: 'unreadable', args: ['old.doc', 'doc', 'damaged'] },
    });
  });
});

describe('jobs', () => {
  it('hands back the bytes of imported files instead of copying them, each buffer once', async () => {
    const bytes = encodeGbk(NOTICE);
    const result = await runJob({
      id: 1,
      type: 'import',
      files: [
        { name: 'a.txt', bytes },
        { name: 'b.txt', text: NOTICE },
      ],
    });
    expect(transferablesOf(result)).toEqual([bytes.buffer]);
    expect(transferablesOf(await runJob({ id: 2, type: 'parse', input: NOTICE }))).toEqual([]);
  });

  it('runs a batch on the page one notice at a time, with the same results', async () => {
    const request = { id: 3, type: 'parse-many' as const, inputs: [{ input: NOTICE }, { input: '' }] };
    expect(await runJobInSteps(request)).toEqual(await runJob(request));
  });

  it('says how far an import is, file by file, and stops reading when cancelled', async () => {
    const files = [
      { name: 'a.txt', text: NOTICE },
      { name: 'b.txt', text: NOTICE },
      { name: 'c.txt', text: NOTICE },
    ];
    const controller = new AbortController();
    const heard: string[] = [];
    const result = await runJob(
      { id: 4, type: 'import', files },
      {
        signal: controller.signal,
        onProgress: (p) => {
          heard.push(`${p.file + 1}/${p.files} ${p.name}`);
          if (p.file === 1) controller.abort();
        },
      },
    );
    expect(heard).toEqual(['1/3 a.txt', '2/3 b.txt']);
    if (result.type !== 'import') throw new Error(result.type);
    expect(result.outcomes.map((o) => o.ok)).toEqual([true, true, false]);
    expect(result.outcomes[2]).toEqual({
      ok: false,
      name: 'c.txt',
      error: 'c.txt: the import was cancelled.',
      problem: { code: 'cancelled', args: ['c.txt'] },
    });
  });
});
