import { describe, expect, it } from 'vitest';
import type { ImportStopReason } from '../../view-model/import-stop.ts';
import { importProblemsMessages } from './import-problems-messages.ts';

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
