import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNotice } from '../projects/parse-notice.ts';
import { readWorkspaceFile, writeWorkspaceFile } from './file.ts';
import { GBK_BYTES, N1, sampleWorkspace } from './sample-workspace.fixture.ts';

const EXPORTED_AT = '2024-06-01T12:00:00.000Z';
const file = writeWorkspaceFile(sampleWorkspace(), EXPORTED_AT);

/** The sample file with one change made to its JSON (free-form on purpose: the tests damage it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function edited(change: (json: Record<string, any>) => void): string {
  const json = JSON.parse(file);
  change(json);
  return JSON.stringify(json);
}

function reason(input: string | Uint8Array): string {
  const reading = readWorkspaceFile(input);
  if (reading.ok) throw new Error('the file was accepted');
  return reading.reason;
}

describe('workspace file', () => {
  it('reads back exactly what was written, original bytes included', () => {
    expect(readWorkspaceFile(file)).toEqual({
      ok: true,
      workspace: sampleWorkspace(),
      exportedAt: EXPORTED_AT,
      repaired: [],
    });
    const reading = readWorkspaceFile(new TextEncoder().encode(`\uFEFF${file}`));
    expect(reading.ok && reading.workspace.notices[1]?.source).toEqual({ kind: 'bytes', bytes: GBK_BYTES });
  });

  it('keeps a GBK notice as bytes the parser still reads', () => {
    const reading = readWorkspaceFile(file);
    const source = reading.ok ? reading.workspace.notices[1]?.source : undefined;
    const model = parseNotice(source?.kind === 'bytes' ? source.bytes : '');
    expect(model.notice.encoding).toBe('gb18030');
    expect(model.text).toBe('一、任务\n（一）推进建设。（市商务局牵头）');
  });

  it('starts with a format name and a version', () => {
    expect(
      file.startsWith('{\n  "format": "fengong-atlas/workspace",\n  "version": 1,\n  "exportedAt"'),
    ).toBe(true);
    expect(JSON.parse(file).notices[1].source).toEqual({ kind: 'bytes', base64: expect.any(String) });
  });

  it('refuses a truncated file', () => {
    expect(reason(file.slice(0, file.length / 2))).toMatch(
      /^The file is not valid JSON \(damaged or cut short\): /,
    );
    expect(reason('')).toMatch(/^The file is not valid JSON/);
  });

  it('refuses a file of another format', () => {
    expect(reason('{"type":"excalidraw","version":2,"elements":[]}')).toBe(
      'Not a Fengong Atlas workspace file: format is missing, expected "fengong-atlas/workspace".',
    );
    expect(reason(edited((j) => (j.format = 'fengong-atlas/notice')))).toBe(
      'Not a Fengong Atlas workspace file: format is "fengong-atlas/notice", expected "fengong-atlas/workspace".',
    );
    expect(reason('[1,2]')).toBe(
      'The file holds no JSON object, so it is not a Fengong Atlas workspace file.',
    );
    expect(reason(Uint8Array.from([0xff, 0xfe, 0x00, 0xd8]))).toBe(
      'The file is not UTF-8 text, so it is not a workspace file.',
    );
  });

  it('refuses a version it cannot read', () => {
    expect(reason(edited((j) => (j.version = 2)))).toBe(
      'The workspace file is version 2, written by a newer Fengong Atlas; this one reads version 1.',
    );
    expect(reason(edited((j) => (j.version = '1')))).toBe('The workspace file has no valid version ("1").');
  });

  it('says why it refused as a code an interface words, besides the English reason', () => {
    const problem = (input: string | Uint8Array) => {
      const reading = readWorkspaceFile(input);
      return reading.ok ? null : reading.problem;
    };
    expect(problem(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual({ code: 'not-text' });
    expect(problem(file.slice(0, 200))).toEqual({ code: 'not-json' });
    expect(problem('[1, 2]')).toEqual({ code: 'foreign' });
    expect(problem('{"type":"excalidraw","version":2}')).toEqual({ code: 'foreign' });
    expect(problem(edited((j) => (j.version = '1')))).toEqual({ code: 'no-version' });
    expect(problem(edited((j) => (j.version = 2)))).toEqual({ code: 'newer', version: 2, reads: 1 });
    expect(problem(edited((j) => delete j.notices[0].source))).toEqual({ code: 'damaged', problems: 1 });
  });

  it('refuses a notice without its text, naming the field', () => {
    expect(reason(edited((j) => delete j.notices[0].source.text))).toBe(
      'The workspace file is damaged: notices[0].source.text: missing.',
    );
    expect(reason(edited((j) => delete j.notices[1].source))).toBe(
      'The workspace file is damaged: notices[1].source: missing.',
    );
    expect(reason(edited((j) => (j.notices[1].source.base64 = 'not base64!')))).toBe(
      'The workspace file is damaged: notices[1].source.base64: expected base64.',
    );
  });

  it('refuses a correction of an unknown type', () => {
    expect(reason(edited((j) => (j.notices[0].corrections[1].type = 'deleteAgency')))).toBe(
      'The workspace file is damaged: notices[0].corrections[1].type: unknown correction type ' +
        '(known: renameAgency, mergeAgencies, splitAgency, setItemRoles, markGeneric, addItem, keepApart) (found "deleteAgency").',
    );
  });

  it('keeps a decision to keep agencies apart, and refuses one naming a single agency', () => {
    const apart = { type: 'keepApart', names: ['青岭市发改委', '青岭市发展和改革委员会'] };
    const read = readWorkspaceFile(edited((j) => (j.notices[0].corrections[1] = apart)));
    expect(read.ok && read.workspace.notices[0]?.corrections[1]).toEqual(apart);
    expect(
      reason(edited((j) => (j.notices[0].corrections[1] = { type: 'keepApart', names: ['x'] }))),
    ).toContain('notices[0].corrections[1].names');
  });

  it('names the field of other faults, and counts the rest', () => {
    expect(
      reason(
        edited((j) => {
          j.notices[0].corrections[0].into = 'fgw';
          j.notes[0].createdAt = 'yesterday';
        }),
      ),
    ).toBe(
      'The workspace file is damaged: notices[0].corrections[0].into: expected an agency id (ag:…) (and 1 more problem).',
    );
    expect(reason(edited((j) => (j.savedViews[0].zoom = -1)))).toMatch(
      /^The workspace file is damaged: savedViews\[0\]\.zoom: /,
    );
  });

  it('refuses ids used twice and notes on notices the file lacks', () => {
    expect(reason(edited((j) => (j.notices[1].id = N1)))).toBe(
      `The workspace file is damaged: notices: the id "${N1}" is used twice.`,
    );
    expect(reason(edited((j) => (j.notes[2].target.noticeId = 'n-gone')))).toBe(
      'The workspace file is damaged: notes[2].target.noticeId: no notice "n-gone" in the file.',
    );
  });

  it('mends a saved view scoped to a deleted notice, and says so', () => {
    const reading = readWorkspaceFile(edited((j) => j.savedViews[0].scope.ids.push('n-deleted')));
    expect(reading).toMatchObject({
      ok: true,
      repaired: [{ savedView: '商务厅的合作', leftOut: 1 }],
    });
    expect(reading.ok && reading.workspace.savedViews[0]?.scope).toEqual(
      sampleWorkspace().savedViews[0]?.scope,
    );
  });

  it('fills in absent views and notes as empty', () => {
    const reading = readWorkspaceFile(
      edited((j) => {
        delete j.savedViews;
        delete j.notes;
      }),
    );
    expect(reading.ok && [reading.workspace.savedViews, reading.workspace.notes]).toEqual([[], []]);
  });
});

describe('workspace file reader on anything', () => {
  it('never throws, and accepts no prefix of a file', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: file.length - 2 }), (cut) => {
        expect(readWorkspaceFile(file.slice(0, cut)).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(
          readWorkspaceFile(
            JSON.stringify({ ...(value as object), format: 'fengong-atlas/workspace', version: 1 }),
          ).ok,
        ).toBe(false);
        expect(() => readWorkspaceFile(JSON.stringify(value))).not.toThrow();
      }),
    );
  });
});
