// Every code the core gives a message by — parser findings, notice checks, corrections not applied,
// import failures, storage problems — is said in both languages, and says in each what the English of
// the core says: the same names, passages and figures.
import { describe, expect, it } from 'vitest';
import { CHECK_KINDS, noticeChecks } from '../../analysis/checks.ts';
import type { SkipCode } from '../../corrections/index.ts';
import { DIAGNOSTICS, type DiagnosticCode } from '../../notice/diagnostics.ts';
import { parseNotice } from '../../projects/parse-notice.ts';
import type { StorageProblemKind } from '../../store/problems.ts';
import type { ImportFailure } from '../../worker/protocol.ts';
import { seedText, sampleText } from '../../../tests/support/seed.ts';
import { sayCheck, sayDiagnostic, sayImportFailure } from './findings.ts';
import { MESSAGES } from './messages.ts';

const HAN = /[\u4e00-\u9fff]/;
const { zh, en } = MESSAGES;

/** Arguments a message may take, each distinct, so that each can be found in what is said. */
const ARGS = ['市商务局', '7', '12', '（一） （二）'];

/** Notices that make the parser say many things: the seed, the samples, and broken pieces. */
const NOTICES = [
  seedText(),
  sampleText('guangzhou-talent-2012.txt'),
  sampleText('lishan-2023-fragment.txt'),
  sampleText('sichuan-2022-circulation-fragment.txt'),
  sampleText('state-council-2018-39-employment.txt'),
  '',
  'abc\u0000\u0001def',
  '关于印发方案的通知\n一、推进改革\n（一）创新管理（自治区商务厅牵头，\n（三）优化服务。（牵头：）\n（二）拓展业务。（自治区商务厅负责研究落实，市政府）',
  '关于印发方案的通知\n1. 建设口岸。（满洲里市负责）\n2. 完善设施。（自治区发展改革委、自治区发改委牵头）\n3. 推进',
];

const MODELS = NOTICES.map((text) => parseNotice(text));

describe('parser findings', () => {
  it.each(Object.keys(DIAGNOSTICS) as DiagnosticCode[])(
    '%s is said in Chinese, with every argument the English names',
    (code) => {
      // A suspect name's first argument is why; each reason is its own sentence.
      const cases: string[][] =
        code === 'SUSPECT_NAME'
          ? ['verb', 'long', 'place', 'ending'].map((why) => [why, '市商务局', '31'])
          : [ARGS];
      for (const args of cases) {
        const say: (...args: string[]) => string = DIAGNOSTICS[code].message;
        const english = say(...args);
        const chinese = zh.findings.diagnostics[code](...args);
        expect(chinese).toMatch(HAN);
        expect(en.findings.diagnostics[code](...args)).toBe(english);
        for (const arg of args.slice(code === 'SUSPECT_NAME' ? 1 : 0).filter((a) => english.includes(a)))
          expect(chinese, arg).toContain(arg);
      }
    },
  );

  it('says each finding of real notices as the core does in English, and in Chinese', () => {
    const found = MODELS.flatMap((m) => m.diagnostics);
    expect(new Set(found.map((d) => d.code)).size).toBeGreaterThan(8);
    for (const d of found) {
      expect(sayDiagnostic(d, en)).toBe(d.message);
      expect(sayDiagnostic(d, zh)).toMatch(HAN);
      expect(sayDiagnostic(d, zh)).not.toMatch(/\b[a-z]{3,}\b/);
    }
  });

  it("keeps the core's English for a code it does not know", () => {
    const stranger = { code: 'NEW_CODE' as DiagnosticCode, message: 'Something new.' };
    expect(sayDiagnostic(stranger, zh)).toBe('Something new.');
  });

  it('names every level and counts them in either language', () => {
    for (const lang of [zh, en])
      for (const level of ['error', 'warning', 'info'] as const)
        expect(lang.findings.levels[level]).toBeTruthy();
    expect(
      zh.findings.summary([
        ['error', 1],
        ['warning', 2],
      ]),
    ).toBe('1 个错误 · 2 个警告');
    expect(
      en.findings.summary([
        ['error', 1],
        ['warning', 2],
      ]),
    ).toBe('1 error · 2 warnings');
    expect(en.findings.summary([])).toBe('none');
  });
});

describe('notice checks', () => {
  it('labels every kind in both languages', () => {
    for (const kind of CHECK_KINDS) {
      expect(zh.findings.checkLabels[kind]).toMatch(HAN);
      expect(en.findings.checkLabels[kind]).not.toMatch(HAN);
    }
  });

  it('says each check as the core does in English, and in Chinese with the same names and figures', () => {
    const checks = MODELS.flatMap((m) => noticeChecks(m));
    expect(new Set(checks.map((c) => c.kind)).size).toBeGreaterThan(3);
    for (const check of checks) {
      expect(sayCheck(check, en)).toBe(check.message);
      const chinese = sayCheck(check, zh);
      expect(chinese).toMatch(HAN);
      for (const arg of check.args) expect(chinese, check.kind).toContain(arg);
    }
  });
});

