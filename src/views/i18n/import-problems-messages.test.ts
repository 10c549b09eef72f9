import { describe, expect, it } from 'vitest';
import type { ImportStopReason } from '../../view-model/import-stop.ts';
import { importProblemsMessages, OPENING } from './import-problems-messages.ts';

describe('the stopped import, worded', () => {
  const reasons: readonly ImportStopReason[] = ['memory', 'worker', 'interrupted', 'parser'];

  it('says each reason in Chinese with no English word, and in English with no Chinese', () => {
    for (const reason of reasons) {
      const zh = importProblemsMessages.zh.stopped(reason);
      const en = importProblemsMessages.en.stopped(reason);
      expect(zh).toMatch(/^导入中断：/);
      expect(zh).not.toMatch(/[A-Za-z]/);
      expect(en).toMatch(/^The import stopped: /);
      expect(en).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('gives each reason its own advice', () => {
    const zh = new Set(reasons.map((r) => importProblemsMessages.zh.stopped(r)));
    const en = new Set(reasons.map((r) => importProblemsMessages.en.stopped(r)));
    expect(zh.size).toBe(reasons.length);
    expect(en.size).toBe(reasons.length);
  });
});

describe('a file that could not be read, worded', () => {
  const why = 'TypeError: Cannot read properties of undefined (reading "slice")';

  it('keeps the thrown English out of the sentence, in both languages', () => {
    for (const stage of [[], [OPENING]]) {
      const args = ['通知.docx', why, ...stage];
      const zh = importProblemsMessages.zh.say.failed(args, String, `通知.docx could not be read: ${why}`);
      const en = importProblemsMessages.en.say.failed(args, String, `通知.docx could not be read: ${why}`);
      expect(zh).toMatch(/^通知\.docx /);
      expect(zh.replace('通知.docx', '')).not.toMatch(/[A-Za-z]/);
      expect(zh).not.toContain('TypeError');
      expect(en).not.toContain('TypeError');
      expect(en.replace('通知', '')).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('tells a file the browser would not open from a reader that failed', () => {
    const say = importProblemsMessages.zh.say.failed;
    expect(say(['a.pdf', why, OPENING], String, '')).toContain('浏览器');
    expect(say(['a.pdf', why], String, '')).not.toBe(say(['a.pdf', why, OPENING], String, ''));
  });
});