describe('corrections, imports and storage', () => {
  it('says why a correction did not apply, for every code', () => {
    const codes: SkipCode[] = [
      'agency-missing',
      'item-missing',
      'item-changed',
      'item-ambiguous',
      'name-taken',
      'invalid',
      'stale',
      'item-exists',
    ];
    for (const code of codes) {
      expect(zh.corrections.skipped[code]).toMatch(HAN);
      expect(en.corrections.skipped[code]).not.toMatch(HAN);
    }
  });

  it("describes every correction with the notice's names in both languages", () => {
    const roles = { leads: ['市商务局'], cooperators: ['市财政局'], responsible: [] };
    const all = [
      { kind: 'rename', from: '市商务局', to: '市商务委' },
      { kind: 'merge', from: ['市商务委'], into: '市商务局' },
      { kind: 'split', agency: '市商务局', items: 2, name: '市口岸办' },
      { kind: 'roles', item: '建设口岸', roles },
      { kind: 'generic', agency: '各有关部门', generic: true },
      { kind: 'keepApart', names: ['市商务局', '区商务局'] },
      { kind: 'addItem', passage: '（市商务局牵头研究）', roles },
    ] as const;
    for (const words of all) {
      const chinese = zh.corrections.describe(words);
      const english = en.corrections.describe(words);
      for (const name of ['市商务局', '市口岸办', '建设口岸', '各有关部门', '（市商务局牵头研究）'])
        if (english.includes(name)) expect(chinese, words.kind).toContain(name);
      expect(english.replace(/[\u4e00-\u9fff（）、]+/g, '')).toMatch(/[A-Za-z]/);
    }
  });

  it('says why a correction was not made, for every code', () => {
    const codes = Object.keys(en.corrections.problems) as (keyof typeof en.corrections.problems)[];
    expect(codes.length).toBeGreaterThan(15);
    for (const code of codes) {
      expect(zh.corrections.problems[code], code).toMatch(HAN);
      expect(en.corrections.problems[code], code).toMatch(/^[A-Z][^\u4e00-\u9fff]+\.\)?$/);
    }
  });

  it('says why a file was not imported, for every code', () => {
    const codes: ImportFailure['code'][] = [
      'cancelled',
      'empty',
      'too-large',
      'not-read-type',
      'password',
      'scanned',
      'too-many-pages',
      'unreadable',
      'failed',
    ];
    for (const code of codes) {
      const outcome = {
        error: 'English.',
        problem: { code, args: ['通知.pdf', '12 MB', '10 MB'] } as ImportFailure,
      };
      expect(sayImportFailure(outcome, zh)).toMatch(/^通知\.pdf/);
      expect(sayImportFailure(outcome, zh).replace('通知', '')).toMatch(HAN);
      expect(sayImportFailure(outcome, en).replace('通知', '')).not.toMatch(HAN);
    }
    const empty = {
      error: 'x: The notice is empty',
      problem: { code: 'notice', args: ['x.txt', 'EMPTY_INPUT'] },
    } as const;
    expect(sayImportFailure(empty, zh)).toBe(`x.txt：${zh.findings.diagnostics.EMPTY_INPUT()}`);
    expect(sayImportFailure(empty, en)).toBe(`x.txt: ${DIAGNOSTICS.EMPTY_INPUT.message()}`);
    expect(sayImportFailure({ error: 'Older outcome.' }, zh)).toBe('Older outcome.');
  });

  it('says every storage problem in both languages', () => {
    const kinds: StorageProblemKind[] = [
      'quota',
      'unavailable',
      'blocked',
      'version',
      'closed',
      'damaged',
      'failed',
    ];
    for (const kind of kinds) {
      const problem = { kind, message: 'English.', args: kind === 'damaged' ? ['notes', '2'] : ['boom'] };
      expect(zh.storage.problem(problem)).toMatch(HAN);
      expect(en.storage.problem(problem)).not.toMatch(HAN);
    }
    expect(zh.storage.problem({ kind: 'damaged', message: '', args: ['notes', '2'] })).toContain(
      '2 条已保存的备注',
    );
    expect(en.storage.problem({ kind: 'failed', message: '' })).toBe('Saving failed.');
    // A failed read is not worded as a failed save.
    const read = { kind: 'failed', message: '', args: ['disk gone', 'read'] } as const;
    expect(en.storage.problem(read)).toBe('Reading the stored workspace failed: disk gone.');
    expect(zh.storage.problem(read)).toBe('读取已保存的工作区失败：disk gone。');
    expect(zh.storage.problem({ kind: 'failed', message: '', args: ['', 'save'] })).toBe('保存失败。');
  });
});
